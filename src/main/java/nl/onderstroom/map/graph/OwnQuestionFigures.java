package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.onderstroom.base.disclosure.CountSuppression;
import nl.onderstroom.base.disclosure.TableSuppression;

/**
 * The figures of an advisor's own questions (docs/decisions/own-questions-results.md), per department and for the
 * organisation, under the same anonymity rules as the map:
 *
 * <ul>
 * <li>only departments the map shows take part; a department the map hides (primary or complementary) adds
 *     nothing to any figure here, the organisation's included (as rule 6 of docs/measures.md for themes);</li>
 * <li>a rating is shown as a mean where at least {@code k} answered; the organisation's mean pools the shown cells;</li>
 * <li>a choice is a table departments × options with their totals. Every count below {@code k} is hidden, zero
 *     included (a zero says "nobody here chose it", which is an answer about everyone), and the project's
 *     complementary suppression ({@link CountSuppression}, with its exact linear audit) hides further counts until
 *     no hidden count follows from the shown ones by subtraction;</li>
 * <li>typed answers are listed per department from the story threshold on; the organisation's list holds those
 *     and the rest of the shown departments' answers only when that rest alone reaches the story threshold and comes
 *     from at least two departments (otherwise "organisation minus the departments" would name a department's
 *     answers).</li>
 * </ul>
 */
public final class OwnQuestionFigures {

    /**
     * One cell: {@code answers} null when not shown (the output never says why).
     *
     * @param mean         a rating's mean, else null
     * @param optionCounts a choice's count per option (index as the question's options), null where hidden; empty
     *                     for a rating
     */
    public record Figure(Integer answers, Double mean, List<Integer> optionCounts) {

        public static final Figure NOT_SHOWN = new Figure(null, null, List.of());

        public Figure {
            optionCounts = optionCounts == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(optionCounts));
        }

        public boolean shown() {
            return answers != null;
        }

