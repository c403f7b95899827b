package nl.onderstroom.base.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;

import nl.onderstroom.base.disclosure.ComplementarySuppression.Zeros;
import nl.onderstroom.base.disclosure.CountSuppression.Group;
import org.junit.jupiter.api.Test;

/**
 * Pins the one answer to "does a hidden zero need protecting?" (docs/decisions/complementary-suppression.md and
 * live-counts-suppression.md): a zero is always hidden like any count below k (it reads "< k", never "at least k");
 * among respondent counts a group whose hidden members are all zero needs no further cell hidden; among answers it
 * does.
 */
class ComplementarySuppressionTest {

    private static final int K = 5;

    /** cells 0..2 are members, cell 3 their total. */
    private static final List<Group> ONE_GROUP = List.of(new Group(3, new int[] {0, 1, 2}));

    private static BitSet belowK(int[] values) {
        BitSet primary = new BitSet(values.length);
        for (int c = 0; c < values.length; c++) {
            if (values[c] < K) {
                primary.set(c);
            }
        }
        return primary;
    }

    private static BitSet hide(int[] values, Zeros zeros) {
        return ComplementarySuppression.hide(values, belowK(values), ONE_GROUP, K, new BitSet(), zeros, h -> -1);
    }

    @Test
    void a_lone_zero_among_respondent_counts_is_hidden_and_needs_no_second_hidden_cell() {
        BitSet hidden = hide(new int[] {20, 0, 9, 29}, Zeros.NAME_NOBODY);
        assertThat(hidden.stream().boxed().toList()).containsExactly(1);
    }

    @Test
    void a_lone_zero_among_answers_is_protected_like_any_small_count() {
        BitSet hidden = hide(new int[] {20, 0, 9, 29}, Zeros.ARE_ANSWERS);
        assertThat(hidden.stream().boxed().toList()).as("the smallest shown member goes too").containsExactly(1, 2);
    }

    @Test
    void a_zero_beside_a_small_count_is_never_safe() {
        for (Zeros zeros : Zeros.values()) {
            BitSet hidden = hide(new int[] {20, 0, 3, 23}, zeros);
            assertThat(hidden.stream().boxed().toList()).as(zeros.name()).containsExactly(0, 1, 2);
        }
    }

    @Test
    void only_respondent_counts_call_a_group_of_hidden_zeros_safe() {
        BitSet zerosHidden = new BitSet();
        zerosHidden.set(0);
        zerosHidden.set(1);
        int[] values = {0, 0, 9, 9};
        assertThat(ComplementarySuppression.safe(ONE_GROUP.get(0), values, zerosHidden, K, Zeros.NAME_NOBODY)).isTrue();
        assertThat(ComplementarySuppression.safe(ONE_GROUP.get(0), values, zerosHidden, K, Zeros.ARE_ANSWERS)).isFalse();
    }

    @Test
    void the_department_tree_shows_a_zero_as_below_k_and_protects_it_no_further() {
        CountSuppression.Outcome outcome = CountSuppression.suppress(List.of(new CountSuppression.Unit(1, null, 20),
                new CountSuppression.Unit(2, null, 0), new CountSuppression.Unit(3, null, 9)), K);
        assertThat(outcome.countShown(2)).isFalse();
        assertThat(outcome.belowK(2)).as("read as \"< k\"").isTrue();
        assertThat(outcome.hiddenAtLeastK()).as("nobody is hidden for its sake").isEmpty();
        assertThat(outcome.countShown(1)).isTrue();
        assertThat(outcome.countShown(3)).isTrue();
        assertThat(outcome.totalShown()).isEqualTo(29);
    }

    @Test
    void an_answer_table_protects_a_zero_cell() {
        // one department (row), two options: counts 0 and 9, row total 9, option totals 0 and 9, grand total 9
        int[] values = {0, 9, 9, 0, 9, 9};
        List<Group> groups = List.of(new Group(2, new int[] {0, 1}), new Group(3, new int[] {0}),
                new Group(4, new int[] {1}), new Group(5, new int[] {2}), new Group(5, new int[] {3, 4}));
        BitSet hidden = TableSuppression.suppress(values, belowK(values), groups, K, new BitSet());
        assertThat(hidden.stream().boxed().toList()).as("a zero is not left to be read off the row total")
                .containsExactly(0, 1, 3, 4);
    }
}
