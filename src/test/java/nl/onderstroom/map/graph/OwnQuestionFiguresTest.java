package nl.onderstroom.map.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The figures of the advisor's own questions on known data. */
class OwnQuestionFiguresTest {

    private static Map<Long, int[]> counts(Object... pairs) {
        Map<Long, int[]> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(((Number) pairs[i]).longValue(), (int[]) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void a_rating_is_a_mean_from_k_answers_and_the_organisation_pools_only_shown_departments() {
        // 1: ten answers, mean 4.0; 2: three answers (below k); 3: hidden on the map
        var result = OwnQuestionFigures.rating(counts(1, new int[] {0, 1, 2, 3, 4}, 2, new int[] {0, 0, 0, 0, 3},
                3, new int[] {10, 0, 0, 0, 0}), Set.of(1L, 2L), 5);
        assertThat(result.departments().get(1L).answers()).isEqualTo(10);
        assertThat(result.departments().get(1L).mean()).isEqualTo(4.0);
        assertThat(result.departments().get(2L).shown()).isFalse();
        assertThat(result.departments().get(3L).shown()).isFalse();
        assertThat(result.organisation().answers()).isEqualTo(10);
        assertThat(result.organisation().mean()).isEqualTo(4.0);
    }

    @Test
    void a_rating_without_any_shown_department_shows_no_organisation_figure() {
        var result = OwnQuestionFigures.rating(counts(1, new int[] {1, 1, 1, 0, 0}, 2, new int[] {0, 0, 1, 1, 0}),
                Set.of(1L, 2L), 5);
        assertThat(result.organisation().shown()).isFalse();
    }

    @Test
    void a_choice_with_every_count_at_least_k_is_shown_with_counts_and_shares() {
        var result = OwnQuestionFigures.choice(counts(1, new int[] {10, 6, 5}, 2, new int[] {7, 8, 5}), 3,
                Set.of(1L, 2L), 5);
        OwnQuestionFigures.Figure one = result.departments().get(1L);
        assertThat(one.answers()).isEqualTo(21);
        assertThat(one.optionCounts()).containsExactly(10, 6, 5);
        assertThat(one.share(0)).isEqualTo(10.0 / 21);
        assertThat(result.organisation().answers()).isEqualTo(41);
        assertThat(result.organisation().optionCounts()).containsExactly(17, 14, 10);
    }

    @Test
    void an_option_chosen_by_one_person_in_a_department_of_six_hides_every_option_count_of_that_department() {
        // the question in issue 7: 5 chose A, 1 chose B, nobody C. Showing "A: 5 of 6" would say what the sixth chose.
        var result = OwnQuestionFigures.choice(counts(1, new int[] {5, 1, 0}), 3, Set.of(1L), 5);
        OwnQuestionFigures.Figure department = result.departments().get(1L);
        assertThat(department.answers()).isEqualTo(6);
        assertThat(department.optionCounts()).containsExactly(null, null, null);
        assertThat(result.organisation().optionCounts()).containsExactly(null, null, null);
    }

    @Test
    void everyone_giving_the_same_answer_is_not_shown_as_such() {
        var result = OwnQuestionFigures.choice(counts(1, new int[] {12, 0}), 2, Set.of(1L), 5);
        assertThat(result.departments().get(1L).optionCounts()).containsExactly(null, null);
    }

    @Test
    void a_small_count_in_one_department_hides_the_counts_it_could_be_worked_out_from() {
        // department 1: option 1 chosen by 2 (hidden). Showing department 1's other count and total, or the
        // organisation's option-1 total and department 2's, would give it away by one subtraction.
        var result = OwnQuestionFigures.choice(counts(1, new int[] {8, 2}, 2, new int[] {9, 11}), 2, Set.of(1L, 2L), 5);
        OwnQuestionFigures.Figure one = result.departments().get(1L);
        assertThat(one.optionCounts().get(1)).isNull();
        assertThat(one.answers() == null || one.optionCounts().get(0) == null).isTrue();
        Integer organisationOption1 = result.organisation().optionCounts().get(1);
        Integer twoOption1 = result.departments().get(2L).optionCounts().get(1);
        assertThat(organisationOption1 == null || twoOption1 == null).isTrue();
    }

    @Test
    void typed_answers_are_listed_per_department_from_the_story_threshold_and_the_rest_only_when_pooled() {
        Map<Long, List<String>> texts = new HashMap<>();
        texts.put(1L, texts("a", 7));
        texts.put(2L, texts("b", 3));
        texts.put(3L, texts("c", 4));
        texts.put(4L, texts("d", 9)); // hidden on the map
        var pools = OwnQuestionFigures.texts(texts, Set.of(1L, 2L, 3L), 7);
        assertThat(pools.departments()).containsOnlyKeys(1L);
        assertThat(pools.organisation()).hasSize(14).noneMatch(t -> t.startsWith("d"));

        texts.put(3L, texts("c", 3));
        pools = OwnQuestionFigures.texts(texts, Set.of(1L, 2L, 3L), 7);
        assertThat(pools.organisation()).as("the rest (6) is below the threshold: organisation minus department 1 "
                + "would show them").hasSize(7).allMatch(t -> t.startsWith("a"));

        texts.remove(2L);
        texts.put(3L, texts("c", 6));
        pools = OwnQuestionFigures.texts(texts, Set.of(1L, 3L), 5);
        assertThat(pools.departments()).containsOnlyKeys(1L, 3L);
        assertThat(pools.organisation()).hasSize(13);
    }

    @Test
    void typed_answers_below_the_threshold_everywhere_show_nothing() {
        var pools = OwnQuestionFigures.texts(Map.of(1L, texts("a", 3), 2L, texts("b", 3)), Set.of(1L, 2L), 7);
        assertThat(pools.departments()).isEmpty();
        assertThat(pools.organisation()).isEmpty();
    }

    private static List<String> texts(String prefix, int n) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(prefix + i);
        }
        return list;
    }

