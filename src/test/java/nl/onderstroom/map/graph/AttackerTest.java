package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

/**
 * Plays the attacker: takes only what the output shows (the tree, shown counts, subtree totals,
 * the organisation total, shown edges and which departments show figures) and tries to recover a hidden
 * count, first by every single subtraction "total minus shown parts", then by combining all equations
 * (linear algebra), then by combining them with the bounds the output proves (linear programming).
 */
class AttackerTest {

    @Test
    void no_hidden_department_count_can_be_worked_out_by_subtraction_in_hand_made_cases() {
        List<Scenario> cases = List.of(
                new Scenario().dept(1, 20).dept(2, 8).dept(3, 6).dept(4, 3),
                new Scenario().dept(1, 20).dept(2, 0).dept(3, 9),
                new Scenario().dept(1, null, 10).dept(2, 1L, 12).dept(3, 1L, 3).dept(4, null, 30),
                new Scenario().dept(1, null, 0).dept(2, 1L, 12).dept(3, 2L, 3).dept(4, 2L, 9).dept(5, 1L, 40),
                new Scenario().dept(1, null, 6).dept(2, 1L, 1).dept(3, 2L, 1).dept(4, 3L, 1).dept(5, 4L, 30));
        for (Scenario scenario : cases) {
            for (int k = 3; k <= 6; k++) {
                attack(scenario, k);
            }
        }
    }

    @Test
    void no_hidden_count_can_be_worked_out_in_many_random_organisations() {
        Random random = new Random(7);
        for (int run = 0; run < 600; run++) {
            Scenario scenario = randomOrganisation(random);
            attack(scenario, 3 + random.nextInt(5));
        }
    }

    /**
     * Asserts that no hidden count from 1 to k - 1 follows from what is shown, and that every shown item has at
     * least k. The attacker knows the tree, every shown count, that a department with figures has at least k
     * respondents and at least as many as any of its shown connections, and (more than the output says) for every
     * other hidden count whether it is below k.
     */
    private static void attack(Scenario scenario, int k) {
        OrganisationMap map = scenario.compute(k);
        Map<Long, Integer> trueCounts = new HashMap<>();
        scenario.tallies.forEach(t -> trueCounts.put(t.departmentId(), t.respondents()));

        // primary rule on everything that is shown
        for (MapNode node : map.nodes()) {
            if (!node.suppressed()) {
                assertThat(trueCounts.get(node.id())).isGreaterThanOrEqualTo(k);
                if (!node.figures().countHidden()) {
                    assertThat(node.figures().respondents()).isEqualTo(trueCounts.get(node.id()));
                }
            }
            if (node.subtreeRespondents() != null) {
                assertThat(node.subtreeRespondents()).isGreaterThanOrEqualTo(k);
            }
        }
        Map<Long, Integer> provenAtLeast = new HashMap<>();
        for (MapEdge edge : map.edges()) {
            assertThat(edge.figures().respondents()).isGreaterThanOrEqualTo(k);
            assertThat(map.node(edge.from()).orElseThrow().suppressed())
                    .as("a shown edge of a department without figures").isFalse();
            provenAtLeast.merge(edge.from(), edge.figures().respondents(), Math::max);
        }
        if (map.metrics().totalRespondents() != null) {
            assertThat(map.metrics().totalRespondents()).isGreaterThanOrEqualTo(k);
        }

        // what the attacker can write down: unknowns and equations sum(coef * x) = constant
        Equations eq = new Equations(k);
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> top = new ArrayList<>();
        for (MapNode node : map.nodes()) {
            if (node.parentId() == null) {
                top.add(node.id());
            } else {
                children.computeIfAbsent(node.parentId(), x -> new ArrayList<>()).add(node.id());
            }
        }
        Map<Long, String> own = new HashMap<>();
        Map<Long, String> sub = new HashMap<>();
        for (MapNode node : map.nodes()) {
            Integer shownCount = node.suppressed() ? null : node.figures().respondents();
            own.put(node.id(), eq.cell("own" + node.id(), shownCount, trueCounts.getOrDefault(node.id(), 0),
                    node.suppressed() ? 0 : Math.max(k, provenAtLeast.getOrDefault(node.id(), 0))));
            boolean leaf = !children.containsKey(node.id());
            sub.put(node.id(), leaf ? own.get(node.id())
                    : eq.cell("sub" + node.id(), node.subtreeRespondents(), trueSubtree(node.id(), children, trueCounts), 0));
        }
        String total = eq.cell("total", map.metrics().totalRespondents(),
                trueCounts.values().stream().mapToInt(Integer::intValue).sum(), 0);
        eq.equation(total, map.nodes().stream().map(n -> own.get(n.id())).toList());
        eq.equation(total, top.stream().map(sub::get).toList());
        children.forEach((parent, kids) -> {
            List<String> members = new ArrayList<>();
            members.add(own.get(parent));
            kids.forEach(kid -> members.add(sub.get(kid)));
            eq.equation(sub.get(parent), members);
        });

        for (String unknown : List.copyOf(eq.unknowns)) {
            if (eq.trueValue(unknown) >= 1 && eq.trueValue(unknown) < k) {
                assertThat(eq.singleSubtractionRecovers(unknown))
                        .as("total minus shown parts recovers %s (k=%d)", unknown, k).isFalse();
                assertThat(eq.linearlyDetermined(unknown)).as("combined equations recover %s (k=%d)", unknown, k).isFalse();
                assertThat(eq.pinnedByBounds(unknown))
                        .as("equations with what the figures prove recover %s (k=%d)", unknown, k).isFalse();
            }
        }
        // a hidden group that is shown as a whole must hold at least k, or none (a count of 0 names nobody)
        for (List<String> hiddenGroup : eq.hiddenGroupsWithShownTotal()) {
            int sum = hiddenGroup.stream().mapToInt(eq::trueValue).sum();
            if (sum > 0) {
                assertThat(hiddenGroup).hasSizeGreaterThanOrEqualTo(2);
                assertThat(sum).isGreaterThanOrEqualTo(k);
            }
        }

        // edges: the only aggregate over edges is externalFlow, and it must come from shown edges alone
        for (MapNode node : map.nodes()) {
            if (node.figures() != null && node.figures().externalFlow() != null) {
                long sum = 0;
                long answers = 0;
                for (MapEdge edge : map.edges()) {
                    if (edge.from() == node.id() && edge.figures().meanFlow() != null) {
                        List<Integer> d = edge.figures().flowDistribution();
                        for (int r = 0; r < 5; r++) {
                            sum += (long) (r + 1) * d.get(r);
                            answers += d.get(r);
                        }
                    }
                }
                assertThat(node.figures().externalFlow()).isEqualTo((double) sum / answers);
            }
        }
    }

