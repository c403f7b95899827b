package nl.onderstroom.findings;

import java.util.Objects;

/**
 * A part of the results: a department, a connection, a theme or an identity item.
 *
 * @param kind               what it is
 * @param departmentId       the department, or the connection's rating department; {@code null} for a theme or
 *                           identity item
 * @param targetDepartmentId the connection's rated department; {@code null} otherwise
 * @param key                the theme or identity key; {@code null} otherwise
 */
public record Part(PartKind kind, Long departmentId, Long targetDepartmentId, String key) {

    public Part {
        Objects.requireNonNull(kind, "kind");
        boolean ok = switch (kind) {
            case DEPARTMENT -> departmentId != null && targetDepartmentId == null && key == null;
            case CONNECTION -> departmentId != null && targetDepartmentId != null && key == null
                    && !departmentId.equals(targetDepartmentId);
            case THEME, IDENTITY -> departmentId == null && targetDepartmentId == null && key != null
                    && !key.isBlank() && key.length() <= 40;
        };
        if (!ok) {
            throw new IllegalArgumentException("not a valid " + kind + " part");
        }
    }

    public static Part department(long id) {
        return new Part(PartKind.DEPARTMENT, id, null, null);
    }

    public static Part connection(long from, long to) {
        return new Part(PartKind.CONNECTION, from, to, null);
    }

    public static Part theme(String key) {
        return new Part(PartKind.THEME, null, null, key);
    }

    public static Part identity(String key) {
        return new Part(PartKind.IDENTITY, null, null, key);
    }
}
