package nl.onderstroom.map.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeMeasuresTest {

    private static final MapSettings SETTINGS = MapSettings.defaults(5);
    private static final Department D = new Department(1, "D1", null, 14);
    // cohesion (3 x 4 + 4 x 5) / 7 = 32 / 7; trust (3 x 1 + 4 x 2) / 7 = 11 / 7
    private static final DepartmentTally TALLY = new DepartmentTally(1, 7, new int[] {0, 0, 0, 3, 4},
            Map.of("trust", new int[] {0, 3, 4, 0, 0}), Map.of());

    @Test
    void a_department_that_shows_its_count_shows_exact_means_response_rate_and_e_i_index() {
        NodeFigures f = NodeMeasures.figures(D, TALLY, true, List.of(), 0.0, null, SETTINGS);

        assertThat(f.respondents()).isEqualTo(7);
        assertThat(f.responseRate()).isEqualTo(0.5);
        assertThat(f.cohesion()).isEqualTo(32.0 / 7);
        assertThat(f.themeMeans()).containsEntry("trust", 11.0 / 7);
        assertThat(f.eiIndex()).as("no outward ties: all inward").isEqualTo(-1.0);
    }

    @Test
    void a_department_whose_count_is_hidden_shows_means_rounded_to_the_half_and_no_e_i_index() {
        NodeFigures f = NodeMeasures.figures(D, TALLY, false, List.of(), 0.0, null, SETTINGS);

        assertThat(f.respondents()).isNull();
        assertThat(f.responseRate()).isNull();
        assertThat(f.cohesion()).isEqualTo(4.5);
        assertThat(f.themeMeans()).containsEntry("trust", 1.5);
        assertThat(f.eiIndex()).isNull();
    }

    @Test
    void a_broker_needs_a_betweenness_above_zero_that_reaches_the_minimum() {
        assertThat(NodeMeasures.figures(D, TALLY, true, List.of(), 0.15, 2, SETTINGS).broker()).isTrue();
        assertThat(NodeMeasures.figures(D, TALLY, true, List.of(), 0.14, 2, SETTINGS).broker()).isFalse();
    }
}
