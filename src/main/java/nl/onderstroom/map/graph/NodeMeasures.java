package nl.onderstroom.map.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one shown department, from shown data only. When its count is hidden (to protect a smaller
 * department) the figures must not give that count away: the response rate and the E-I index are left out and the
 * means are rounded to the nearest half.
 */
final class NodeMeasures {

    private NodeMeasures() {
    }

    /**
     * @param tally       the department's tally, {@code null} when nobody of it responded
     * @param countShown  whether its own respondent count is shown
     * @param edges       the shown connections of the map; only the department's outgoing ones count
     * @param betweenness its normalised betweenness on the working graph
     * @param clusterId   its informal cluster, or {@code null}
     */
    static NodeFigures figures(Department d, DepartmentTally tally, boolean countShown, List<MapEdge> edges,
                               double betweenness, Integer clusterId, MapSettings settings) {
        int k = settings.k();
        int[] inner = tally == null ? new int[5] : tally.innerFlowCounts();
        Double cohesion = Distribution.mean(inner, 1, k);

        // Only shown outgoing edges count, so neither figure says anything about a hidden edge.
        long flowSum = 0;
        int flowAnswers = 0;
        double external = 0;
        for (MapEdge e : edges) {
            if (e.from() == d.id() && e.figures().meanFlow() != null) {
                List<Integer> dist = e.figures().flowDistribution();
                for (int r = 0; r < 5; r++) {
                    flowSum += (long) (r + 1) * dist.get(r);
                    flowAnswers += dist.get(r);
                    external += dist.get(r) * tieWeight(r + 1);
                }
            }
        }
        Double externalFlow = flowAnswers == 0 ? null : (double) flowSum / flowAnswers;
        // With the count hidden, the E-I index would give the number of inner-flow answers away
        // (I = answers x (cohesion - 1) / 4, and E is shown), and so the count: it is left out.
        Double eiIndex = null;
        if (cohesion != null && countShown) {
            double internal = 0;
            for (int r = 0; r < 5; r++) {
                internal += inner[r] * tieWeight(r + 1);
            }
            if (external + internal > 0) {
                eiIndex = (external - internal) / (external + internal);
            }
        }
        boolean island = (externalFlow != null && externalFlow <= settings.islandMaxExternalFlow())
                || (eiIndex != null && eiIndex <= settings.islandMaxEiIndex());
        boolean broker = betweenness >= settings.brokerMinBetweenness() && betweenness > 0;
        Map<String, Double> themeMeans = means(tally == null ? Map.of() : tally.themeCounts(), 0, k);
        Map<String, Double> identityMeans = means(tally == null ? Map.of() : tally.identityCounts(), 1, k);
        if (!countShown) {
            // An exact mean S/n gives its denominator, a divisor of the hidden count: rounded to the half,
            // every count of 2 or more can give every shown value, so the means say nothing about the count.
            cohesion = half(cohesion);
            themeMeans.replaceAll((key, mean) -> half(mean));
            identityMeans.replaceAll((key, mean) -> half(mean));
        }
        int respondents = tally == null ? 0 : tally.respondents();
        return new NodeFigures(countShown ? respondents : null,
                countShown && d.headcount() > 0 ? (double) respondents / d.headcount() : null,
                cohesion, externalFlow, eiIndex, betweenness, clusterId, island, broker, themeMeans, identityMeans);
    }

    private static Double half(Double mean) {
        return mean == null ? null : Math.round(mean * 2) / 2.0;
    }

    /** A flow rating as a tie: 1 = no tie, 5 = a full tie. */
    private static double tieWeight(int rating) {
        return (rating - 1) / 4.0;
    }

    private static Map<String, Double> means(Map<String, int[]> countsByKey, int firstValue, int k) {
        Map<String, Double> means = new TreeMap<>();
        countsByKey.forEach((key, counts) -> {
            Double mean = Distribution.mean(counts, firstValue, k);
            if (mean != null) {
                means.put(key, mean);
            }
        });
        return means;
    }
}
