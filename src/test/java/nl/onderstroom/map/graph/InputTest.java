package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InputTest {

    @Test
    void anonymity_threshold_below_three_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> MapSettings.defaults(2)).withMessageContaining("k");
    }

    @Test
    void defaults_are_the_documented_ones() {
        assertThat(MapSettings.defaults(5))
                .isEqualTo(new MapSettings(5, 3.0, 2.75, -0.2, 4.0, 2.75, 0.15));
    }

    @Test
    void threshold_out_of_its_scale_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MapSettings(5, 6.0, 2.75, -0.2, 4.0, 2.75, 0.15));
        assertThatIllegalArgumentException().isThrownBy(() -> new MapSettings(5, 3.0, 2.75, -0.2, 4.0, 2.75, 1.5));
    }

    @Test
    void count_array_of_the_wrong_length_is_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ConnectionTally(1, 2, 5, new int[4], new int[5], new int[5], new int[4]));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new DepartmentTally(1, 5, new int[5], Map.of("trust", new int[3]), Map.of()));
    }

    @Test
    void tally_arrays_cannot_be_changed_from_outside() {
        int[] flow = rating(4, 5);
        ConnectionTally tally = new ConnectionTally(1, 2, 5, flow, new int[5], new int[5], new int[4]);
        flow[0] = 99;
        tally.flowCounts()[1] = 99;

        assertThat(tally.flowCounts()).containsExactly(0, 0, 0, 5, 0);
    }

    @Test
    void connection_to_an_unknown_department_is_rejected() {
        Scenario s = new Scenario().dept(1, 10).edge(1, 9, 5, 4);

        assertThatIllegalArgumentException().isThrownBy(() -> s.compute(5)).withMessageContaining("9");
    }

    @Test
    void duplicate_connection_is_rejected() {
        Scenario s = new Scenario().dept(1, 10).dept(2, 10).edge(1, 2, 5, 4).edge(1, 2, 5, 3);

        assertThatIllegalArgumentException().isThrownBy(() -> s.compute(5));
    }

    @Test
    void connection_with_more_respondents_than_its_department_is_rejected() {
        Scenario s = new Scenario().dept(1, 10).dept(2, 10).edge(1, 2, 11, 4);

        assertThatIllegalArgumentException().isThrownBy(() -> s.compute(5));
    }

    @Test
    void cycle_in_the_tree_is_rejected() {
        List<Department> cycle = List.of(new Department(1, "A", 2L, 5), new Department(2, "B", 1L, 5));

        assertThatIllegalArgumentException().isThrownBy(() ->
                MapComputation.compute(cycle, List.of(), List.of(), MapSettings.defaults(5)));
    }

    @Test
    void empty_organisation_gives_an_empty_map() {
        OrganisationMap map = MapComputation.compute(List.of(), List.of(), List.of(), MapSettings.defaults(5));

        assertThat(map.nodes()).isEmpty();
        assertThat(map.metrics().totalRespondents()).isNull();
        assertThat(map.metrics().density()).isNull();
        assertThat(map.metrics().clusteringMethod()).isEqualTo(ClusteringMethod.NONE);
    }

    @Test
    void department_without_a_tally_has_no_respondents() {
        Scenario s = new Scenario().dept(1, 10).dept(2, 10);
        s.departments.add(new Department(3, "D3", null, 12));

        OrganisationMap map = s.compute(5);

        assertThat(map.node(3).orElseThrow().suppressed()).isTrue();
        assertThat(map.metrics().suppressedDepartments()).as("'20 - 10 - 10 = 0' names nobody").isEqualTo(1);
        assertThat(map.metrics().totalRespondents()).isEqualTo(20);
    }
}
