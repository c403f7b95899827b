package nl.onderstroom.map.graph;

/**
 * How often a respondent's department works with another one. The ordinal is the index in
 * {@link ConnectionTally#frequencyCounts()} and the score used in the cluster weight (0..4).
 */
public enum Frequency {
    NEVER, YEARLY, MONTHLY, WEEKLY, DAILY
}
