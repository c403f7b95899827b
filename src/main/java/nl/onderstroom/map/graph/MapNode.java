package nl.onderstroom.map.graph;

import java.util.Objects;

/**
 * A department on the map. A suppressed department carries no figures at all:
 * {@link #figures()} is {@code null}.
 *
 * @param id                 the department's id
 * @param name               the display name
 * @param parentId           the parent's id, {@code null} at top level
 * @param headcount          approximate staff number (organisation data, not a survey figure)
 * @param suppressed         {@code true} when the figures are hidden for anonymity (too few respondents, or,
 *                           rarely, so that a shown connection cannot pin down another hidden count)
 * @param subtreeRespondents respondents of this department and all its sub-departments together;
 *                           an aggregate with its own suppression, {@code null} when hidden
 * @param figures            the figures, {@code null} exactly when suppressed
 */
public record MapNode(long id, String name, Long parentId, int headcount, boolean suppressed,
                      Integer subtreeRespondents, NodeFigures figures) {

    public MapNode {
        Objects.requireNonNull(name, "name");
        if (suppressed != (figures == null)) {
            throw new IllegalArgumentException("a node has figures exactly when it is shown: " + id);
        }
    }
}
