package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Plays the attacker: takes only what the output shows (the tree, shown counts, subtree totals,
 * the organisation total, shown edges) and tries to recover a hidden count, first by every single
 * subtraction "total minus shown parts", then by combining all equations (linear algebra).
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

    /** Asserts that no hidden count follows from the shown ones, and that every shown item has at least k. */
    private static void attack(Scenario scenario, int k) {
        OrganisationMap map = scenario.compute(k);
        Map<Long, Integer> trueCounts = new HashMap<>();
        scenario.tallies.forEach(t -> trueCounts.put(t.departmentId(), t.respondents()));

        // primary rule on everything that is shown
        for (MapNode node : map.nodes()) {
            if (!node.suppressed()) {
                assertThat(node.figures().respondents()).isGreaterThanOrEqualTo(k);
            }
            if (node.subtreeRespondents() != null) {
                assertThat(node.subtreeRespondents()).isGreaterThanOrEqualTo(k);
            }
        }
        for (MapEdge edge : map.edges()) {
            if (!edge.suppressed()) {
                assertThat(edge.figures().respondents()).isGreaterThanOrEqualTo(k);
                assertThat(map.node(edge.from()).orElseThrow().suppressed())
                        .as("a shown edge would bound its hidden source's count").isFalse();
            }
        }
        if (map.metrics().totalRespondents() != null) {
            assertThat(map.metrics().totalRespondents()).isGreaterThanOrEqualTo(k);
        }

        // what the attacker can write down: unknowns and equations sum(coef * x) = constant
        Equations eq = new Equations();
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
            own.put(node.id(), eq.cell("own" + node.id(),
                    node.suppressed() ? null : node.figures().respondents(), trueCounts.getOrDefault(node.id(), 0)));
            boolean leaf = !children.containsKey(node.id());
            sub.put(node.id(), leaf ? own.get(node.id())
                    : eq.cell("sub" + node.id(), node.subtreeRespondents(), trueSubtree(node.id(), children, trueCounts)));
        }
        String total = eq.cell("total", map.metrics().totalRespondents(),
                trueCounts.values().stream().mapToInt(Integer::intValue).sum());
        eq.equation(total, map.nodes().stream().map(n -> own.get(n.id())).toList());
        eq.equation(total, top.stream().map(sub::get).toList());
        children.forEach((parent, kids) -> {
            List<String> members = new ArrayList<>();
            members.add(own.get(parent));
            kids.forEach(kid -> members.add(sub.get(kid)));
            eq.equation(sub.get(parent), members);
        });

        for (MapNode node : map.nodes()) {
            if (node.suppressed()) {
                assertThat(eq.singleSubtractionRecovers(own.get(node.id())))
                        .as("total minus shown parts recovers department %d (k=%d)", node.id(), k).isFalse();
                assertThat(eq.linearlyDetermined(own.get(node.id())))
                        .as("combined equations recover department %d (k=%d)", node.id(), k).isFalse();
            }
        }
        for (String unknown : List.copyOf(eq.unknowns)) {
            assertThat(eq.linearlyDetermined(unknown)).as("combined equations recover %s (k=%d)", unknown, k).isFalse();
        }
        // a hidden group that is shown as a whole must hold at least k, or the zero lower bound pins it
        for (List<String> hiddenGroup : eq.hiddenGroupsWithShownTotal()) {
            assertThat(hiddenGroup).hasSizeGreaterThanOrEqualTo(2);
            assertThat(hiddenGroup.stream().mapToInt(eq::trueValue).sum()).isGreaterThanOrEqualTo(k);
        }

        // edges: the only aggregate over edges is externalFlow, and it must come from shown edges alone
        for (MapNode node : map.nodes()) {
            if (node.figures() != null && node.figures().externalFlow() != null) {
                long sum = 0;
                long answers = 0;
                for (MapEdge edge : map.edges()) {
                    if (edge.from() == node.id() && edge.figures() != null && edge.figures().meanFlow() != null) {
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
        private final Map<String, Integer> shown = new HashMap<>();
        private final Map<String, Integer> truth = new HashMap<>();
        private final List<String> unknowns = new ArrayList<>();
        private final List<String[]> equations = new ArrayList<>();

        String cell(String name, Integer shownValue, int trueValue) {
            if (shownValue == null) {
                unknowns.add(name);
            } else {
                shown.put(name, shownValue);
            }
            truth.put(name, trueValue);
            return name;
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
        Equations eq = new Equations();
        String total = eq.cell("total", 37, 37);
        List<String> members = List.of(eq.cell("a", 20, 20), eq.cell("b", 8, 8), eq.cell("c", 6, 6),
                eq.cell("d", null, 3));
        eq.equation(total, members);

        assertThat(eq.singleSubtractionRecovers("d")).isTrue();
        assertThat(eq.linearlyDetermined("d")).isTrue();
        if (eq.hiddenGroupsWithShownTotal().get(0).size() >= 2) {
            fail("one hidden member expected");
        }
    }
}