    private static int trueSubtree(long id, Map<Long, List<Long>> children, Map<Long, Integer> counts) {
        int sum = counts.getOrDefault(id, 0);
        for (long child : children.getOrDefault(id, List.of())) {
            sum += trueSubtree(child, children, counts);
        }
        return sum;
    }

    private static Scenario randomOrganisation(Random random) {
        Scenario scenario = new Scenario();
        int n = 2 + random.nextInt(24);
        for (long id = 1; id <= n; id++) {
            Long parent = id == 1 || random.nextInt(4) == 0 ? null : (long) (1 + random.nextInt((int) id - 1));
            int respondents = random.nextInt(10) < 4 ? random.nextInt(5) : 5 + random.nextInt(30);
            scenario.dept(id, parent, respondents);
        }
        for (Department from : scenario.departments) {
            int respondents = scenario.tallies.get((int) from.id() - 1).respondents();
            for (Department to : scenario.departments) {
                if (from != to && respondents > 0 && random.nextInt(4) == 0) {
                    int r = 1 + random.nextInt(respondents);
                    scenario.edge(from.id(), to.id(), r, rating(1 + random.nextInt(5), r), rating(3, r));
                }
            }
        }
        return scenario;
    }

    /** The attacker's notebook: cells with a shown value or unknown, and sum equations. */
    private static final class Equations {
        private final int k;
        private final Map<String, Integer> shown = new HashMap<>();
        private final Map<String, Integer> truth = new HashMap<>();
        private final Map<String, Integer> atLeast = new HashMap<>();
        private final List<String> unknowns = new ArrayList<>();
        private final List<String[]> equations = new ArrayList<>();

        Equations(int k) {
            this.k = k;
        }

        /** @param provenAtLeast what other output proves about the cell (0 when nothing) */
        String cell(String name, Integer shownValue, int trueValue, int provenAtLeast) {
            if (shownValue == null) {
                unknowns.add(name);
            } else {
                shown.put(name, shownValue);
            }
            truth.put(name, trueValue);
            atLeast.put(name, provenAtLeast);
            return name;
        }

        /**
         * Whether the smallest and the largest value the target can take are the same, by linear programming over
         * the equations and the bounds: a hidden count below k lies in 0..k-1, any other is at least k and at least
         * what is proven about it. (Laminar sum equations: the optima are integral.)
         */
        boolean pinnedByBounds(String target) {
            int columns = unknowns.size();
            List<LinearConstraint> constraints = new ArrayList<>();
            for (String[] e : equations) {
                double[] row = new double[columns];
                double constant = 0;
                for (int i = 0; i < e.length; i++) {
                    double sign = i == 0 ? 1 : -1;
                    int u = unknowns.indexOf(e[i]);
                    if (u >= 0) {
                        row[u] += sign;
                    } else {
                        constant -= sign * shown.get(e[i]);
                    }
                }
                constraints.add(new LinearConstraint(row, Relationship.EQ, constant));
            }
            for (int u = 0; u < columns; u++) {
                double[] unit = new double[columns];
                unit[u] = 1;
                String name = unknowns.get(u);
                if (truth.get(name) < k) {
                    constraints.add(new LinearConstraint(unit, Relationship.LEQ, k - 1));
                } else {
                    constraints.add(new LinearConstraint(unit, Relationship.GEQ, Math.max(k, atLeast.get(name))));
                }
            }
            double[] objective = new double[columns];
            objective[unknowns.indexOf(target)] = 1;
            double min = solve(objective, constraints, GoalType.MINIMIZE);
            double max = solve(objective, constraints, GoalType.MAXIMIZE);
            return max - min < 0.5;
        }

