package nl.onderstroom.map.graph;

import java.util.Objects;

/**
 * A shown directed connection: how respondents of {@code from} see their work with {@code to}. Hidden connections
 * are not listed at all, so that they look exactly like connections nobody rated.
 *
 * @param from    the rating department
 * @param to      the rated department
 * @param figures the figures
 */
public record MapEdge(long from, long to, EdgeFigures figures) {

    public MapEdge {
        Objects.requireNonNull(figures, "figures");
    }

    /** Whether the edge works ({@code meanFlow >= workingFlowMin}). */
    public boolean working() {
        return figures.working();
    }
}
