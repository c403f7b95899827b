package nl.onderstroom.base.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.onderstroom.base.disclosure.ComplementarySuppression.Zeros;

/**
 * Which respondent counts of a department tree may be shown: the one rule behind the live response counts and the
 * connection map ({@code docs/decisions/complementary-suppression.md}).
 *
 * <p>Cells are the counts that add up: each department's own respondents, the subtree total of each department with
 * sub-departments, and the organisation total. Groups say {@code total = sum(members)}: the organisation total over
 * all departments, over the top-level subtrees, and each subtree total over its department and its children's
 * subtrees. A cell below {@code k} is hidden (primary), a count of 0 too; the further hiding is the shared rule of
 * {@link ComplementarySuppression}, for counts of respondents: hidden members that are all 0 need no protection (a
 * count of 0 names nobody), a subtree total is hidden first. Its exact audit is {@link ExactAudit}: linear programs
 * for an attacker who knows which hidden counts are below {@code k} and which are not (at least {@code k}, or a
 * higher bound that other output gives away, see {@link Outcome#exposed(Map)}).
 *
 * <p>This class is the cell model: which cells and equations a department tree has, and what may be shown of them.
 * Pure Java (JDK and Commons Math): the scan feature and the pure map code both use it.
 */
public final class CountSuppression {

    /** A department with its parent and its count of respondents (0 or more). */
    public record Unit(long id, Long parentId, int count) {
        public Unit {
            if (count < 0) {
                throw new IllegalArgumentException("count must be >= 0: " + count);
            }
        }
    }

    /** {@code values[total] = sum of values[members]}. */
    public record Group(int total, int[] members) {
    }

    private CountSuppression() {
    }

    /**
     * Applies the rule to a department tree.
     *
     * @param units every department once, every parent present, no cycles
     * @param k     the anonymity threshold
     * @return what may be shown
     */
    public static Outcome suppress(List<Unit> units, int k) {
        return new Outcome(units, k);
    }

    /** Which counts are hidden; the counts themselves stay inside. */
    public static final class Outcome {

        private final int k;
        private final List<Unit> units;
        private final Map<Long, Integer> index = new HashMap<>();
        private final int[] subCell;
        private final int orgCell;
        private final int[] values;
        private final List<Group> groups = new ArrayList<>();
        private final BitSet hidden;
        private final ExactAudit audit;

        private Outcome(List<Unit> unsorted, int k) {
            this.k = k;
            this.units = Objects.requireNonNull(unsorted, "units").stream()
                    .sorted(Comparator.comparingLong(Unit::id)).toList();
            int n = units.size();
            List<List<Integer>> children = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (index.put(units.get(i).id(), i) != null) {
                    throw new IllegalArgumentException("duplicate department " + units.get(i).id());
                }
                children.add(new ArrayList<>());
            }
            List<Integer> top = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Long parent = units.get(i).parentId();
                if (parent == null) {
                    top.add(i);
                } else {
                    Integer p = index.get(parent);
                    if (p == null) {
                        throw new IllegalArgumentException("unknown parent " + parent + " of " + units.get(i).id());
                    }
                    children.get(p).add(i);
                }
            }
            subCell = new int[n];
            int next = n;
            for (int i = 0; i < n; i++) {
                subCell[i] = children.get(i).isEmpty() ? i : next++;
            }
            orgCell = next;
            values = new int[orgCell + 1];
            for (int i = 0; i < n; i++) {
                values[i] = units.get(i).count();
                values[orgCell] += values[i];
            }
            for (int i = 0; i < n; i++) {
                if (subCell[i] != i) {
                    values[subCell[i]] = subtreeSum(i, children, 0);
                }
            }
            groups.add(new Group(orgCell, range(n)));
            groups.add(new Group(orgCell, top.stream().mapToInt(i -> subCell[i]).toArray()));
            for (int i = 0; i < n; i++) {
                if (subCell[i] != i) {
                    int[] members = new int[children.get(i).size() + 1];
                    members[0] = i;
                    for (int c = 0; c < children.get(i).size(); c++) {
                        members[c + 1] = subCell[children.get(i).get(c)];
                    }
                    groups.add(new Group(subCell[i], members));
                }
            }
            BitSet primary = new BitSet(values.length);
            for (int c = 0; c < values.length; c++) {
                if (values[c] < k) {
                    primary.set(c);
                }
            }
            BitSet cheap = new BitSet(values.length);
            cheap.set(n, orgCell);
            audit = new ExactAudit(values, groups, k);
            hidden = ComplementarySuppression.hide(values, primary, groups, k, cheap, Zeros.NAME_NOBODY,
                    h -> audit.firstExposed(h, Map.of()));
        }

        private int subtreeSum(int i, List<List<Integer>> children, int depth) {
            if (depth > units.size()) {
                throw new IllegalArgumentException("department tree has a cycle at " + units.get(i).id());
            }
            int sum = values[i];
            for (int c : children.get(i)) {
                sum += subtreeSum(c, children, depth + 1);
            }
            return sum;
        }

        /** Whether the own count of this department is shown. */
        public boolean countShown(long departmentId) {
            return !hidden.get(cellOf(departmentId));
        }

        /** Whether this department's own count is below k (and so hidden); otherwise a hidden count is at least k. */
        public boolean belowK(long departmentId) {
            return values[cellOf(departmentId)] < k;
        }

        /** The subtree total (the department and everything below it) when shown, else {@code null}. */
        public Integer subtreeShown(long departmentId) {
            int c = subCell[cellOf(departmentId)];
            return hidden.get(c) ? null : values[c];
        }

        /** The organisation total when shown, else {@code null}. */
        public Integer totalShown() {
            return hidden.get(orgCell) ? null : values[orgCell];
        }

        /**
         * The departments whose own count is hidden although it is at least k: hidden so that a smaller one cannot
         * be worked out.
         */
        public List<Long> hiddenAtLeastK() {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                if (hidden.get(i) && values[i] >= k) {
                    out.add(units.get(i).id());
                }
            }
            return out;
        }

        /**
         * Whether a hidden count below k becomes known when other output proves that some departments whose
         * count is hidden have at least so many respondents (a shown connection rated by r of them proves r).
         *
         * @param lowerBounds department id to a proven lower bound of its own count
         * @return the ids of departments (or subtree roots) whose hidden small count would become known; empty when
         *         none
         */
        public List<Long> exposed(Map<Long, Integer> lowerBounds) {
            Map<Integer, Integer> byCell = new HashMap<>();
            lowerBounds.forEach((id, bound) -> {
                if (bound > k) {
                    byCell.put(cellOf(id), bound);
                }
            });
            if (byCell.isEmpty()) {
                return List.of(); // nothing beyond "at least k", which the rule has already checked
            }
            int cell = audit.firstExposed(hidden, byCell);
            if (cell < 0) {
                return List.of();
            }
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                if (i == cell || subCell[i] == cell) {
                    out.add(units.get(i).id());
                }
            }
            if (cell == orgCell) {
                units.forEach(u -> out.add(u.id()));
            }
            return out;
        }

        private int cellOf(long departmentId) {
            Integer i = index.get(departmentId);
            if (i == null) {
                throw new IllegalArgumentException("unknown department " + departmentId);
            }
            return i;
        }
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
