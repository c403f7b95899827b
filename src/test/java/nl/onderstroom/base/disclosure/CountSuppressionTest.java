package nl.onderstroom.base.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The one count rule directly; LiveCountsTest and the map's AttackerTest attack it through its two users. */
class CountSuppressionTest {

    private static CountSuppression.Outcome flat(int k, int... counts) {
        List<CountSuppression.Unit> units = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            units.add(new CountSuppression.Unit(i + 1, null, counts[i]));
        }
        return CountSuppression.suppress(units, k);
    }

    @Test
    void an_empty_department_needs_no_second_count_hidden() {
        CountSuppression.Outcome outcome = flat(5, 20, 0, 9);
        assertThat(outcome.countShown(2)).isFalse();
        assertThat(outcome.countShown(1)).isTrue();
        assertThat(outcome.countShown(3)).isTrue();
        assertThat(outcome.totalShown()).isEqualTo(29);
    }

    @Test
    void an_empty_department_beside_a_small_one_does_not_make_the_pair_safe() {
        CountSuppression.Outcome outcome = flat(5, 20, 0, 3, 9);
        assertThat(outcome.countShown(4)).as("0 + 3 < 5: the smallest shown one is hidden too").isFalse();
        assertThat(outcome.hiddenAtLeastK()).containsExactly(4L);
        assertThat(outcome.belowK(2)).isTrue();
        assertThat(outcome.belowK(4)).isFalse();
    }

    @Test
    void two_small_counts_that_only_fit_one_way_are_not_left_alone() {
        // 4 + 4 = 8 holds k together, but both below 5 leaves only 4 and 4: the audit hides one more
        CountSuppression.Outcome outcome = flat(5, 20, 4, 4);
        assertThat(outcome.countShown(1)).isFalse();
        CountSuppression.Outcome loose = flat(5, 20, 3, 4);
        assertThat(loose.countShown(1)).as("3 + 4 = 7 fits 3+4, 4+3").isTrue();
    }

    @Test
    void what_shown_connections_prove_never_pins_a_small_count_in_many_random_trees() {
        // A shown connection rated by r people proves "at least r". Even the strongest such proof, every protecting
        // count known to be at least its true value, leaves each small count more than one possible value.
        Random random = new Random(5);
        int checked = 0;
        for (int run = 0; run < 3000; run++) {
            int k = 3 + random.nextInt(5);
            int n = 2 + random.nextInt(14);
            List<CountSuppression.Unit> units = new ArrayList<>();
            Map<Long, Integer> counts = new HashMap<>();
            for (long id = 1; id <= n; id++) {
                Long parent = id == 1 || random.nextInt(4) == 0 ? null : Math.max(1, id - 1 - random.nextInt(2));
                int count = random.nextInt(10) < 5 ? random.nextInt(k) : k + random.nextInt(4);
                units.add(new CountSuppression.Unit(id, parent, count));
                counts.put(id, count);
            }
            CountSuppression.Outcome outcome = CountSuppression.suppress(units, k);
            Map<Long, Integer> proven = new HashMap<>();
            outcome.hiddenAtLeastK().forEach(id -> proven.put(id, counts.get(id)));
            if (!proven.isEmpty() && proven.values().stream().anyMatch(v -> v > k)) {
                checked++;
                assertThat(outcome.exposed(proven)).as("run %d", run).isEmpty();
            }
        }
        assertThat(checked).as("the property was put to the test").isGreaterThan(500);
    }
}
