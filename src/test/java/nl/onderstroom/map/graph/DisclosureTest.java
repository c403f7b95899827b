package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    @Test
    void a_small_department_loses_its_figures_and_a_second_count_is_hidden_to_protect_it() {
        Scenario s = new Scenario().dept(1, 20).dept(2, 8).dept(3, 6).dept(4, 3);

        Disclosure d = Disclosure.decide(MapInput.of(s.departments, s.tallies, s.connections), 5);

        assertThat(d.figuresShown()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(d.countsShown()).doesNotContain(4L).hasSize(2);
        assertThat(d.totalShown()).isEqualTo(37);
    }

    @Test
    void a_connection_is_shown_with_k_raters_from_a_department_that_shows_its_figures() {
        // department 2 has k or more respondents but lost its figures to protect another one
        Disclosure d = new Disclosure(5, Set.of(1L), Set.of(1L), Map.of(), null);

        assertThat(d.edgeShown(connection(1, 2, 5))).isTrue();
        assertThat(d.edgeShown(connection(1, 2, 4))).as("fewer than k raters").isFalse();
        assertThat(d.edgeShown(connection(2, 1, 9))).as("rater stripped of its figures").isFalse();
    }

    private static ConnectionTally connection(long from, long to, int respondents) {
        return new ConnectionTally(from, to, respondents, rating(4, respondents), rating(3, respondents),
                new int[] {0, 0, 0, respondents, 0}, new int[] {respondents, 0, 0, 0});
    }
}
