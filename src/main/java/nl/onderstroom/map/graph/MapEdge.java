package nl.onderstroom.map.graph;

/**
 * A directed connection: how respondents of {@code from} see their work with {@code to}.
 * A suppressed connection carries no figures: {@link #figures()} is {@code null}.
 *
 * @param from       the rating department
 * @param to         the rated department
 * @param suppressed {@code true} when hidden for anonymity
 * @param figures    the figures, {@code null} exactly when suppressed
 */
public record MapEdge(long from, long to, boolean suppressed, EdgeFigures figures) {

    public MapEdge {
        if (suppressed != (figures == null)) {
            throw new IllegalArgumentException("an edge has figures exactly when it is shown: " + from + "->" + to);
        }
    }

    /** Whether the edge is shown and works ({@code meanFlow >= workingFlowMin}). */
    public boolean working() {
        return figures != null && figures.working();
    }
}
