package nl.onderstroom.scan;

/**
 * Where collaboration with another department stops, seen from the respondent: it does not
 * ({@code NONE}), at their door ({@code THEIRS}), at ours ({@code OURS}), or at both.
 */
public enum Stop {
    NONE, THEIRS, OURS, BOTH
}
