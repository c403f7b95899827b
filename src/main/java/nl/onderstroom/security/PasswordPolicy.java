package nl.onderstroom.security;

import java.util.Locale;
import nl.onderstroom.base.UserError;

/** What a password must be: long enough to resist guessing, short enough to hash quickly. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @throws UserError with the reason, when the password may not be used for this e-mail address. */
    public static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserError("security.password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserError("security.password.tooLong", MAX_LENGTH);
        }
        if (password.chars().distinct().count() < 4) {
            throw new UserError("security.password.tooSimple");
        }
        if (email != null && !email.isBlank()) {
            String local = email.toLowerCase(Locale.ROOT).split("@")[0];
            if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
                throw new UserError("security.password.containsEmail");
            }
        }
    }
}
