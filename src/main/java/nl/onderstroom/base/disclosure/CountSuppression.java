package nl.onderstroom.base.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Which respondent counts of a department tree may be shown: the one rule behind the live response counts and the
 * connection map ({@code docs/decisions/complementary-suppression.md}).
 *
 * <p>Cells are the counts that add up: each department's own respondents, the subtree total of each department with
 * sub-departments, and the organisation total. Groups say {@code total = sum(members)}: the organisation total over
 * all departments, over the top-level subtrees, and each subtree total over its department and its children's
 * subtrees. A cell below {@code k} is hidden (primary); then, for every group whose total is shown, its hidden
 * members must be none, all empty (a count of 0 names nobody), or at least two that together hold at least
 * {@code k}; else a further cell is hidden (a subtree total first, else the smallest shown member, else the total).
 * Last, an exact audit: for every hidden count from 1 to {@code k - 1}, two linear programs over all group equations
 * find the smallest and largest value an attacker can give it, knowing which hidden counts are below {@code k}
 * (between 0 and {@code k - 1}) and which are not (at least {@code k}, or a higher bound that other output gives
 * away, see {@link Outcome#exposed(Map)}). If both are the same, the count is known and a further count is hidden.
 * The group equations form a laminar family, so the linear programs have integral optima: the bounds are exact.
 *
 * <p>Pure Java (JDK and Commons Math): the scan feature and the pure map code both use it.
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

    private static final double EPS = 1e-6;

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
        private String[] signatures;

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
            hidden = run(primary, cheap);
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

        private BitSet run(BitSet primary, BitSet cheap) {
            BitSet h = (BitSet) primary.clone();
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Group group : groups) {
                    if (!h.get(group.total()) && !safe(group, h)) {
                        if (cheap.get(group.total())) {
                            h.set(group.total());
                        } else {
                            hideSmallestShown(group, h);
                        }
                        changed = true;
                    }
                }
                if (!changed) {
                    int exposed = firstExposed(h, Map.of());
                    if (exposed >= 0) {
                        changed = hideCheapNextTo(exposed, h, cheap) || hideNextTo(exposed, h);
                    }
                }
            }
            return h;
        }

        /** Hidden members: none, all empty, or at least two holding at least k together. */
        private boolean safe(Group group, BitSet h) {
            int count = 0;
            long sum = 0;
            for (int m : group.members()) {
                if (h.get(m)) {
                    count++;
                    sum += values[m];
                }
            }
            return count == 0 || sum == 0 || (count >= 2 && sum >= k);
        }

        private void hideSmallestShown(Group group, BitSet h) {
            int smallest = -1;
            for (int m : group.members()) {
                if (!h.get(m) && (smallest < 0 || values[m] < values[smallest]
                        || (values[m] == values[smallest] && m < smallest))) {
                    smallest = m;
                }
            }
            h.set(smallest >= 0 ? smallest : group.total());
        }

        private boolean hideCheapNextTo(int cell, BitSet h, BitSet cheap) {
            for (Group group : groups) {
                if (contains(group, cell)) {
                    for (int c : cells(group)) {
                        if (cheap.get(c) && !h.get(c)) {
                            h.set(c);
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean hideNextTo(int cell, BitSet h) {
            int smallest = -1;
            for (boolean sameGroupOnly : new boolean[] {true, false}) {
                for (Group group : groups) {
                    if (sameGroupOnly && !contains(group, cell)) {
                        continue;
                    }
                    for (int c : cells(group)) {
                        if (!h.get(c) && (smallest < 0 || values[c] < values[smallest]
                                || (values[c] == values[smallest] && c < smallest))) {
                            smallest = c;
                        }
                    }
                }
                if (smallest >= 0) {
                    h.set(smallest);
                    return true;
                }
            }
            return false;
        }

        /**
         * The first hidden count from 1 to k - 1 whose value an attacker can pin down, or -1. The attacker knows
         * every shown count, every group equation, that a hidden count below k lies in 0..k-1, and that any other
         * hidden count is at least k, or at least {@code lowerBounds} of its department where that is higher.
         */
        private int firstExposed(BitSet h, Map<Integer, Integer> lowerBounds) {
            int[] column = new int[values.length];
            List<Integer> variables = new ArrayList<>();
            for (int c = h.nextSetBit(0); c >= 0; c = h.nextSetBit(c + 1)) {
                column[c] = variables.size();
                variables.add(c);
            }
            int nv = variables.size();
            List<LinearConstraint> constraints = new ArrayList<>();
            for (Group group : groups) {
                double[] row = new double[nv];
                double constant = 0;
                boolean any = false;
                for (int c : cells(group)) {
                    double sign = c == group.total() ? 1 : -1;
                    if (h.get(c)) {
                        row[column[c]] += sign;
                        any = true;
                    } else {
                        constant -= sign * values[c];
                    }
                }
                if (any) {
                    constraints.add(new LinearConstraint(row, Relationship.EQ, constant));
                }
            }
            for (int v = 0; v < nv; v++) {
                int c = variables.get(v);
                double[] unit = new double[nv];
                unit[v] = 1;
                if (values[c] < k) {
                    constraints.add(new LinearConstraint(unit, Relationship.LEQ, k - 1));
                } else {
                    constraints.add(new LinearConstraint(unit, Relationship.GEQ,
                            Math.max(k, lowerBounds.getOrDefault(c, k))));
                }
            }
            for (int v = 0; v < nv; v++) {
                int c = variables.get(v);
                if (values[c] >= 1 && values[c] < k && !hasTwin(c, h, lowerBounds) && pinned(v, nv, constraints)) {
                    return c;
                }
            }
            return -1;
        }

        /**
         * A quick proof that a hidden count is not pinned, which spares the linear programs in most trees: another
         * hidden cell in exactly the same equations (a sibling) that can give or take one respondent within its
         * bounds. Moving one between them keeps every equation, so the attacker sees two possible values.
         */
        private boolean hasTwin(int c, BitSet h, Map<Integer, Integer> lowerBounds) {
            String signature = signature(c);
            for (int o = h.nextSetBit(0); o >= 0; o = h.nextSetBit(o + 1)) {
                if (o == c || !signature.equals(signature(o))) {
                    continue;
                }
                int low = values[o] < k ? 0 : Math.max(k, lowerBounds.getOrDefault(o, k));
                boolean canTake = values[o] < k ? values[o] + 1 <= k - 1 : true;
                boolean canGive = values[o] - 1 >= low && values[c] + 1 <= k - 1;
                if (canTake || canGive) {
                    return true;
                }
            }
            return false;
        }

        /** The groups a cell is in, with its sign in each: cells with the same signature can trade. */
        private String signature(int c) {
            if (signatures == null) {
                signatures = new String[values.length];
            }
            if (signatures[c] == null) {
                StringBuilder b = new StringBuilder();
                for (int g = 0; g < groups.size(); g++) {
                    Group group = groups.get(g);
                    if (group.total() == c) {
                        b.append('+').append(g);
                    } else if (contains(group, c)) {
                        b.append('-').append(g);
                    }
                }
                signatures[c] = b.toString();
            }
            return signatures[c];
        }

        private static boolean pinned(int v, int nv, List<LinearConstraint> constraints) {
            double[] objective = new double[nv];
            objective[v] = 1;
            double min = optimum(objective, constraints, GoalType.MINIMIZE);
            double max = optimum(objective, constraints, GoalType.MAXIMIZE);
            return max - min < 0.5;
        }

        /** The optimum; +infinity when unbounded; NaN (counted as pinned) when the solver gives up. */
        private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
            try {
                PointValuePair p = new SimplexSolver(EPS).optimize(new MaxIter(10_000),
                        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                        new NonNegativeConstraint(true));
                return p.getValue();
            } catch (UnboundedSolutionException e) {
                return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            } catch (NoFeasibleSolutionException | TooManyIterationsException e) {
                return Double.NaN;
            }
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
            int cell = firstExposed(hidden, byCell);
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

    static int[] cells(Group group) {
        int[] cells = new int[group.members().length + 1];
        cells[0] = group.total();
        System.arraycopy(group.members(), 0, cells, 1, group.members().length);
        return cells;
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
