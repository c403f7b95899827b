package nl.onderstroom.security;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderstroom.base.Localized;
import nl.onderstroom.base.UserError;

/**
 * What a password must be: long enough to resist guessing, short enough to hash quickly, and not a common,
 * breached-style or guessable one: zxcvbn (its lists of common passwords, names and words, keyboard patterns,
 * dates, l33t) must score it at least {@value #MIN_SCORE} of 4 ("safely unguessable": about 10^8 guesses or more).
 * Applied when a password is chosen (account creation, reset, change); never to the demo's seeded accounts.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_SCORE = 3;

    /** Words that make a password guessable here, besides the e-mail address (zxcvbn's "user inputs"). */
    private static final List<String> LOCAL_WORDS = List.of("onderstroom", "stroom", "wachtwoord", "welkom", "geheim",
            "zomer", "winter", "lente", "herfst", "januari", "maandag", "password", "welcome", "admin", "beheerder");
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

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
        Strength strength = ZXCVBN.measure(password, userInputs(email));
        try {
            if (strength.getScore() < MIN_SCORE) {
                Feedback feedback = strength.getFeedback();
                // zxcvbn's advice, in the language of whoever reads the error
                Localized advice = locale -> advice(feedback, locale);
                throw new UserError("security.password.weak", advice);
            }
        } finally {
            strength.wipe();
        }
    }

    private static List<String> userInputs(String email) {
        List<String> inputs = new ArrayList<>(LOCAL_WORDS);
        if (email != null) {
            for (String part : email.toLowerCase(Locale.ROOT).split("[@._+-]")) {
                if (part.length() >= 3) {
                    inputs.add(part);
                }
            }
        }
        return inputs;
    }

    private static String advice(Feedback feedback, Locale locale) {
        List<String> parts = new ArrayList<>();
        String warning = feedback.getWarning(locale);
        if (warning != null && !warning.isBlank()) {
            parts.add(warning);
        }
        parts.addAll(feedback.getSuggestions(locale));
        return String.join(" ", parts).strip();
    }
}
