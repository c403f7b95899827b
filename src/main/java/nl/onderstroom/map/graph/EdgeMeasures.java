package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of each shown connection, from shown data only: a distribution or mean with fewer than k answers is
 * left out, and the reverse flow (and so the asymmetry) only when the reverse connection is shown too.
 */
final class EdgeMeasures {

    private EdgeMeasures() {
    }

    /**
     * @param connections sorted by (from, to)
     * @return the shown connections in the same order; a hidden one must look exactly like one that nobody rated,
     *         so it is not listed at all
     */
    static List<MapEdge> edges(List<ConnectionTally> connections, Disclosure disclosure, MapSettings settings) {
        int k = disclosure.k();
        Map<List<Long>, Double> meanFlow = new HashMap<>();
        for (ConnectionTally c : connections) {
            Double flow = disclosure.edgeShown(c) ? Distribution.mean(c.flowCounts(), 1, k) : null;
            if (flow != null) {
                meanFlow.put(List.of(c.from(), c.to()), flow);
            }
        }
        List<MapEdge> edges = new ArrayList<>();
        for (ConnectionTally c : connections) {
            if (disclosure.edgeShown(c)) {
                edges.add(new MapEdge(c.from(), c.to(),
                        figures(c, meanFlow.get(List.of(c.to(), c.from())), k, settings.workingFlowMin())));
            }
        }
        return List.copyOf(edges);
    }

    /**
     * One shown connection's figures.
     *
     * @param reverseMeanFlow the shown mean flow of the reverse connection, or {@code null}
     * @param workingFlowMin  the mean flow from which the connection "works"
     */
    static EdgeFigures figures(ConnectionTally c, Double reverseMeanFlow, int k, double workingFlowMin) {
        Double flow = Distribution.mean(c.flowCounts(), 1, k);
        int[] frequency = c.frequencyCounts();
        int[] stops = c.stopCounts();
        Frequency modal = null;
        Double stopsShare = null;
        Map<Stop, Double> stopShares = new EnumMap<>(Stop.class);
        if (Distribution.answers(frequency) >= k) {
            int m = 0;
            for (int i = 1; i < frequency.length; i++) {
                if (frequency[i] > frequency[m]) {
                    m = i;
                }
            }
            modal = Frequency.values()[m];
        }
        int stopAnswers = Distribution.answers(stops);
        if (stopAnswers >= k) {
            for (Stop s : Stop.values()) {
                stopShares.put(s, (double) stops[s.ordinal()] / stopAnswers);
            }
            stopsShare = 1.0 - stopShares.get(Stop.NONE);
        }
        boolean bothFlows = flow != null && reverseMeanFlow != null;
        return new EdgeFigures(c.respondents(), flow, shownOrEmpty(c.flowCounts(), k),
                Distribution.mean(c.importanceCounts(), 1, k), shownOrEmpty(c.importanceCounts(), k),
                shownOrEmpty(frequency, k), modal, stopsShare, stopShares,
                flow != null && flow >= workingFlowMin,
                bothFlows ? reverseMeanFlow : null, bothFlows ? flow - reverseMeanFlow : null);
    }

    /** The counts as a list, or an empty list with fewer than k answers. */
    private static List<Integer> shownOrEmpty(int[] counts, int k) {
        if (Distribution.answers(counts) < k) {
            return List.of();
        }
        List<Integer> list = new ArrayList<>();
        for (int c : counts) {
            list.add(c);
        }
        return list;
    }
}
