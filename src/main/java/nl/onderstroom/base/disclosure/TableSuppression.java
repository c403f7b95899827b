package nl.onderstroom.base.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import nl.onderstroom.base.disclosure.ComplementarySuppression.Zeros;
import nl.onderstroom.base.disclosure.CountSuppression.Group;

/**
 * Complementary suppression of counts in a cross table (department x answer option) whose row and column totals
 * are shown; the department tree itself is suppressed by {@link CountSuppression}.
 *
 * <p>The hiding rule is the shared one ({@link ComplementarySuppression}) for answers: a 0 says "nobody here chose
 * it", so a hidden zero is protected like any small count. The exact audit here is linear algebra: no hidden cell
 * may be determined by all the shown equations together; if one is, a further cell is hidden.
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
        return ComplementarySuppression.hide(values, primary, groups, k, cheap, Zeros.ARE_ANSWERS,
                hidden -> firstDetermined(groups, hidden));
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
