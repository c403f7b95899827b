package nl.onderstroom.base.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import nl.onderstroom.base.disclosure.CountSuppression.Group;
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
 * The exact audit of {@link CountSuppression}: for every hidden count from 1 to k - 1, two linear programs over all
 * group equations find the smallest and largest value an attacker can give it, knowing which hidden counts are below
 * k (between 0 and k - 1) and which are not (at least k, or a higher proven bound). If both are the same, the count
 * is known. The group equations of a tree form a laminar family, so the linear programs have integral optima: the
 * bounds are exact. Apart from the cell model so that the model can be read without the linear programming.
 */
final class ExactAudit {

    private static final double EPS = 1e-6;

    private final int[] values;
    private final List<Group> groups;
    private final int k;
    private final String[] signatures;

    ExactAudit(int[] values, List<Group> groups, int k) {
        this.values = values;
        this.groups = groups;
        this.k = k;
        this.signatures = new String[values.length];
    }

    /**
     * The first hidden count from 1 to k - 1 whose value an attacker can pin down, or -1. The attacker knows
     * every shown count, every group equation, that a hidden count below k lies in 0..k-1, and that any other
     * hidden count is at least k, or at least {@code lowerBounds} of its cell where that is higher.
     */
    int firstExposed(BitSet h, Map<Integer, Integer> lowerBounds) {
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
            for (int c : ComplementarySuppression.cells(group)) {
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
        if (signatures[c] == null) {
            StringBuilder b = new StringBuilder();
            for (int g = 0; g < groups.size(); g++) {
                Group group = groups.get(g);
                if (group.total() == c) {
                    b.append('+').append(g);
                } else if (ComplementarySuppression.contains(group, c)) {
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
}
