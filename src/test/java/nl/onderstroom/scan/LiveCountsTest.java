package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.onderstroom.organisation.DepartmentNode;
import org.junit.jupiter.api.Test;

class LiveCountsTest {

    /** Top-level departments 1..n, headcount 20 each. */
    private static List<DepartmentNode> flat(int n) {
        List<DepartmentNode> nodes = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            nodes.add(new DepartmentNode(id, "D" + id, null, 20, 0));
        }
        return nodes;
    }

    private static List<Integer> responses(LiveCounts.Result result) {
        return result.rows().stream().map(LiveCounts.Row::responses).toList();
    }

    @Test
    void departments_with_at_least_k_responses_show_their_count_and_rate() {
        LiveCounts.Result result = LiveCounts.of(flat(3), Map.of(1L, 5, 2L, 9, 3L, 12), 5);
        assertThat(responses(result)).containsExactly(5, 9, 12);
        assertThat(result.rows().get(0).responseRate()).isEqualTo(0.25);
        assertThat(result.total()).isEqualTo(26);
        assertThat(result.responseRate()).isEqualTo(26 / 60.0);
    }

    @Test
    void a_single_small_department_hides_the_smallest_shown_count_too_and_says_it_is_at_least_k() {
        // 6 and 2 with a shown total of 17 and a shown 9 would give away the 2
        LiveCounts.Result result = LiveCounts.of(flat(3), Map.of(1L, 6, 2L, 2, 3L, 9), 5);
        assertThat(responses(result)).containsExactly(null, null, 9);
        assertThat(result.rows().get(0).atLeastK()).isTrue();
        assertThat(result.rows().get(1).atLeastK()).isFalse();
        assertThat(result.rows()).extracting(LiveCounts.Row::responseRate).containsExactly(null, null, 0.45);
        assertThat(result.total()).isEqualTo(17);
    }

    @Test
    void departments_without_responses_may_stay_hidden_alone() {
        // docs/decisions/complementary-suppression.md: a count of 0 names nobody
        assertThat(responses(LiveCounts.of(flat(3), Map.of(1L, 6, 3L, 7), 5))).containsExactly(6, null, 7);
    }

    @Test
    void two_hidden_departments_together_below_k_hide_another() {
        assertThat(responses(LiveCounts.of(flat(4), Map.of(1L, 1, 2L, 2, 3L, 8, 4L, 10), 5)))
                .containsExactly(null, null, null, 10);
    }

    @Test
    void two_hidden_departments_together_holding_k_are_safe() {
        assertThat(responses(LiveCounts.of(flat(3), Map.of(1L, 3, 2L, 4, 3L, 8), 5))).containsExactly(null, null, 8);
    }

    @Test
    void two_hidden_departments_just_below_k_each_are_not_safe_together() {
        // 4 + 4 = 8 with both known to be below 5: each is 4. One more count is hidden.
        assertThat(responses(LiveCounts.of(flat(3), Map.of(1L, 4, 2L, 4, 3L, 20), 5))).containsExactly(null, null, null);
    }

    @Test
    void a_total_below_k_is_hidden_and_so_is_its_rate() {
        LiveCounts.Result result = LiveCounts.of(flat(2), Map.of(1L, 1, 2L, 3), 5);
        assertThat(responses(result)).containsExactly(null, null);
        assertThat(result.total()).isNull();
        assertThat(result.responseRate()).isNull();
    }

    @Test
    void a_sub_department_is_protected_within_its_parent_as_on_the_map() {
        List<DepartmentNode> tree = List.of(new DepartmentNode(1, "Top", null, 30, 0),
                new DepartmentNode(2, "A", 1L, 20, 1), new DepartmentNode(3, "B", 1L, 20, 1),
                new DepartmentNode(4, "C", null, 40, 0));
        LiveCounts.Result result = LiveCounts.of(tree, Map.of(1L, 10, 2L, 12, 3L, 3, 4L, 30), 5);
        assertThat(responses(result).get(2)).isNull();
        assertThat(result.rows().stream().filter(r -> r.responses() == null).count())
                .as("one more hidden beside the 3").isEqualTo(2);
    }
}
