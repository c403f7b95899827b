package nl.onderstroom.map.graph;

/**
 * Aggregated answers about one directed connection: how respondents of {@code from} see their
 * work with {@code to}. Arrays are copied in and out, so the record is effectively immutable.
 *
 * @param from             the respondents' department
 * @param to               the department they rated; differs from {@code from}
 * @param respondents      respondents of {@code from} who rated {@code to}
 * @param flowCounts       length 5: ratings 1..5 of how well collaboration flows
 * @param importanceCounts length 5: ratings 1..5 of how important the connection is
 * @param frequencyCounts  length 5, indexed by {@link Frequency}
 * @param stopCounts       length 4, indexed by {@link Stop}
 */
public record ConnectionTally(long from, long to, int respondents, int[] flowCounts, int[] importanceCounts,
                              int[] frequencyCounts, int[] stopCounts) {

    public ConnectionTally {
        if (from == to) {
            throw new IllegalArgumentException("a connection needs two departments: " + from);
        }
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents must be >= 0: " + respondents);
        }
        flowCounts = Tallies.copy(flowCounts, 5, "flowCounts");
        importanceCounts = Tallies.copy(importanceCounts, 5, "importanceCounts");
        frequencyCounts = Tallies.copy(frequencyCounts, Frequency.values().length, "frequencyCounts");
        stopCounts = Tallies.copy(stopCounts, Stop.values().length, "stopCounts");
    }

    @Override
    public int[] flowCounts() {
        return flowCounts.clone();
    }

    @Override
    public int[] importanceCounts() {
        return importanceCounts.clone();
    }

    @Override
    public int[] frequencyCounts() {
        return frequencyCounts.clone();
    }

    @Override
    public int[] stopCounts() {
        return stopCounts.clone();
    }
}
