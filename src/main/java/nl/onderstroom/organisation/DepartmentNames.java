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

    /** The comparison key of a name; two names denote the same department when their keys are equal. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return bare.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
