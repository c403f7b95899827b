package nl.onderstroom.base.disclosure;

import java.util.BitSet;
import java.util.List;
import java.util.function.ToIntFunction;

import nl.onderstroom.base.disclosure.CountSuppression.Group;

/**
 * The one hiding rule behind every suppressed table of counts (the department tree of {@link CountSuppression}, the
 * cross tables of {@link TableSuppression}): for every group whose total is shown, its hidden members must be none,
 * or at least two that together hold at least {@code k}; otherwise one more cell is hidden (the total when it is a
 * cheap derived total, else the smallest shown member, else the total). Groups overlap, so this runs until nothing
 * changes; then the caller's exact audit names a hidden cell an attacker could still work out, and a cell next to it
 * is hidden, until the audit finds none.
 *
 * <p>Whether a hidden zero needs protecting is decided here, once, by what the counts are ({@link Zeros}).
 */
final class ComplementarySuppression {

    /** What a count of 0 says, and so whether a hidden group of zeros may be left alone. */
    enum Zeros {
        /**
         * Respondents per department: "total minus shown = 0" says only that nobody of those departments took part.
         * It names no respondent and no answer, so hidden members that are all 0 are safe
         * ({@code docs/decisions/complementary-suppression.md}). A zero is still hidden like any count below k.
         */
        NAME_NOBODY,
        /**
         * Answers per department and option: a 0 says "nobody here chose it", an answer about everyone in the
         * department, so it is protected like any small count.
         */
        ARE_ANSWERS
    }

    private ComplementarySuppression() {
    }

    /**
     * @param values  the true counts per cell
     * @param primary cells hidden because they are below k
     * @param groups  the equations {@code values[total] = sum(values[members])} that the shown output satisfies
     * @param cheap   totals that are hidden first when a group needs one more hidden cell (derived subtotals, whose
     *                loss costs less than a department's own count)
     * @param zeros   what a count of 0 says
     * @param audit   given the hidden cells, the first hidden cell whose value follows from the output, or -1
     * @return all hidden cells: the primary ones and the complementary ones
     */
    static BitSet hide(int[] values, BitSet primary, List<Group> groups, int k, BitSet cheap, Zeros zeros,
                       ToIntFunction<BitSet> audit) {
        BitSet hidden = (BitSet) primary.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Group group : groups) {
                if (!hidden.get(group.total()) && !safe(group, values, hidden, k, zeros)) {
                    if (cheap.get(group.total())) {
                        hidden.set(group.total());
                    } else {
                        hideSmallestShown(group, values, hidden);
                    }
                    changed = true;
                }
            }
            if (!changed) {
                int exposed = audit.applyAsInt(hidden);
                if (exposed >= 0) {
                    changed = hideCheapNextTo(exposed, hidden, groups, cheap) || hideNextTo(exposed, values, hidden, groups);
                }
            }
        }
        return hidden;
    }

    /** Hidden members: none, all empty (when a zero names nobody), or at least two holding at least k together. */
    static boolean safe(Group group, int[] values, BitSet hidden, int k, Zeros zeros) {
        int count = 0;
        long sum = 0;
        for (int m : group.members()) {
            if (hidden.get(m)) {
                count++;
                sum += values[m];
            }
        }
        return count == 0 || (zeros == Zeros.NAME_NOBODY && sum == 0) || (count >= 2 && sum >= k);
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
            if (contains(group, cell)) {
                for (int c : cells(group)) {
                    if (cheap.get(c) && !hidden.get(c)) {
                        hidden.set(c);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Hides the smallest shown cell sharing a group with {@code cell}, else the smallest shown cell of any group;
     * false when there is none left.
     */
    private static boolean hideNextTo(int cell, int[] values, BitSet hidden, List<Group> groups) {
        int smallest = -1;
        for (boolean sameGroupOnly : new boolean[] {true, false}) {
            for (Group group : groups) {
                if (sameGroupOnly && !contains(group, cell)) {
                    continue;
                }
                for (int c : cells(group)) {
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

    static boolean contains(Group group, int cell) {
        if (group.total() == cell) {
            return true;
        }
        for (int m : group.members()) {
            if (m == cell) {
                return true;
            }
        }
        return false;
    }

    /** The total first, then the members. */
    static int[] cells(Group group) {
        int[] cells = new int[group.members().length + 1];
        cells[0] = group.total();
        System.arraycopy(group.members(), 0, cells, 1, group.members().length);
        return cells;
    }
}
