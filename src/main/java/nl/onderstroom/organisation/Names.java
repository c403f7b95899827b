package nl.onderstroom.organisation;

import java.text.Normalizer;
import nl.onderstroom.base.UserError;

/** Names of organisations and departments: trimmed, NFC, without invisible characters (the same rule as the CSV import), compared as MariaDB does. */
final class Names {

    private Names() {
    }

    static String clean(String raw, int max, String keyPrefix) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new UserError(keyPrefix + ".empty");
        }
        if (DepartmentNames.hasInvisibleCharacter(name)) {
            throw new UserError(keyPrefix + ".control");
        }
        if (name.codePointCount(0, name.length()) > max) {
            throw new UserError(keyPrefix + ".tooLong", max);
        }
        return name;
    }

    /** Compared as MariaDB's default collation does (case, accents, trailing spaces): see {@link DepartmentNames#key}. */
    static String key(String name) {
        return name == null ? "" : DepartmentNames.key(name);
    }
}
