package nl.onderstroom.map.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The working graph (shown connections whose mean flow reaches the working minimum) and what is measured on it:
 * betweenness, informal communities, and the counts behind density and reciprocity.
 *
 * @param betweenness       normalised betweenness by department id; empty with fewer than three departments
 * @param communities       the informal partition of all departments
 * @param workingEdges      the number of working connections
 * @param reciprocatedEdges working connections whose reverse works too
 */
record Network(Map<Long, Double> betweenness, Communities.Result communities, int workingEdges,
               int reciprocatedEdges) {

    Network {
        betweenness = Map.copyOf(betweenness);
    }

    /**
     * @param ids   all department ids, ascending
     * @param edges the shown connections
     */
    static Network of(List<Long> ids, List<MapEdge> edges) {
        Graph<Long, DefaultEdge> working = new DefaultDirectedGraph<>(DefaultEdge.class);
        ids.forEach(working::addVertex);
        Map<List<Long>, Double> undirected = new LinkedHashMap<>();
        for (MapEdge e : edges) {
            if (e.working()) {
                working.addEdge(e.from(), e.to());
                undirected.merge(List.of(Math.min(e.from(), e.to()), Math.max(e.from(), e.to())),
                        strength(e.figures()), Double::sum);
            }
        }
        Map<Long, Double> betweenness = ids.size() < 3 ? Map.of()
                : new BetweennessCentrality<>(working, true).getScores();
        int reciprocated = 0;
        for (DefaultEdge e : working.edgeSet()) {
            if (working.containsEdge(working.getEdgeTarget(e), working.getEdgeSource(e))) {
                reciprocated++;
            }
        }
        return new Network(betweenness, Communities.detect(ids, undirected), working.edgeSet().size(), reciprocated);
    }

    /** Cluster weight of a working edge: flow times (1 + mean contact frequency 0..4). */
    static double strength(EdgeFigures f) {
        Double mean = Distribution.mean(f.frequencyDistribution(), 0, 1);
        double frequency = mean == null ? 0 : mean;
        return f.meanFlow() * (1 + frequency);
    }
}
