package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The map's ordered lists, from the figures already computed (so from shown data only).
 *
 * @param brokers              broker departments, highest betweenness first, then by id
 * @param islands              island departments, lowest external flow first, then lowest E-I index, then by id
 * @param missingStrategicTies connections that matter but do not flow, largest gap first
 * @param stopRanking          connections where collaboration stops, highest share times importance first
 */
record Rankings(List<Long> brokers, List<Long> islands, List<StrategicGap> missingStrategicTies,
                List<StopRankingEntry> stopRanking) {

    Rankings {
        brokers = List.copyOf(brokers);
        islands = List.copyOf(islands);
        missingStrategicTies = List.copyOf(missingStrategicTies);
        stopRanking = List.copyOf(stopRanking);
    }

    static Rankings of(List<MapNode> nodes, List<MapEdge> edges, MapSettings settings) {
        return new Rankings(brokers(nodes), islands(nodes), missingStrategicTies(edges, settings), stopRanking(edges));
    }

    private static List<Long> brokers(List<MapNode> nodes) {
        return nodes.stream().filter(node -> node.figures() != null && node.figures().broker())
                .sorted(Comparator.comparingDouble((MapNode node) -> -node.figures().betweenness())
                        .thenComparingLong(MapNode::id))
                .map(MapNode::id).toList();
    }

    private static List<Long> islands(List<MapNode> nodes) {
        return nodes.stream().filter(node -> node.figures() != null && node.figures().island())
                .sorted(Comparator.comparing((MapNode node) -> node.figures().externalFlow(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(node -> node.figures().eiIndex(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(MapNode::id))
                .map(MapNode::id).toList();
    }

    /** Mean importance at least the strategic minimum with mean flow at most the strategic maximum. */
    private static List<StrategicGap> missingStrategicTies(List<MapEdge> edges, MapSettings settings) {
        List<StrategicGap> gaps = new ArrayList<>();
        for (MapEdge e : edges) {
            EdgeFigures f = e.figures();
            if (f.meanImportance() != null && f.meanFlow() != null
                    && f.meanImportance() >= settings.strategicImportanceMin()
                    && f.meanFlow() <= settings.strategicFlowMax()) {
                gaps.add(new StrategicGap(e.from(), e.to(), f.meanImportance(), f.meanFlow(),
                        f.meanImportance() - f.meanFlow()));
            }
        }
        gaps.sort(Comparator.comparingDouble(StrategicGap::gap).reversed()
                .thenComparingLong(StrategicGap::from).thenComparingLong(StrategicGap::to));
        return gaps;
    }

    /** Connections with a share of stops above 0 and a known importance; ties go to the lower flow. */
    private static List<StopRankingEntry> stopRanking(List<MapEdge> edges) {
        List<StopRankingEntry> ranking = new ArrayList<>();
        for (MapEdge e : edges) {
            EdgeFigures f = e.figures();
            if (f.stopsShare() != null && f.meanImportance() != null && f.stopsShare() > 0) {
                ranking.add(new StopRankingEntry(e.from(), e.to(), f.stopsShare() * f.meanImportance(),
                        f.stopsShare(), f.meanImportance(), f.meanFlow()));
            }
        }
        ranking.sort(Comparator.comparingDouble(StopRankingEntry::score).reversed()
                .thenComparing(StopRankingEntry::meanFlow, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(StopRankingEntry::from).thenComparingLong(StopRankingEntry::to));
        return ranking;
    }
}
