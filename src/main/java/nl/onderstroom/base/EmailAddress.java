package nl.onderstroom.base;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * The one check of an e-mail address, for sign-in names (accounts) and for invitations by e-mail alike, so that an
 * address accepted in one place is never refused in the other. The parse is Jakarta Mail's strict one (RFC 822);
 * on top of it we refuse what a mail parser allows but this application should not keep:
 * <ul>
 *   <li>anything but printable ASCII: no spaces, control, zero-width or direction characters, and no letters from
 *       other scripts that look like ours ({@code аdmin} with a Cyrillic a would pass for {@code admin}); mail is sent
 *       without SMTPUTF8, so such an address could not be reached anyway;</li>
 *   <li>a display name, comment or quoted part ({@code Name <a@b.nl>}, {@code "a b"@c.nl}): only the bare address;</li>
 *   <li>a first character that a spreadsheet reads as a formula ({@code = + - @}): addresses end up in exports;</li>
 *   <li>a domain that is not a dotted host name (no IP address, no single name such as {@code localhost}).</li>
 * </ul>
 * The result is stripped and lower-cased, so that one address is one account and one invitation.
 */
public final class EmailAddress {

    /** RFC 5321: a path holds at most 254 characters, a local part at most 64. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";
    private static final String FORMULA_START = "=+-@";

    private EmailAddress() {
    }

    /** The address in its one stored form (stripped, lower case), or empty when it is not one we accept. */
    public static Optional<String> normalise(String raw) {
        String address = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > MAX_LENGTH || !printableAscii(address)
                || FORMULA_START.indexOf(address.charAt(0)) >= 0) {
            return Optional.empty();
        }
        int at = address.indexOf('@');
        if (at < 1 || at != address.lastIndexOf('@') || at > MAX_LOCAL
                || !dotAtom(address.substring(0, at)) || !hostName(address.substring(at + 1))) {
            return Optional.empty();
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return address.equals(parsed.getAddress()) && parsed.getPersonal() == null
                    ? Optional.of(address) : Optional.empty();
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code raw} is an address we accept. */
    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    private static boolean printableAscii(String s) {
        return s.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** Letters, digits and RFC 5322 atext, dots only between them. */
    private static boolean dotAtom(String local) {
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        return local.chars().allMatch(c -> Character.isLetterOrDigit(c) || LOCAL_SPECIALS.indexOf(c) >= 0);
    }

    /** Dotted labels of letters, digits and inner hyphens; the top-level domain of two or more, not all digits. */
    private static boolean hostName(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
                    || !label.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        String top = labels[labels.length - 1];
        return top.length() >= 2 && !top.chars().allMatch(Character::isDigit);
    }
}
