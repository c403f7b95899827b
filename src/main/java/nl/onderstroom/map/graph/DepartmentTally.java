package nl.onderstroom.map.graph;

import java.util.Map;

/**
 * Aggregated answers of one department's respondents. Arrays are copied in and out, so the
 * record is effectively immutable.
 *
 * @param departmentId    the respondents' own department
 * @param respondents     number of respondents of that department
 * @param innerFlowCounts length 5: how many rated their own department's inner flow 1..5
 * @param themeCounts     theme key to length-5 counts of intensity 0..4
 * @param identityCounts  "identity", "integrity", "image" to length-5 counts of ratings 1..5
 */
public record DepartmentTally(long departmentId, int respondents, int[] innerFlowCounts,
                              Map<String, int[]> themeCounts, Map<String, int[]> identityCounts) {

    public DepartmentTally {
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents must be >= 0: " + respondents);
        }
        innerFlowCounts = Tallies.copy(innerFlowCounts, 5, "innerFlowCounts");
        themeCounts = Tallies.copy(themeCounts, 5, "themeCounts");
        identityCounts = Tallies.copy(identityCounts, 5, "identityCounts");
    }

    @Override
    public int[] innerFlowCounts() {
        return innerFlowCounts.clone();
    }

    @Override
    public Map<String, int[]> themeCounts() {
        return Tallies.deepCopy(themeCounts);
    }

    @Override
    public Map<String, int[]> identityCounts() {
        return Tallies.deepCopy(identityCounts);
    }
}
