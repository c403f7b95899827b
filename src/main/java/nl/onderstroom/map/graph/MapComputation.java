package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns aggregated tallies into the department-connection map. Stateless and thread-safe.
 *
 * <p>Each step is a pure function whose result the next steps take as input, so the order of work is the order in
 * which results are needed: the checked input ({@link MapInput}, {@link DepartmentTree}), then anonymity
 * ({@link Disclosure}: which departments, subtree totals and connections are shown), then every figure from shown data
 * only: connections ({@link EdgeMeasures}), the working graph ({@link Network}), informal clusters against the formal
 * tree ({@link ClusterComparison}), departments ({@link NodeMeasures}), pooled means ({@link PooledMeans}) and the
 * ordered lists ({@link Rankings}). Formulas and thresholds: {@code docs/measures.md}.
 */
public final class MapComputation {

    private MapComputation() {
    }

    /**
     * Computes the map.
     *
     * @param departments the formal tree; ids unique, every parent present, no cycles
     * @param tallies     at most one per department; a department without one has 0 respondents
     * @param connections at most one per ordered pair of known departments, with no more respondents
     *                    than the rating department has
     * @param settings    anonymity threshold and measure thresholds
     * @return the map; suppressed departments and connections carry no figures, and no shown figure
     *         lets a hidden count be worked out by subtraction
     * @throws IllegalArgumentException when the input breaks one of the conditions above
     */
    public static OrganisationMap compute(List<Department> departments, List<DepartmentTally> tallies,
                                          List<ConnectionTally> connections, MapSettings settings) {
        Objects.requireNonNull(settings, "settings");
        MapInput input = MapInput.of(departments, tallies, connections);
        Disclosure disclosure = Disclosure.decide(input, settings.k());
        List<MapEdge> edges = EdgeMeasures.edges(input.connections(), disclosure, settings);
        Network network = Network.of(input.tree().ids(), edges);
        ClusterComparison clusters = ClusterComparison.of(network.communities(), input.tree().formalUnits(),
                disclosure.figuresShown());
        List<MapNode> nodes = nodes(input, disclosure, edges, network, clusters.clusterOf(), settings);
        MapMetrics metrics = metrics(nodes, network, clusters, PooledMeans.of(input, disclosure),
                disclosure.totalShown());
        Rankings rankings = Rankings.of(nodes, edges, settings);
        return new OrganisationMap(nodes, edges, metrics, clusters.clusters(), rankings.brokers(), rankings.islands(),
                rankings.missingStrategicTies(), rankings.stopRanking());
    }

    private static List<MapNode> nodes(MapInput input, Disclosure disclosure, List<MapEdge> edges, Network network,
                                       Map<Long, Integer> clusterOf, MapSettings settings) {
        List<MapNode> nodes = new ArrayList<>();
        for (Department d : input.tree().departments()) {
            boolean shown = disclosure.figuresShown(d.id());
            NodeFigures figures = shown
                    ? NodeMeasures.figures(d, input.tally(d.id()), disclosure.countShown(d.id()), edges,
                            network.betweenness().getOrDefault(d.id(), 0.0), clusterOf.get(d.id()), settings)
                    : null;
            nodes.add(new MapNode(d.id(), d.name(), d.parentId(), d.headcount(), !shown,
                    disclosure.subtreeShown(d.id()), figures));
        }
        return nodes;
    }

    private static MapMetrics metrics(List<MapNode> nodes, Network network, ClusterComparison clusters,
                                      PooledMeans pooled, Integer totalShown) {
        int n = nodes.size();
        int working = network.workingEdges();
        Communities.Result communities = network.communities();
        return new MapMetrics(totalShown, n,
                (int) nodes.stream().filter(MapNode::suppressed).count(),
                working,
                n < 2 ? null : (double) working / ((double) n * (n - 1)),
                working == 0 ? null : (double) network.reciprocatedEdges() / working,
                communities.modularity(), clusters.clusters().size(), clusters.crossingShare(),
                clusters.adjustedRandIndex(), communities.method(), pooled.themes(), pooled.identity());
    }
}
