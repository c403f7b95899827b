package nl.onderstroom.map.graph;

/**
 * Thresholds for the map. All comparisons are inclusive ({@code >=} for a minimum,
 * {@code <=} for a maximum).
 *
 * @param k                      anonymity threshold: nothing is shown for fewer respondents; {@code >= 3}
 * @param workingFlowMin         an edge "works" when its mean flow is at least this (1..5)
 * @param islandMaxExternalFlow  a department is an island when its external flow is at most this
 * @param islandMaxEiIndex       ... or when its E-I index is at most this (-1..1)
 * @param strategicImportanceMin a missing strategic tie has mean importance at least this
 * @param strategicFlowMax       ... and mean flow at most this
 * @param brokerMinBetweenness   a broker has normalised betweenness at least this (0..1)
 */
public record MapSettings(int k, double workingFlowMin, double islandMaxExternalFlow, double islandMaxEiIndex,
                          double strategicImportanceMin, double strategicFlowMax, double brokerMinBetweenness) {

    /** The lowest anonymity threshold a scan may use. */
    public static final int MIN_K = 3;

    public MapSettings {
        if (k < MIN_K) {
            throw new IllegalArgumentException("anonymity threshold k must be >= " + MIN_K + ": " + k);
        }
        requireRange("workingFlowMin", workingFlowMin, 1, 5);
        requireRange("islandMaxExternalFlow", islandMaxExternalFlow, 1, 5);
        requireRange("islandMaxEiIndex", islandMaxEiIndex, -1, 1);
        requireRange("strategicImportanceMin", strategicImportanceMin, 1, 5);
        requireRange("strategicFlowMax", strategicFlowMax, 1, 5);
        requireRange("brokerMinBetweenness", brokerMinBetweenness, 0, 1);
    }

    /**
     * The defaults: working flow 3.0, island at external flow 2.75 or E-I index -0.2,
     * strategic importance 4.0 with flow 2.75, broker betweenness 0.15.
     *
     * @param k the scan's anonymity threshold, {@code >= 3}
     */
    public static MapSettings defaults(int k) {
        return new MapSettings(k, 3.0, 2.75, -0.2, 4.0, 2.75, 0.15);
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
        }
    }
}
