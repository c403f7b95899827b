package nl.onderstroom.base.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import nl.onderstroom.base.disclosure.CountSuppression.Group;

/**
 * Complementary suppression of counts in a cross table (department x answer option) whose row and column totals
 * are shown; the department tree itself is suppressed by {@link CountSuppression}.
 *
 * <p>A cell is one count (a department's own respondents, a subtree total, the organisation
 * total). A group says {@code total = sum(members)}. Rule, for every group whose total is shown:
 * its hidden members are none, or at least two that together hold at least {@code k}
 * respondents; otherwise a further cell is hidden: the total itself when it is a cheap derived total
 * (a subtree sum), else the smallest shown member, or the total when no member is left. Because groups overlap (a subtree total is a member of its parent's group), the rule is
 * applied until nothing changes, and then an exact linear audit checks that no hidden cell is
 * determined by all the shown equations together; if one is, a further cell is hidden.
 */
public final class TableSuppression {

    private static final double EPS = 1e-9;

    private TableSuppression() {
    }

    /**
     * @param values  the true counts per cell
     * @param primary cells already hidden (below {@code k})
     * @param cheap   cells that are hidden first when a group needs one more hidden cell: derived totals (a
     *                subtree's sum) whose loss costs less than hiding a department with all its figures. The
     *                organisation total is not cheap: the live response counts show it anyway.
     * @return all hidden cells: the primary ones and the complementary ones
     */
    public static BitSet suppress(int[] values, BitSet primary, List<Group> groups, int k, BitSet cheap) {
        BitSet hidden = (BitSet) primary.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group group : groups) {
                if (!hidden.get(group.total()) && !safe(group, values, hidden, k)) {
                    if (cheap.get(group.total())) {
                        hidden.set(group.total());
                    } else {
                        hideSmallestShown(group, values, hidden);
                    }
                    changed = true;
                }
            }
            if (!changed) {
                int determined = firstDetermined(groups, hidden);
                if (determined >= 0) {
                    changed = hideCheapNextTo(determined, hidden, groups, cheap)
                            || hideNextTo(determined, values, hidden, groups);
                }
            }
        }
        return hidden;
    }

    private static boolean safe(Group group, int[] values, BitSet hidden, int k) {
        int count = 0;
        long sum = 0;
        for (int m : group.members()) {
            if (hidden.get(m)) {
                count++;
                sum += values[m];
            }
        }
        return count == 0 || (count >= 2 && sum >= k);
    }

    private static void hideSmallestShown(Group group, int[] values, BitSet hidden) {
        int smallest = -1;
        for (int m : group.members()) {
            if (!hidden.get(m) && (smallest < 0 || values[m] < values[smallest]
                    || (values[m] == values[smallest] && m < smallest))) {
                smallest = m;
            }
        }
        hidden.set(smallest >= 0 ? smallest : group.total());
    }

    /** Hides a shown cheap cell sharing a group with {@code cell}; false when there is none. */
    private static boolean hideCheapNextTo(int cell, BitSet hidden, List<Group> groups, BitSet cheap) {
        for (Group group : groups) {
            if (CountSuppression.contains(group, cell)) {
                for (int c : CountSuppression.cells(group)) {
                    if (cheap.get(c) && !hidden.get(c)) {
                        hidden.set(c);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Hides the smallest shown cell sharing a group with {@code cell}; false when there is none left. */
    private static boolean hideNextTo(int cell, int[] values, BitSet hidden, List<Group> groups) {
        int smallest = -1;
        for (boolean sameGroupOnly : new boolean[] {true, false}) {
            for (Group group : groups) {
                if (sameGroupOnly && !CountSuppression.contains(group, cell)) {
                    continue;
                }
                for (int c : CountSuppression.cells(group)) {
                    if (!hidden.get(c) && (smallest < 0 || values[c] < values[smallest]
                            || (values[c] == values[smallest] && c < smallest))) {
                        smallest = c;
                    }
                }
            }
            if (smallest >= 0) {
                hidden.set(smallest);
                return true;
            }
        }
        return false;
    }

    /**
     * The first hidden cell whose value follows from the shown cells and the group equations,
     * or -1. A variable is determined exactly when its unit vector lies in the row space of the
     * equations restricted to the hidden cells; in reduced row echelon form that is a row with a
     * single non-zero entry.
     */
    static int firstDetermined(List<Group> groups, BitSet hidden) {
        int[] column = new int[hidden.length()];
        List<Integer> variables = new ArrayList<>();
        for (int c = hidden.nextSetBit(0); c >= 0; c = hidden.nextSetBit(c + 1)) {
            column[c] = variables.size();
            variables.add(c);
        }
        List<double[]> rows = new ArrayList<>();
        for (Group group : groups) {
            double[] row = new double[variables.size()];
            boolean any = false;
            if (hidden.get(group.total())) {
                row[column[group.total()]] += 1;
                any = true;
            }
            for (int m : group.members()) {
                if (hidden.get(m)) {
                    row[column[m]] -= 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] matrix = rows.toArray(new double[0][]);
        int rank = reduce(matrix, variables.size());
        for (int r = 0; r < rank; r++) {
            int nonZero = -1;
            int count = 0;
            for (int c = 0; c < variables.size(); c++) {
                if (Math.abs(matrix[r][c]) > EPS) {
                    count++;
                    nonZero = c;
                }
            }
            if (count == 1) {
                return variables.get(nonZero);
            }
        }
        return -1;
    }

    /** Gauss–Jordan elimination in place; returns the rank (the first rank rows are the reduced rows). */
    static int reduce(double[][] m, int columns) {
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > EPS && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            double p = m[rank][c];
            for (int j = 0; j < columns; j++) {
                m[rank][j] /= p;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][c]) > EPS) {
                    double f = m[r][c];
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
