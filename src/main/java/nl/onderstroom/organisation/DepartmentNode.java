package nl.onderstroom.organisation;

/** A department in its tree, listed depth-first; {@code depth} 0 is top level. */
public record DepartmentNode(long id, String name, Long parentId, int headcount, int depth) {
}