        /** The share of the answers that chose {@code option}, or null when its count or the total is hidden. */
        public Double share(int option) {
            Integer count = option < optionCounts.size() ? optionCounts.get(option) : null;
            return count == null || answers == null || answers == 0 ? null : (double) count / answers;
        }
    }

    /** Per department (every department that was given, shown or not) and for the organisation. */
    public record Result(Map<Long, Figure> departments, Figure organisation) {
    }

    /** Typed answers as they may be shown: per department, and the organisation's list. */
    public record Texts<T>(Map<Long, List<T>> departments, List<T> organisation) {
    }

    private OwnQuestionFigures() {
    }

    /**
     * @param counts per department, the count of ratings 1..5 at index 0..4
     * @param shown  the departments the map shows
     */
    public static Result rating(Map<Long, int[]> counts, Set<Long> shown, int k) {
        Map<Long, Figure> departments = new TreeMap<>();
        long allAnswers = 0;
        long allSum = 0;
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            int answers = Distribution.answers(c);
            long sum = Distribution.weightedSum(c, 1);
            if (shown.contains(e.getKey()) && answers >= k && answers > 0) {
                departments.put(e.getKey(), new Figure(answers, (double) sum / answers, List.of()));
                allAnswers += answers;
                allSum += sum;
            } else {
                departments.put(e.getKey(), Figure.NOT_SHOWN);
            }
        }
        Figure organisation = allAnswers >= k && allAnswers > 0
                ? new Figure((int) allAnswers, (double) allSum / allAnswers, List.of()) : Figure.NOT_SHOWN;
        return new Result(departments, organisation);
    }

    /**
     * @param counts  per department, the count per option (index as the question's options)
     * @param options the number of options
     * @param shown   the departments the map shows
     */
    public static Result choice(Map<Long, int[]> counts, int options, Set<Long> shown, int k) {
        Map<Long, Figure> departments = new TreeMap<>();
        List<Long> rows = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : new TreeMap<>(counts).entrySet()) {
            if (shown.contains(e.getKey()) && sum(e.getValue(), options) >= k) {
                rows.add(e.getKey());
            } else {
                departments.put(e.getKey(), Figure.NOT_SHOWN);
            }
        }
        if (rows.isEmpty()) {
            return new Result(departments, Figure.NOT_SHOWN);
        }
        // cells: row r option o at r * options + o; row totals; option totals; the grand total
        int r = rows.size();
        int rowTotal = r * options;
        int optionTotal = rowTotal + r;
        int grand = optionTotal + options;
        int[] values = new int[grand + 1];
        for (int i = 0; i < r; i++) {
            int[] c = counts.get(rows.get(i));
            for (int o = 0; o < options; o++) {
                int v = o < c.length ? c[o] : 0;
                values[i * options + o] = v;
                values[rowTotal + i] += v;
                values[optionTotal + o] += v;
                values[grand] += v;
            }
        }
        BitSet primary = new BitSet(values.length);
        for (int cell = 0; cell < values.length; cell++) {
            if (values[cell] < k) {
                primary.set(cell);
            }
        }
        List<CountSuppression.Group> groups = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            int[] members = new int[options];
            for (int o = 0; o < options; o++) {
                members[o] = i * options + o;
            }
            groups.add(new CountSuppression.Group(rowTotal + i, members));
        }
        for (int o = 0; o < options; o++) {
            int[] members = new int[r];
            for (int i = 0; i < r; i++) {
                members[i] = i * options + o;
            }
            groups.add(new CountSuppression.Group(optionTotal + o, members));
        }
        int[] rowTotals = new int[r];
        for (int i = 0; i < r; i++) {
            rowTotals[i] = rowTotal + i;
        }
        int[] optionTotals = new int[options];
        for (int o = 0; o < options; o++) {
            optionTotals[o] = optionTotal + o;
        }
        groups.add(new CountSuppression.Group(grand, rowTotals));
        groups.add(new CountSuppression.Group(grand, optionTotals));
        BitSet hidden = TableSuppression.suppress(values, primary, groups, k, new BitSet());
        for (int i = 0; i < r; i++) {
            List<Integer> shownCounts = new ArrayList<>(options);
            for (int o = 0; o < options; o++) {
                int cell = i * options + o;
                shownCounts.add(hidden.get(cell) ? null : values[cell]);
            }
            departments.put(rows.get(i), hidden.get(rowTotal + i)
                    ? new Figure(null, null, shownCounts) : new Figure(values[rowTotal + i], null, shownCounts));
        }
        List<Integer> organisationCounts = new ArrayList<>(options);
        for (int o = 0; o < options; o++) {
            organisationCounts.add(hidden.get(optionTotal + o) ? null : values[optionTotal + o]);
        }
        Figure organisation = new Figure(hidden.get(grand) ? null : values[grand], null, organisationCounts);
        return new Result(departments, organisation);
    }

    /**
     * @param byDepartment   typed answers per department
     * @param shown          the departments the map shows
     * @param storyThreshold the scan's story threshold (never below k)
     */
    public static <T> Texts<T> texts(Map<Long, List<T>> byDepartment, Set<Long> shown, int storyThreshold) {
        Map<Long, List<T>> departments = new LinkedHashMap<>();
        List<T> organisation = new ArrayList<>();
        List<T> rest = new ArrayList<>();
        Set<Long> restFrom = new HashSet<>();
        for (Map.Entry<Long, List<T>> e : new TreeMap<>(byDepartment).entrySet()) {
            if (!shown.contains(e.getKey()) || e.getValue().isEmpty()) {
                continue;
            }
            if (e.getValue().size() >= storyThreshold) {
                departments.put(e.getKey(), List.copyOf(e.getValue()));
                organisation.addAll(e.getValue());
            } else {
                rest.addAll(e.getValue());
                restFrom.add(e.getKey());
            }
        }
        if (rest.size() >= storyThreshold && restFrom.size() >= 2) {
            organisation.addAll(rest);
        }
        return new Texts<>(departments, organisation.size() >= storyThreshold ? List.copyOf(organisation) : List.of());
    }

    private static int sum(int[] counts, int options) {
        int sum = 0;
        for (int o = 0; o < Math.min(options, counts.length); o++) {
            sum += counts[o];
        }
        return sum;
    }
}
