package nl.onderstroom.map.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingsTest {

    private static final MapSettings SETTINGS = MapSettings.defaults(5);

    @Test
    void a_missing_strategic_tie_matters_but_does_not_flow_and_the_largest_gap_comes_first() {
        List<MapEdge> edges = List.of(edge(1, 2, 2.5, 4.0, null), edge(1, 3, 2.0, 4.5, null),
                edge(2, 3, 2.8, 5.0, null), edge(3, 1, 2.0, 3.9, null));

        assertThat(Rankings.of(List.of(), edges, SETTINGS).missingStrategicTies())
                .extracting(StrategicGap::to).containsExactly(3L, 2L);
    }

    @Test
    void where_collaboration_stops_ranks_share_times_importance_and_a_tie_goes_to_the_lower_flow() {
        List<MapEdge> edges = List.of(edge(1, 2, 4.0, 4.0, 0.5), edge(1, 3, 3.0, 2.0, 1.0),
                edge(2, 1, 4.0, 5.0, 0.0), edge(3, 1, 4.0, 4.0, 0.75));

        assertThat(Rankings.of(List.of(), edges, SETTINGS).stopRanking())
                .extracting(StopRankingEntry::from, StopRankingEntry::to)
                .containsExactly(tuple(3L, 1L), tuple(1L, 3L), tuple(1L, 2L));
    }

    @Test
    void brokers_by_betweenness_and_islands_by_external_flow() {
        List<MapNode> nodes = List.of(node(1, 0.2, false, 2.0), node(2, 0.6, true, 1.5), node(3, 0.1, true, null));

        Rankings r = Rankings.of(nodes, List.of(), SETTINGS);

        assertThat(r.brokers()).containsExactly(2L, 1L);
        assertThat(r.islands()).containsExactly(2L, 3L);
    }

    private static MapEdge edge(long from, long to, double flow, double importance, Double stopsShare) {
        return new MapEdge(from, to, new EdgeFigures(10, flow, List.of(), importance, List.of(), List.of(), null,
                stopsShare, Map.of(), flow >= 3, null, null));
    }

    private static MapNode node(long id, double betweenness, boolean island, Double externalFlow) {
        return new MapNode(id, "D" + id, null, 10, false, null, new NodeFigures(10, null, null, externalFlow, null,
                betweenness, null, island, betweenness >= 0.15, Map.of(), Map.of()));
    }
}
