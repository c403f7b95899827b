package nl.onderstroom.map.graph;

import java.util.Objects;

/**
 * A department in the formal tree.
 *
 * @param id        the department's id
 * @param name      the display name
 * @param parentId  the parent department's id, {@code null} for a top-level department
 * @param headcount approximate number of staff, used for the response rate; {@code >= 0}
 */
public record Department(long id, String name, Long parentId, int headcount) {

    public Department {
        Objects.requireNonNull(name, "name");
        if (headcount < 0) {
            throw new IllegalArgumentException("headcount must be >= 0: " + headcount);
        }
        if (parentId != null && parentId == id) {
            throw new IllegalArgumentException("department " + id + " cannot be its own parent");
        }
    }
}
