package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.EdgeBetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/** Community detection on the undirected, weighted working graph; deterministic. */
final class Communities {

    /** Girvan–Newman costs O(m^2 n); above these sizes label propagation is used. */
    static final int GIRVAN_NEWMAN_MAX_NODES = 30;
    static final int GIRVAN_NEWMAN_MAX_EDGES = 120;
    static final long LABEL_PROPAGATION_SEED = 20_240_601L;
    private static final int LABEL_PROPAGATION_MAX_ITERATIONS = 100;
    private static final double EPS = 1e-9;

    /**
     * @param partition every vertex in exactly one set; sets and members in ascending order
     * @param modularity weighted modularity of the partition, {@code null} without edges
     */
    record Result(List<Set<Long>> partition, ClusteringMethod method, Double modularity) {
    }

    private Communities() {
    }

    /**
     * @param vertices all department ids, ascending
     * @param weights  undirected edges as {min id, max id} to a positive weight, in a stable order
     */
    static Result detect(List<Long> vertices, Map<List<Long>, Double> weights) {
        Graph<Long, DefaultWeightedEdge> weighted = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        vertices.forEach(weighted::addVertex);
        weights.forEach((pair, weight) -> weighted.setEdgeWeight(weighted.addEdge(pair.get(0), pair.get(1)), weight));
        if (weighted.edgeSet().isEmpty()) {
            List<Set<Long>> singletons = vertices.stream().map(v -> (Set<Long>) new TreeSet<>(List.of(v))).toList();
            return new Result(singletons, ClusteringMethod.NONE, null);
        }
        UndirectedModularityMeasurer<Long, DefaultWeightedEdge> measurer = new UndirectedModularityMeasurer<>(weighted);
        if (vertices.size() <= GIRVAN_NEWMAN_MAX_NODES && weights.size() <= GIRVAN_NEWMAN_MAX_EDGES) {
            return girvanNewman(vertices, weights, measurer);
        }
        List<Set<Long>> partition = normalise(
                new LabelPropagationClustering<>(weighted, LABEL_PROPAGATION_MAX_ITERATIONS,
                        new Random(LABEL_PROPAGATION_SEED)).getClustering().getClusters());
        return new Result(partition, ClusteringMethod.LABEL_PROPAGATION, measurer.modularity(partition));
    }

    /**
     * Removes the edge with the highest (unweighted) edge betweenness until none is left, and keeps
     * the split with the highest weighted modularity; on a tie the coarser split wins. Ties in
     * betweenness are broken by the lowest (min id, max id), so the result is reproducible.
     */
    private static Result girvanNewman(List<Long> vertices, Map<List<Long>, Double> weights,
                                       UndirectedModularityMeasurer<Long, DefaultWeightedEdge> measurer) {
        Graph<Long, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        vertices.forEach(graph::addVertex);
        weights.keySet().forEach(pair -> graph.addEdge(pair.get(0), pair.get(1)));

        List<Set<Long>> best = components(graph);
        double bestModularity = measurer.modularity(best);
        int componentCount = best.size();
        while (!graph.edgeSet().isEmpty()) {
            Map<DefaultEdge, Double> scores = new EdgeBetweennessCentrality<>(graph).getScores();
            DefaultEdge highest = null;
            for (DefaultEdge edge : graph.edgeSet()) {
                if (highest == null || scores.get(edge) > scores.get(highest) + EPS
                        || (Math.abs(scores.get(edge) - scores.get(highest)) <= EPS
                        && compare(graph, edge, highest) < 0)) {
                    highest = edge;
                }
            }
            graph.removeEdge(highest);
            List<Set<Long>> split = components(graph);
            if (split.size() > componentCount) {
                componentCount = split.size();
                double modularity = measurer.modularity(split);
                if (modularity > bestModularity + EPS) {
                    best = split;
                    bestModularity = modularity;
                }
            }
        }
        return new Result(best, ClusteringMethod.GIRVAN_NEWMAN, bestModularity);
    }

    private static int compare(Graph<Long, DefaultEdge> graph, DefaultEdge x, DefaultEdge y) {
        long xa = graph.getEdgeSource(x);
        long xb = graph.getEdgeTarget(x);
        long ya = graph.getEdgeSource(y);
        long yb = graph.getEdgeTarget(y);
        int byMin = Long.compare(Math.min(xa, xb), Math.min(ya, yb));
        return byMin != 0 ? byMin : Long.compare(Math.max(xa, xb), Math.max(ya, yb));
    }

    private static List<Set<Long>> components(Graph<Long, DefaultEdge> graph) {
        return normalise(new ConnectivityInspector<>(graph).connectedSets());
    }

    private static List<Set<Long>> normalise(List<Set<Long>> sets) {
        List<Set<Long>> sorted = new ArrayList<>();
        for (Set<Long> set : sets) {
            sorted.add(new TreeSet<>(set));
        }
        sorted.sort(Comparator.comparing(set -> ((TreeSet<Long>) set).first()));
        return sorted;
    }
}