        private static double solve(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
            try {
                return new SimplexSolver(1e-6).optimize(new MaxIter(10_000), new LinearObjectiveFunction(objective, 0),
                        new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true)).getValue();
            } catch (UnboundedSolutionException e) {
                return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
        }

        int trueValue(String name) {
            return truth.get(name);
        }

        /** {@code total = sum(members)}; stored as [total, members...]. */
        void equation(String total, List<String> members) {
            String[] e = new String[members.size() + 1];
            e[0] = total;
            for (int i = 0; i < members.size(); i++) {
                e[i + 1] = members.get(i);
            }
            equations.add(e);
        }

        boolean singleSubtractionRecovers(String target) {
            for (String[] e : equations) {
                List<String> hidden = new ArrayList<>();
                for (String c : e) {
                    if (!shown.containsKey(c)) {
                        hidden.add(c);
                    }
                }
                if (hidden.size() == 1 && hidden.get(0).equals(target)) {
                    return true;
                }
            }
            return false;
        }

        List<List<String>> hiddenGroupsWithShownTotal() {
            List<List<String>> groups = new ArrayList<>();
            for (String[] e : equations) {
                if (shown.containsKey(e[0])) {
                    List<String> hidden = new ArrayList<>();
                    for (int i = 1; i < e.length; i++) {
                        if (!shown.containsKey(e[i])) {
                            hidden.add(e[i]);
                        }
                    }
                    if (!hidden.isEmpty()) {
                        groups.add(hidden);
                    }
                }
            }
            return groups;
        }

        /** Whether the unit vector of {@code target} lies in the row space of the equations over the unknowns. */
        boolean linearlyDetermined(String target) {
            int columns = unknowns.size();
            List<double[]> rows = new ArrayList<>();
            for (String[] e : equations) {
                double[] row = new double[columns];
                add(row, e[0], 1);
                for (int i = 1; i < e.length; i++) {
                    add(row, e[i], -1);
                }
                rows.add(row);
            }
            int rank = rank(rows, columns);
            double[] unit = new double[columns];
            unit[unknowns.indexOf(target)] = 1;
            rows.add(unit);
            return rank(rows, columns) == rank;
        }

        private void add(double[] row, String cell, double coefficient) {
            int i = unknowns.indexOf(cell);
            if (i >= 0) {
                row[i] += coefficient;
            }
        }

        private static int rank(List<double[]> original, int columns) {
            double[][] m = new double[original.size()][];
            for (int i = 0; i < m.length; i++) {
                m[i] = original.get(i).clone();
            }
            int rank = 0;
            for (int c = 0; c < columns && rank < m.length; c++) {
                int pivot = rank;
                for (int r = rank; r < m.length; r++) {
                    if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                        pivot = r;
                    }
                }
                if (Math.abs(m[pivot][c]) < 1e-9) {
                    continue;
                }
                double[] t = m[rank];
                m[rank] = m[pivot];
                m[pivot] = t;
                for (int r = rank + 1; r < m.length; r++) {
                    double f = m[r][c] / m[rank][c];
                    for (int j = c; j < columns; j++) {
                        m[r][j] -= f * m[rank][j];
                    }
                }
                rank++;
            }
            return rank;
        }
    }

    @Test
    void attacker_notices_a_leak_when_suppression_is_only_primary() {
        // Guards the attacker itself: without complementary suppression "37 - 20 - 8 - 6" gives 3.
        Equations eq = new Equations(5);
        String total = eq.cell("total", 37, 37, 0);
        List<String> members = List.of(eq.cell("a", 20, 20, 0), eq.cell("b", 8, 8, 0), eq.cell("c", 6, 6, 0),
                eq.cell("d", null, 3, 0));
        eq.equation(total, members);

        assertThat(eq.singleSubtractionRecovers("d")).isTrue();
        assertThat(eq.linearlyDetermined("d")).isTrue();
        assertThat(eq.pinnedByBounds("d")).isTrue();
        if (eq.hiddenGroupsWithShownTotal().get(0).size() >= 2) {
            fail("one hidden member expected");
        }
    }

    @Test
    void attacker_notices_a_leak_that_only_the_bounds_give_away() {
        // Guards the attacker: two hidden departments of 4 and 4 (k=5) pass "at least two holding k", yet both
        // are below k and add up to 8, so each is 4.
        Equations eq = new Equations(5);
        String total = eq.cell("total", 28, 28, 0);
        eq.equation(total, List.of(eq.cell("a", 20, 20, 0), eq.cell("x1", null, 4, 0), eq.cell("x2", null, 4, 0)));
        assertThat(eq.linearlyDetermined("x1")).isFalse();
        assertThat(eq.pinnedByBounds("x1")).isTrue();

    }
}
