package nl.onderstroom.map.graph;

import java.util.List;
import java.util.Optional;

/**
 * The department-connection map with its measures, after the anonymity rules.
 *
 * @param nodes                every department, in ascending id order
 * @param edges                every shown connection, in ascending (from, to) order; a hidden one is not listed
 * @param metrics              organisation-wide figures
 * @param clusters             informal clusters, largest first
 * @param brokers              ids of broker departments, highest betweenness first
 * @param islands              ids of island departments, lowest external flow first
 * @param missingStrategicTies important but poorly flowing connections, largest gap first
 * @param stopRanking          where collaboration stops, highest score first
 */
public record OrganisationMap(List<MapNode> nodes, List<MapEdge> edges, MapMetrics metrics,
                              List<InformalCluster> clusters, List<Long> brokers, List<Long> islands,
                              List<StrategicGap> missingStrategicTies, List<StopRankingEntry> stopRanking) {

    public OrganisationMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        clusters = List.copyOf(clusters);
        brokers = List.copyOf(brokers);
        islands = List.copyOf(islands);
        missingStrategicTies = List.copyOf(missingStrategicTies);
        stopRanking = List.copyOf(stopRanking);
    }

    /** The node of a department. */
    public Optional<MapNode> node(long id) {
        return nodes.stream().filter(n -> n.id() == id).findFirst();
    }

    /** The directed edge {@code from -> to}, if it is shown. */
    public Optional<MapEdge> edge(long from, long to) {
        return edges.stream().filter(e -> e.from() == from && e.to() == to).findFirst();
    }
}
