package nl.onderstroom.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How department names compare: trimmed, case-insensitive and accent-insensitive, as MariaDB's
 * default {@code utf8mb4} collations compare the unique key {@code uk_department_name}:
 * {@code Sales}, {@code SALES} and {@code  sales } are one department, and so are
 * {@code Coördinatie} and {@code Coordinatie}. Comparing here, in code, keeps H2 (case-sensitive)
 * and MariaDB from disagreeing about what is a duplicate.
 */
public final class DepartmentNames {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");

    private DepartmentNames() {
    }

    /** The name as it is stored: Unicode NFC and without surrounding whitespace. */
    public static String clean(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /**
     * Whether the text holds characters a reader cannot see or that reorder what they see: control characters
     * (NUL, tab, line breaks), zero-width characters, bidirectional overrides and isolates, the byte order mark
     * (Unicode category Cf), and a lone half of a surrogate pair. The one rule for names, whether they come from a screen, the API or a CSV import.
     */
    public static boolean hasInvisibleCharacter(String text) {
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                // a lone half of a surrogate pair: MariaDB would store it as "?"
                return true;
            }
            if (Character.getType(c) == Character.FORMAT && !(c == ZERO_WIDTH_JOINER && joinsEmoji(cps, i))) {
                return true;
            }
        }
        return false;
    }

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    /** A zero-width joiner inside an emoji sequence (👩‍⚕️) is part of a visible symbol, not a hidden character. */
    private static boolean joinsEmoji(int[] cps, int i) {
        if (i == 0 || i == cps.length - 1 || Character.getType(cps[i + 1]) != Character.OTHER_SYMBOL) {
            return false;
        }
        int before = Character.getType(cps[i - 1]);
        return before == Character.OTHER_SYMBOL || before == Character.NON_SPACING_MARK || before == Character.MODIFIER_SYMBOL;
    }

    /**
     * The comparison key of a name; two names denote the same department when their keys are equal. Compatibility
     * decomposition (NFKD) makes full-width and other look-alike forms ({@code Ｖｅｒｋｏｏｐ}) equal to the plain name.
     */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return bare.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