    // ---- the attacker ------------------------------------------------------------------------------------------

    /**
     * Plays the attacker on 800 random choice tables: writes down every equation the output allows (each shown
     * department's total is the sum of its option counts, each option's organisation count the sum over the shown
     * departments, the grand total both ways) and tries to solve for every hidden count, by one subtraction and by
     * all equations together; also checks the zero lower bound (a hidden group under a shown total must hold at
     * least k, in at least two cells).
     */
    @Test
    void no_hidden_choice_count_can_be_worked_out_from_the_shown_ones() {
        Random random = new Random(11);
        int tables = 0;
        int hiddenCells = 0;
        for (int run = 0; run < 800; run++) {
            int k = 3 + random.nextInt(5);
            int departments = 1 + random.nextInt(7);
            int options = 2 + random.nextInt(4);
            Map<Long, int[]> counts = new LinkedHashMap<>();
            Set<Long> shown = new HashSet<>();
            for (long d = 1; d <= departments; d++) {
                int[] c = new int[options];
                int size = random.nextInt(4) == 0 ? random.nextInt(8) : 5 + random.nextInt(30);
                for (int i = 0; i < size; i++) {
                    c[skewed(random, options)]++;
                }
                counts.put(d, c);
                if (random.nextInt(6) > 0) {
                    shown.add(d);
                }
            }
            var result = OwnQuestionFigures.choice(counts, options, shown, k);
            hiddenCells += attack(counts, shown, options, result, k);
            tables++;
        }
        assertThat(tables).isEqualTo(800);
        assertThat(hiddenCells).as("the attack met hidden cells to try").isGreaterThan(1000);
    }

