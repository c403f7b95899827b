package nl.onderstroom.map.graph;

/**
 * Where collaboration on a connection stops, as the respondent sees it. The ordinal is the index
 * in {@link ConnectionTally#stopCounts()}.
 */
public enum Stop {
    /** It does not stop. */
    NONE,
    /** It stops at their door. */
    THEIRS,
    /** It stops at ours. */
    OURS,
    /** It stops at both doors. */
    BOTH
}
