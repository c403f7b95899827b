package nl.onderstroom.findings;

/** The rules that propose findings, in the order suggestions are listed. */
public enum SuggestionKind {
    /** A connection high in the "where collaboration stops" ranking. */
    STOP,
    /** A department whose outward connections are weak. */
    ISLAND,
    /** A connection that one side rates much better than the other. */
    ONE_SIDED,
    /** An important connection that flows poorly. */
    MISSING_TIE,
    /** A department on many routes between others. */
    BROKER,
    /** An informal cluster that spans several formal units. */
    CROSS_CLUSTER,
    /** An undercurrent theme that plays strongly, and where most. */
    THEME,
    /** Intended against perceived identity. */
    IDENTITY_GAP,
    /** The biggest improvement since the previous wave. */
    WAVE_IMPROVED,
    /** The biggest deterioration since the previous wave. */
    WAVE_WORSENED
}