    @Test
    void the_attacker_catches_a_table_that_shows_too_much() {
        // proof that the attack can fail: a table where only the small count is hidden
        Map<Long, int[]> counts = counts(1, new int[] {8, 2});
        var leaky = new OwnQuestionFigures.Result(Map.of(1L, new OwnQuestionFigures.Figure(10, null, Arrays.asList(8, null))),
                new OwnQuestionFigures.Figure(10, null, Arrays.asList(8, null)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> attack(counts, Set.of(1L), 2, leaky, 5)).isInstanceOf(AssertionError.class);
    }

    @Test
    void a_hidden_department_changes_no_shown_figure() {
        Random random = new Random(5);
        for (int run = 0; run < 200; run++) {
            int k = 3 + random.nextInt(4);
            Map<Long, int[]> counts = new LinkedHashMap<>();
            for (long d = 1; d <= 4; d++) {
                counts.put(d, new int[] {random.nextInt(15), random.nextInt(15), random.nextInt(15)});
            }
            Set<Long> shown = Set.of(1L, 2L, 3L);
            var before = OwnQuestionFigures.choice(counts, 3, shown, k);
            var ratingBefore = OwnQuestionFigures.rating(padded(counts), shown, k);
            counts.put(4L, new int[] {random.nextInt(15), random.nextInt(15), random.nextInt(15)});
            var after = OwnQuestionFigures.choice(counts, 3, shown, k);
            var ratingAfter = OwnQuestionFigures.rating(padded(counts), shown, k);
            assertThat(after).isEqualTo(before);
            assertThat(ratingAfter).isEqualTo(ratingBefore);
        }
    }

    private static Map<Long, int[]> padded(Map<Long, int[]> counts) {
        Map<Long, int[]> ratings = new LinkedHashMap<>();
        counts.forEach((d, c) -> ratings.put(d, new int[] {c[0], c[1], c[2], 0, 0}));
        return ratings;
    }

    private static int skewed(Random random, int options) {
        return random.nextInt(3) == 0 ? 0 : random.nextInt(options);
    }

    /** @return the number of hidden cells it tried */
    private static int attack(Map<Long, int[]> counts, Set<Long> shown, int options, OwnQuestionFigures.Result result, int k) {
        // the attacker's unknowns and equations; a strong attacker who knows which departments the table holds
        // (shown on the map, at least k answers), even where a department shows no figure at all
        List<Long> rows = new ArrayList<>();
        counts.forEach((d, c) -> {
            if (shown.contains(d) && Arrays.stream(c).sum() >= k) {
                rows.add(d);
            }
        });
        if (rows.isEmpty()) {
            assertThat(result.organisation().shown()).isFalse();
            assertThat(result.departments().values()).noneMatch(OwnQuestionFigures.Figure::shown);
            return 0;
        }
        Map<String, Integer> truth = new LinkedHashMap<>();
        Map<String, Integer> shownValues = new HashMap<>();
        int[] optionTotals = new int[options];
        int grand = 0;
        for (long d : rows) {
            OwnQuestionFigures.Figure f = result.departments().get(d);
            int total = 0;
            for (int o = 0; o < options; o++) {
                int v = counts.get(d)[o];
                total += v;
                optionTotals[o] += v;
                cell(truth, shownValues, "c" + d + "." + o, v, f.optionCounts().get(o));
                if (f.optionCounts().get(o) != null) {
                    assertThat(f.optionCounts().get(o)).as("a shown count").isEqualTo(v).isGreaterThanOrEqualTo(k);
                }
            }
            grand += total;
            cell(truth, shownValues, "n" + d, total, f.answers());
        }
        for (int o = 0; o < options; o++) {
            Integer organisation = result.organisation().optionCounts().isEmpty() ? null
                    : result.organisation().optionCounts().get(o);
            cell(truth, shownValues, "o" + o, optionTotals[o], organisation);
        }
        cell(truth, shownValues, "all", grand, result.organisation().answers());
        List<List<String>> groups = new ArrayList<>();
        for (long d : rows) {
            List<String> g = new ArrayList<>(List.of("n" + d));
            for (int o = 0; o < options; o++) {
                g.add("c" + d + "." + o);
            }
            groups.add(g);
        }
        for (int o = 0; o < options; o++) {
            List<String> g = new ArrayList<>(List.of("o" + o));
            for (long d : rows) {
                g.add("c" + d + "." + o);
            }
            groups.add(g);
        }
        List<String> byRows = new ArrayList<>(List.of("all"));
        rows.forEach(d -> byRows.add("n" + d));
        groups.add(byRows);
        List<String> byOptions = new ArrayList<>(List.of("all"));
        for (int o = 0; o < options; o++) {
            byOptions.add("o" + o);
        }
        groups.add(byOptions);

        List<String> unknowns = truth.keySet().stream().filter(c -> !shownValues.containsKey(c)).toList();
        double[][] matrix = new double[groups.size()][unknowns.size()];
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            for (int m = 0; m < group.size(); m++) {
                int u = unknowns.indexOf(group.get(m));
                if (u >= 0) {
                    matrix[g][u] += m == 0 ? 1 : -1;
                }
            }
            // one subtraction: a shown total with exactly one hidden member
            if (shownValues.containsKey(group.get(0))) {
                List<String> hidden = group.subList(1, group.size()).stream().filter(unknowns::contains).toList();
                assertThat(hidden.size()).as("total %s minus shown parts", group.get(0)).isNotEqualTo(1);
                if (!hidden.isEmpty()) {
                    assertThat(hidden.stream().mapToInt(truth::get).sum()).as("hidden under %s", group.get(0))
                            .isGreaterThanOrEqualTo(k);
                }
            }
        }
        int rank = rank(copy(matrix), unknowns.size());
        for (int u = 0; u < unknowns.size(); u++) {
            double[][] extended = Arrays.copyOf(copy(matrix), matrix.length + 1);
            extended[matrix.length] = new double[unknowns.size()];
            extended[matrix.length][u] = 1;
            assertThat(rank(extended, unknowns.size())).as("all equations together recover %s in %s, shown %s, k=%d",
                            unknowns.get(u), truth, shownValues, k)
                    .isGreaterThan(rank);
        }
        return unknowns.size();
    }

    private static void cell(Map<String, Integer> truth, Map<String, Integer> shown, String name, int value, Integer shownValue) {
        truth.put(name, value);
        if (shownValue != null) {
            assertThat(shownValue).as(name).isEqualTo(value);
            shown.put(name, shownValue);
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static int rank(double[][] m, int columns) {
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] t = m[rank];
            m[rank] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > 1e-9) {
                    double f = m[r][c] / m[rank][c];
                    for (int j = 0; j < columns; j++) {
                        m[r][j] -= f * m[rank][j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
