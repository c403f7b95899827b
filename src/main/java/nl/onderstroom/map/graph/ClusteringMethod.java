package nl.onderstroom.map.graph;

/** How the informal clusters were found; depends on the size of the working graph. */
public enum ClusteringMethod {
    /** Girvan–Newman, cut where the weighted modularity is highest; for small graphs. */
    GIRVAN_NEWMAN,
    /** Label propagation with a fixed seed; for large graphs. */
    LABEL_PROPAGATION,
    /** No working edges, so no clusters. */
    NONE
}
