package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.edge;
import static nl.onderstroom.map.graph.Scenario.node;
import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each measure on a small graph whose answer was worked out by hand. */
class MeasuresTest {

    private static final int K = 5;

    @Test
    void density_is_the_share_of_ordered_pairs_with_a_working_edge() {
        // 3 departments: 6 ordered pairs; 3 working edges, 1 shown but not working (flow 2)
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .edge(1, 2, 5, 4).edge(2, 3, 5, 3).edge(3, 1, 5, 5).edge(1, 3, 5, 2)
                .compute(K);

        assertThat(map.metrics().workingEdges()).isEqualTo(3);
        assertThat(map.metrics().density()).isEqualTo(0.5);
    }

    @Test
    void reciprocity_is_the_share_of_working_edges_whose_reverse_works_too() {
        // working: 1->2, 2->1, 2->3; 3->2 does not work: 2 of 3 reciprocated
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .both(1, 2, 5).edge(2, 3, 5, 4).edge(3, 2, 5, 1)
                .compute(K);

        assertThat(map.metrics().reciprocity()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void external_flow_is_the_respondent_weighted_mean_over_outgoing_edges() {
        // (10 * 4 + 5 * 1) / 15 = 3.0
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .edge(1, 2, 10, 4).edge(1, 3, 5, 1)
                .compute(K);

        assertThat(node(map, 1).figures().externalFlow()).isEqualTo(3.0);
        assertThat(node(map, 2).figures().externalFlow()).isNull();
    }

    @Test
    void ei_index_weighs_outward_against_inward_ties_and_marks_an_island() {
        // inner: 10 x rating 5 -> I = 10 * 1.0 = 10; outward: 10 x rating 3 -> E = 10 * 0.5 = 5
        // E-I = (5 - 10) / 15 = -1/3 <= -0.2, while external flow 3.0 > 2.75
        OrganisationMap map = new Scenario().dept(1, null, 10, rating(5, 10)).dept(2, 10)
                .edge(1, 2, 10, 3)
                .compute(K);

        NodeFigures f = node(map, 1).figures();
        assertThat(f.eiIndex()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(f.externalFlow()).isEqualTo(3.0);
        assertThat(f.island()).isTrue();
        assertThat(map.islands()).as("2 rates nobody outside: E = 0").containsExactly(1L, 2L);
    }

    @Test
    void department_with_weak_outward_flow_is_an_island() {
        // inner 10 x 2 -> I = 2.5; outward 10 x 2 -> E = 2.5; E-I = 0, but external flow 2.0 <= 2.75
        OrganisationMap map = new Scenario().dept(1, null, 10, rating(2, 10)).dept(2, 10)
                .edge(1, 2, 10, 2).edge(2, 1, 10, 5)
                .compute(K);

        assertThat(node(map, 1).figures().eiIndex()).isEqualTo(0.0);
        assertThat(node(map, 1).figures().island()).isTrue();
        assertThat(node(map, 2).figures().island()).as("E = 10, I = 7.5, flow 5").isFalse();
    }

    @Test
    void department_without_outward_data_is_no_island_by_flow_but_can_be_by_ei_index() {
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).compute(K);

        NodeFigures f = node(map, 1).figures();
        assertThat(f.externalFlow()).isNull();
        assertThat(f.eiIndex()).as("no shown outward tie at all").isEqualTo(-1.0);
        assertThat(f.island()).isTrue();
    }

    @Test
    void centre_of_a_star_has_betweenness_one() {
        // every ordered pair of leaves (3 * 2 = 6) routes through the centre; normalised by (n-1)(n-2) = 6
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10).dept(4, 10)
                .both(1, 2, 5).both(1, 3, 5).both(1, 4, 5)
                .compute(K);

        assertThat(node(map, 1).figures().betweenness()).isCloseTo(1.0, within(1e-12));
        assertThat(node(map, 2).figures().betweenness()).isZero();
        assertThat(node(map, 1).figures().broker()).isTrue();
        assertThat(map.brokers()).containsExactly(1L);
    }

    @Test
    void middle_of_a_two_way_path_has_betweenness_one_and_of_a_one_way_path_one_half() {
        OrganisationMap twoWay = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .both(1, 2, 5).both(2, 3, 5).compute(K);
        OrganisationMap oneWay = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .edge(1, 2, 5, 4).edge(2, 3, 5, 4).compute(K);

        assertThat(node(twoWay, 2).figures().betweenness()).isCloseTo(1.0, within(1e-12));
        assertThat(node(oneWay, 2).figures().betweenness()).isCloseTo(0.5, within(1e-12));
        assertThat(node(oneWay, 1).figures().broker()).isFalse();
    }

    @Test
    void edge_that_does_not_work_is_no_route() {
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .edge(1, 2, 5, 2).edge(2, 3, 5, 4).compute(K);

        assertThat(node(map, 2).figures().betweenness()).isZero();
    }

    @Test
    void two_cliques_joined_by_one_edge_form_two_clusters_with_modularity_five_fourteenths() {
        // 7 undirected edges of equal weight; each clique: 3 inner edges, degree sum 7
        // Q = 2 * (3/7 - (7/14)^2) = 5/14
        OrganisationMap map = twoTriangles(new Scenario()
                .dept(1, null, 10).dept(2, 1L, 10).dept(3, 1L, 10)
                .dept(4, null, 10).dept(5, 4L, 10).dept(6, 4L, 10)).compute(K);

        assertThat(map.metrics().modularity()).isCloseTo(5.0 / 14, within(1e-9));
        assertThat(map.metrics().clusteringMethod()).isEqualTo(ClusteringMethod.GIRVAN_NEWMAN);
        assertThat(map.clusters()).extracting(InformalCluster::departmentIds)
                .containsExactly(java.util.List.of(1L, 2L, 3L), java.util.List.of(4L, 5L, 6L));
        assertThat(node(map, 5).figures().clusterId()).isEqualTo(2);
        assertThat(map.metrics().clusterCount()).isEqualTo(2);
        assertThat(map.metrics().crossUnitClusterShare()).as("clusters follow the formal units").isZero();
        assertThat(map.metrics().adjustedRandIndex()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void clusters_that_cut_across_the_formal_units_are_counted() {
        // formal units {1, 2, 4} and {3, 5, 6}; informal clusters {1, 2, 3} and {4, 5, 6}
        OrganisationMap map = twoTriangles(new Scenario()
                .dept(1, null, 10).dept(2, 1L, 10).dept(4, 1L, 10)
                .dept(3, null, 10).dept(5, 3L, 10).dept(6, 3L, 10)).compute(K);

        assertThat(map.clusters()).allMatch(InformalCluster::crossesFormalUnits);
        assertThat(map.clusters().get(0).formalUnitIds()).containsExactly(1L, 3L);
        assertThat(map.metrics().crossUnitClusterShare()).isEqualTo(1.0);
        // pairs: 15; same cluster 6, same unit 6, both 2: ARI = (2 - 36/15) / (6 - 36/15) = -1/9
        assertThat(map.metrics().adjustedRandIndex()).isCloseTo(-1.0 / 9, within(1e-12));
    }

    @Test
    void single_top_level_department_makes_its_children_the_formal_units() {
        OrganisationMap map = twoTriangles(new Scenario()
                .dept(10, null, 10)
                .dept(1, 10L, 10).dept(2, 1L, 10).dept(3, 1L, 10)
                .dept(4, 10L, 10).dept(5, 4L, 10).dept(6, 4L, 10)).compute(K);

        assertThat(map.clusters()).extracting(InformalCluster::formalUnitIds)
                .containsExactly(java.util.List.of(1L), java.util.List.of(4L));
    }

    private static Scenario twoTriangles(Scenario s) {
        return s.both(1, 2, 5).both(2, 3, 5).both(1, 3, 5)
                .both(4, 5, 5).both(5, 6, 5).both(4, 6, 5)
                .both(3, 4, 5);
    }

    @Test
    void important_connection_that_flows_poorly_is_a_missing_strategic_tie_largest_gap_first() {
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .edge(1, 2, 10, rating(2, 10), rating(5, 10))                 // 5 - 2 = 3
                .edge(1, 3, 10, new int[] {0, 5, 5, 0, 0}, rating(4, 10))     // 4 - 2.5 = 1.5
                .edge(2, 3, 10, rating(1, 10), rating(3, 10))                 // not important enough
                .edge(3, 1, 10, rating(3, 10), rating(5, 10))                 // flows well enough
                .compute(K);

        assertThat(map.missingStrategicTies())
                .extracting(StrategicGap::from, StrategicGap::to, StrategicGap::gap)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 2L, 3.0),
                        org.assertj.core.groups.Tuple.tuple(1L, 3L, 1.5));
    }

    @Test
    void stop_ranking_orders_by_stop_share_times_importance_then_lower_flow() {
        int[] weekly = {0, 0, 0, 10, 0};
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .edge(1, 2, 10, rating(4, 10), rating(5, 10), weekly, new int[] {4, 6, 0, 0})   // 0.6 * 5 = 3
                .edge(1, 3, 10, rating(2, 10), rating(3, 10), weekly, new int[] {0, 0, 10, 0})  // 1.0 * 3 = 3, flow 2
                .edge(2, 3, 10, rating(4, 10), rating(4, 10), weekly, new int[] {8, 0, 0, 2})   // 0.2 * 4 = 0.8
                .edge(3, 1, 10, rating(4, 10), rating(5, 10), weekly, new int[] {10, 0, 0, 0})  // never stops
                .compute(K);

        assertThat(map.stopRanking()).extracting(e -> e.from() + "->" + e.to())
                .containsExactly("1->3", "1->2", "2->3");
        assertThat(map.stopRanking().get(1).score()).isCloseTo(3.0, within(1e-12));
        EdgeFigures f = edge(map, 1, 2).figures();
        assertThat(f.stopsShare()).isCloseTo(0.6, within(1e-12));
        assertThat(f.stopShares()).containsEntry(Stop.THEIRS, 0.6).containsEntry(Stop.NONE, 0.4);
    }

    @Test
    void asymmetry_compares_a_connection_with_its_reverse() {
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .edge(1, 2, 5, 4).edge(2, 1, 5, 2).edge(1, 3, 5, 4).edge(3, 1, 4, 1)
                .compute(K);

        assertThat(edge(map, 1, 2).figures().reverseMeanFlow()).isEqualTo(2.0);
        assertThat(edge(map, 1, 2).figures().asymmetry()).isEqualTo(2.0);
        assertThat(edge(map, 2, 1).figures().asymmetry()).isEqualTo(-2.0);
        assertThat(edge(map, 1, 3).figures().asymmetry()).as("reverse is suppressed").isNull();
        assertThat(edge(map, 1, 3).figures().reverseMeanFlow()).isNull();
    }

    @Test
    void modal_frequency_tie_goes_to_the_less_frequent_contact() {
        OrganisationMap map = new Scenario().dept(1, 10).dept(2, 10)
                .edge(1, 2, 10, rating(4, 10), rating(3, 10), new int[] {0, 0, 5, 5, 0}, new int[] {10, 0, 0, 0})
                .compute(K);

        assertThat(edge(map, 1, 2).figures().modalFrequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(edge(map, 1, 2).figures().frequencyDistribution()).containsExactly(0, 0, 5, 5, 0);
    }

    @Test
    void department_figures_are_means_of_its_own_answers() {
        Scenario s = new Scenario().dept(2, 10);
        s.departments.add(new Department(1, "D1", null, 0));
        s.tallies.add(new DepartmentTally(1, 8, new int[] {0, 0, 4, 4, 0},
                java.util.Map.of("trust", new int[] {0, 0, 4, 4, 0}),
                java.util.Map.of("integrity", new int[] {0, 0, 0, 4, 4})));

        NodeFigures f = node(s.compute(K), 1).figures();

        assertThat(f.respondents()).isEqualTo(8);
        assertThat(f.responseRate()).as("headcount 0").isNull();
        assertThat(f.cohesion()).isEqualTo(3.5);
        assertThat(f.themeMeans()).containsEntry("trust", 2.5);
        assertThat(f.identityMeans()).containsEntry("integrity", 4.5);
        assertThat(node(s.compute(K), 2).figures().responseRate()).isEqualTo(0.5);
    }

    @Test
    void thresholds_come_from_the_settings() {
        Scenario s = new Scenario().dept(1, 10).dept(2, 10).edge(1, 2, 10, 3);
        MapSettings strict = new MapSettings(K, 3.5, 3.0, -0.9, 4.0, 2.75, 0.15);

        assertThat(s.compute(K).metrics().workingEdges()).isEqualTo(1);
        assertThat(s.compute(strict).metrics().workingEdges()).isZero();
        assertThat(node(s.compute(strict), 1).figures().island()).as("flow 3.0 <= 3.0").isTrue();
    }

    @Test
    void same_input_in_another_order_gives_the_same_map() {
        Scenario a = twoTriangles(new Scenario().dept(1, 10).dept(2, 10).dept(3, 10)
                .dept(4, 10).dept(5, 10).dept(6, 10));
        Scenario b = new Scenario();
        b.departments.addAll(a.departments);
        b.tallies.addAll(a.tallies);
        b.connections.addAll(a.connections);
        java.util.Collections.reverse(b.departments);
        java.util.Collections.reverse(b.tallies);
        java.util.Collections.reverse(b.connections);

        assertThat(b.compute(K)).isEqualTo(a.compute(K));
    }
}
