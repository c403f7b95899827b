package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveCountsTest {

    @Test
    void departments_with_at_least_k_responses_show_their_count() {
        assertThat(LiveCounts.shown(List.of(5, 9, 12), 5)).containsExactly(5, 9, 12);
    }

    @Test
    void a_single_small_department_hides_the_smallest_shown_one_too() {
        // 6 and 2 with a shown total of 8 would give away the 2
        assertThat(LiveCounts.shown(List.of(6, 2, 9), 5)).containsExactly(null, null, 9);
    }

    @Test
    void departments_without_responses_may_stay_hidden_alone() {
        assertThat(LiveCounts.shown(List.of(6, 0, 7), 5)).containsExactly(6, null, 7);
    }

    @Test
    void two_hidden_departments_together_below_k_hide_another() {
        assertThat(LiveCounts.shown(List.of(1, 2, 8, 10), 5)).containsExactly(null, null, null, 10);
    }

    @Test
    void two_hidden_departments_together_holding_k_are_safe() {
        assertThat(LiveCounts.shown(List.of(3, 4, 8), 5)).containsExactly(null, null, 8);
    }

    @Test
    void a_total_below_k_is_hidden() {
        assertThat(LiveCounts.total(4, 5)).isNull();
        assertThat(LiveCounts.total(5, 5)).isEqualTo(5);
    }

    @Test
    void everything_hidden_when_no_department_reaches_k() {
        assertThat(LiveCounts.shown(Arrays.asList(1, 3), 5)).containsExactly(null, null);
    }
}
