package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.edge;
import static nl.onderstroom.map.graph.Scenario.node;
import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AnonymityTest {

    @Test
    void edge_below_threshold_is_suppressed() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 20).edge(1, 2, 4, 4).compute(5);

        assertThat(map.edge(1, 2)).as("a hidden connection is not listed, like an unrated one").isEmpty();
        assertThat(map.edges()).isEmpty();
        assertThat(map.metrics().workingEdges()).isZero();
    }

    @Test
    void edge_at_threshold_is_shown() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 20).edge(1, 2, 5, 4).compute(5);

        assertThat(edge(map, 1, 2).figures().respondents()).isEqualTo(5);
        assertThat(edge(map, 1, 2).figures().meanFlow()).isEqualTo(4.0);
    }

    @Test
    void department_below_threshold_is_suppressed_and_carries_no_figures() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 9).dept(3, 8).dept(4, 4).compute(5);

        MapNode small = node(map, 4);
        assertThat(small.suppressed()).isTrue();
        assertThat(small.figures()).isNull();
        assertThat(small.subtreeRespondents()).isNull();
        assertThat(small.name()).isEqualTo("D4");
        assertThat(small.headcount()).isEqualTo(8);
    }

    @Test
    void exactly_one_small_department_among_shown_ones_forces_a_second_count_hidden_but_not_its_figures() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 8).dept(3, 6).dept(4, 3).compute(5);

        assertThat(node(map, 4).suppressed()).isTrue();
        assertThat(node(map, 3).suppressed()).as("its figures stay").isFalse();
        assertThat(node(map, 3).figures().countHidden()).as("the smallest shown count is hidden too").isTrue();
        assertThat(node(map, 3).figures().respondents()).isNull();
        assertThat(node(map, 3).figures().cohesion()).isEqualTo(4.0);
        assertThat(node(map, 1).figures().respondents()).isEqualTo(20);
        assertThat(node(map, 2).figures().respondents()).isEqualTo(8);
        assertThat(map.metrics().totalRespondents()).isEqualTo(37);
        assertThat(map.metrics().suppressedDepartments()).isEqualTo(1);
    }

    @Test
    void two_small_departments_together_below_threshold_force_a_third_one_hidden() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 2).dept(3, 2).dept(4, 7).dept(5, 9).compute(5);

        assertThat(map.nodes()).filteredOn(MapNode::suppressed).extracting(MapNode::id).containsExactly(2L, 3L);
        assertThat(node(map, 4).figures().countHidden()).isTrue();
        assertThat(map.metrics().totalRespondents()).isEqualTo(40);
    }

    @Test
    void two_small_departments_together_at_threshold_need_no_further_hiding() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 3).dept(3, 3).dept(4, 7).compute(5);

        assertThat(map.nodes()).filteredOn(MapNode::suppressed).extracting(MapNode::id).containsExactly(2L, 3L);
        assertThat(map.metrics().totalRespondents()).isEqualTo(33);
    }

    @Test
    void a_department_without_any_respondent_needs_no_second_count_hidden() {
        // docs/decisions/complementary-suppression.md: "total - 20 - 9 = 0" names nobody
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 0).dept(3, 9).compute(5);

        assertThat(node(map, 2).suppressed()).isTrue();
        assertThat(node(map, 3).figures().respondents()).isEqualTo(9);
        assertThat(map.metrics().totalRespondents()).isEqualTo(29);
    }

    @Test
    void total_is_hidden_when_below_threshold() {
        OrganisationMap map = new Scenario().dept(1, 2).dept(2, 2).compute(5);

        assertThat(map.metrics().totalRespondents()).isNull();
        assertThat(map.nodes()).allMatch(MapNode::suppressed);
    }

    @Test
    void small_child_under_a_shown_subtree_total_forces_a_sibling_count_hidden() {
        OrganisationMap map = new Scenario()
                .dept(1, null, 10).dept(2, 1L, 12).dept(3, 1L, 3)
                .dept(4, null, 30)
                .compute(5);

        assertThat(node(map, 3).suppressed()).isTrue();
        assertThat(node(map, 1).figures().countHidden()).as("own count of the parent, the smallest shown member").isTrue();
        assertThat(node(map, 2).figures().respondents()).isEqualTo(12);
        assertThat(node(map, 1).subtreeRespondents()).as("25 = hidden 10 + shown 12 + hidden 3").isEqualTo(25);
        assertThat(map.metrics().totalRespondents()).isEqualTo(55);
    }

    @Test
    void a_small_parent_hides_its_subtree_total_rather_than_a_healthy_sub_department() {
        // two small managing departments over healthy teams, as in many real trees
        OrganisationMap map = new Scenario()
                .dept(1, null, 3).dept(2, 1L, 9).dept(3, 1L, 6)
                .dept(4, null, 4).dept(5, 4L, 28).dept(6, 4L, 16)
                .dept(7, null, 38)
                .compute(5);

        assertThat(node(map, 1).suppressed()).isTrue();
        assertThat(node(map, 4).suppressed()).isTrue();
        assertThat(java.util.List.of(2L, 3L, 5L, 6L, 7L)).allSatisfy(id ->
                assertThat(node(map, id).suppressed()).as("department %d", id).isFalse());
        assertThat(node(map, 1).subtreeRespondents()).as("3 = 18 - 9 - 6 if shown").isNull();
        assertThat(node(map, 4).subtreeRespondents()).as("4 = 48 - 28 - 16 if shown").isNull();
        assertThat(map.metrics().totalRespondents()).as("the two hidden ones hold 7 together").isEqualTo(104);
    }

    @Test
    void department_whose_count_is_hidden_keeps_its_connections_while_they_pin_nothing_down() {
        // 3 + 4 hold 9; "department 3 has at least 6" leaves department 4 anywhere in 0..3
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 8).dept(3, 6).dept(4, 3)
                .edge(3, 1, 6, 4).edge(1, 3, 10, 4)
                .compute(5);

        assertThat(node(map, 3).figures().countHidden()).isTrue();
        assertThat(edge(map, 3, 1).figures().respondents()).isEqualTo(6);
        assertThat(edge(map, 1, 3).figures().respondents()).as("department 1's view of 3 is 1's data").isEqualTo(10);
    }

    @Test
    void edge_into_a_suppressed_department_is_shown() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 3).dept(3, 3).edge(1, 2, 6, 2).compute(5);

        assertThat(node(map, 2).suppressed()).isTrue();
        assertThat(map.edge(1, 2)).isPresent();
    }

    @Test
    void question_with_fewer_answers_than_threshold_is_hidden_on_a_shown_edge() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 20)
                .edge(1, 2, 8, rating(4, 8), rating(3, 4), new int[] {0, 0, 0, 3, 0}, new int[] {0, 2, 0, 0})
                .compute(5);

        EdgeFigures f = edge(map, 1, 2).figures();
        assertThat(f.meanFlow()).isEqualTo(4.0);
        assertThat(f.meanImportance()).isNull();
        assertThat(f.importanceDistribution()).isEmpty();
        assertThat(f.frequencyDistribution()).isEmpty();
        assertThat(f.modalFrequency()).isNull();
        assertThat(f.stopsShare()).isNull();
        assertThat(f.stopShares()).isEmpty();
    }

    @Test
    void theme_with_fewer_answers_than_threshold_is_left_out_of_a_shown_department() {
        Scenario s = new Scenario().dept(2, 20);
        s.departments.add(new Department(1, "D1", null, 30));
        s.tallies.add(new DepartmentTally(1, 12, rating(4, 12),
                Map.of("trust", rating(2, 12), "safety", rating(1, 4)), Map.of("image", rating(5, 2))));

        NodeFigures f = node(s.compute(5), 1).figures();

        assertThat(f.themeMeans()).containsOnlyKeys("trust");
        assertThat(f.identityMeans()).isEmpty();
    }

    @Test
    void data_of_a_suppressed_department_changes_no_shown_figure() {
        OrganisationMap one = new Scenario().dept(1, 20).dept(2, 10).dept(3, 3).dept(4, 3)
                .both(1, 2, 8).edge(3, 1, 3, 5).edge(1, 3, 6, 4)
                .compute(5);
        Scenario other = new Scenario().dept(1, 20).dept(2, 10).dept(4, 3)
                .both(1, 2, 8).edge(3, 1, 3, 1).edge(1, 3, 6, 4);
        other.departments.add(new Department(3, "D3", null, 6));
        other.tallies.add(new DepartmentTally(3, 3, rating(1, 3),
                Map.of("trust", rating(5, 3), "workload", rating(5, 3)), Map.of("image", rating(1, 3))));

        assertThat(other.compute(5)).isEqualTo(one);
    }

    @Test
    void data_of_a_suppressed_edge_changes_no_shown_figure() {
        OrganisationMap one = new Scenario().dept(1, 20).dept(2, 10).dept(3, 10)
                .both(1, 2, 8).edge(1, 3, 4, 5).compute(5);
        OrganisationMap other = new Scenario().dept(1, 20).dept(2, 10).dept(3, 10)
                .both(1, 2, 8)
                .edge(1, 3, 4, rating(1, 4), rating(5, 4), new int[] {4, 0, 0, 0, 0}, new int[] {0, 0, 0, 4})
                .compute(5);

        assertThat(other).isEqualTo(one);
        assertThat(node(one, 1).figures().externalFlow()).as("only the shown edge to 2 counts").isEqualTo(4.0);
    }

    @Test
    void organisation_wide_means_use_shown_departments_only() {
        Scenario s = new Scenario().dept(1, 10).dept(2, 10);
        s.departments.add(new Department(3, "D3", null, 4));
        s.departments.add(new Department(4, "D4", null, 4));
        s.tallies.add(new DepartmentTally(3, 3, rating(1, 3), Map.of("trust", rating(5, 3)), Map.of()));
        s.tallies.add(new DepartmentTally(4, 3, rating(1, 3), Map.of("trust", rating(5, 3)), Map.of()));

        OrganisationMap map = s.compute(5);

        assertThat(map.metrics().organisationThemeMeans()).containsEntry("trust", 2.0);
        assertThat(map.metrics().organisationIdentityMeans()).containsEntry("identity", 3.0);
    }

    @Test
    void suppressed_department_has_no_network_figures_even_if_others_rate_it() {
        OrganisationMap map = new Scenario().dept(1, 20).dept(2, 20).dept(3, 3).dept(4, 3)
                .edge(1, 3, 10, 4).edge(2, 3, 10, 4).both(1, 2, 10)
                .compute(5);

        assertThat(node(map, 3).figures()).isNull();
        assertThat(map.brokers()).doesNotContain(3L);
        assertThat(map.islands()).doesNotContain(3L);
        assertThat(map.clusters()).allSatisfy(c -> assertThat(c.departmentIds()).doesNotContain(3L, 4L));
    }
}
