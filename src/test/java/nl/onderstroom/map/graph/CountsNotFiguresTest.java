package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.node;
import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A department whose count is hidden to protect a smaller one keeps its figures. Each test here attacks one way
 * those figures could still give the hidden count away, and first shows on a department whose count is shown (or
 * on what the map would have shown without the rule) that the attack does recover a count.
 */
class CountsNotFiguresTest {

    /** 20, 8, 7 and 2 (k=5): the 2 is hidden, and so is the count of the 7, the smallest shown one. */
    private static Scenario protectedSeven() {
        Scenario s = new Scenario().dept(1, 20).dept(2, 8);
        s.departments.add(new Department(3, "D3", null, 14));
        s.tallies.add(new DepartmentTally(3, 7, new int[] {0, 0, 1, 3, 3},
                Map.of("trust", new int[] {1, 2, 0, 3, 1}, "workload", new int[] {0, 0, 2, 2, 3}),
                Map.of("identity", new int[] {0, 1, 1, 4, 1}, "image", new int[] {0, 0, 3, 2, 2})));
        s.departments.add(new Department(4, "D4", null, 6));
        s.tallies.add(new DepartmentTally(4, 2, rating(1, 2), Map.of("trust", rating(1, 2)), Map.of()));
        s.departments.add(new Department(5, "D5", null, 14));
        s.tallies.add(new DepartmentTally(5, 7, new int[] {0, 0, 1, 3, 3},
                Map.of("trust", new int[] {1, 2, 0, 3, 1}, "workload", new int[] {0, 0, 2, 2, 3}),
                Map.of("identity", new int[] {0, 1, 1, 4, 1}, "image", new int[] {0, 0, 3, 2, 2})));
        s.departments.add(new Department(6, "D6", 5L, 4));
        s.tallies.add(new DepartmentTally(6, 9, rating(4, 9), Map.of(), Map.of()));
        s.both(1, 2, 8).edge(3, 1, 6, 4).edge(3, 2, 5, 2).edge(1, 3, 9, 4);
        return s;
    }

    @Test
    void the_protecting_department_keeps_its_figures_and_connections() {
        OrganisationMap map = protectedSeven().compute(5);

        assertThat(node(map, 4).suppressed()).isTrue();
        MapNode seven = node(map, 3);
        assertThat(seven.suppressed()).isFalse();
        assertThat(seven.figures().countHidden()).isTrue();
        assertThat(seven.figures().cohesion()).isNotNull();
        assertThat(seven.figures().externalFlow()).isNotNull();
        assertThat(map.edge(3, 1)).isPresent();
        assertThat(map.edge(3, 2)).isPresent();
        assertThat(node(map, 5).figures().respondents()).as("the other 7, under a parent, stays shown").isEqualTo(7);
    }

    // ---- the means' denominators ------------------------------------------------------------------------------

    /** The attacker: the smallest common denominator of the means, read back as exact fractions. */
    private static long denominators(NodeFigures f) {
        List<Double> means = new ArrayList<>();
        means.add(f.cohesion());
        means.addAll(f.themeMeans().values());
        means.addAll(f.identityMeans().values());
        BigInteger lcm = BigInteger.ONE;
        for (Double mean : means) {
            long q = denominator(mean, 1000);
            lcm = lcm.multiply(BigInteger.valueOf(q)).divide(lcm.gcd(BigInteger.valueOf(q)));
        }
        return lcm.longValueExact();
    }

    /** The smallest q up to max with mean * q an integer (within rounding of a double). */
    private static long denominator(double mean, int max) {
        for (int q = 1; q <= max; q++) {
            if (Math.abs(mean * q - Math.rint(mean * q)) < 1e-9 * q) {
                return q;
            }
        }
        return 1;
    }

    @Test
    void exact_means_would_give_a_hidden_count_away_by_their_denominators_so_they_are_rounded_to_the_half() {
        OrganisationMap map = protectedSeven().compute(5);

        assertThat(denominators(node(map, 5).figures())).as("the attack works on an exact mean of 7 answers")
                .isEqualTo(7);
        NodeFigures hidden = node(map, 3).figures();
        assertThat(denominators(hidden)).as("the same answers, count hidden").isNotEqualTo(7).isLessThanOrEqualTo(2);
        List<Double> means = new ArrayList<>(hidden.themeMeans().values());
        means.addAll(hidden.identityMeans().values());
        means.add(hidden.cohesion());
        assertThat(means).allSatisfy(m -> assertThat(m * 2).isEqualTo(Math.rint(m * 2)));
        assertThat(hidden.cohesion()).as("30 / 7 = 4.29").isEqualTo(4.5);
    }

    // ---- the E-I index and the response rate ------------------------------------------------------------------

    /** The attacker: I = E (1 - ei) / (1 + ei) from the shown edges, and answers = 4 I / (cohesion - 1). */
    private static double innerAnswers(OrganisationMap map, long id) {
        double external = 0;
        for (MapEdge e : map.edges()) {
            if (e.from() == id) {
                List<Integer> d = e.figures().flowDistribution();
                for (int r = 0; r < 5; r++) {
                    external += d.get(r) * r / 4.0;
                }
            }
        }
        NodeFigures f = node(map, id).figures();
        double internal = external * (1 - f.eiIndex()) / (1 + f.eiIndex());
        return 4 * internal / (f.cohesion() - 1);
    }

    @Test
    void the_ei_index_and_the_response_rate_would_give_a_hidden_count_away_so_they_are_left_out() {
        Scenario s = protectedSeven();
        s.edge(5, 1, 6, 3);
        OrganisationMap map = s.compute(5);

        assertThat(innerAnswers(map, 5)).as("the attack works where the count is shown").isCloseTo(7.0,
                offset(1e-9));
        assertThat(node(map, 5).figures().responseRate() * 14).isCloseTo(7.0, offset(1e-9));
        assertThat(node(map, 3).figures().eiIndex()).isNull();
        assertThat(node(map, 3).figures().responseRate()).isNull();
    }

    // ---- pooled organisation means ----------------------------------------------------------------------------

    @Test
    void the_organisation_mean_pools_only_shown_counts_so_it_cannot_be_solved_for_a_hidden_one() {
        OrganisationMap map = protectedSeven().compute(5);
        double m3 = node(map, 3).figures().themeMeans().get("trust");
        double a = 0;
        double b = 0;
        for (MapNode n : map.nodes()) {
            if (n.figures() != null && !n.figures().countHidden() && n.figures().themeMeans().containsKey("trust")) {
                a += n.figures().themeMeans().get("trust") * n.figures().respondents();
                b += n.figures().respondents();
            }
        }
        // the attacker solves M = (A + m3 n) / (B + n) for n
        double trueSum3 = 0 * 1 + 1 * 2 + 2 * 0 + 3 * 3 + 4 * 1; // trust counts {1, 2, 0, 3, 1} on 0..4
        double pooledWithHidden = (a + trueSum3) / (b + 7);
        double exactM3 = trueSum3 / 7;
        assertThat((a - pooledWithHidden * b) / (pooledWithHidden - exactM3))
                .as("a mean that pooled the hidden department would give 7 away").isCloseTo(7.0,
                        offset(1e-9));

        double shownMean = map.metrics().organisationThemeMeans().get("trust");
        assertThat(shownMean).isEqualTo(a / b);
        assertThat((a - shownMean * b) / (shownMean - m3)).as("nothing of department 3 in it").isZero();
    }

    // ---- who loses figures ------------------------------------------------------------------------------------

    @Test
    void a_healthy_well_connected_department_is_never_hidden_to_protect_another_count() {
        // The lowest id, the most connected, the smallest healthy count: everything that used to pick it.
        Scenario s = new Scenario().dept(1, 6).dept(2, 3).dept(3, 30).dept(4, 25).dept(5, 12);
        for (long other = 3; other <= 5; other++) {
            s.edge(1, other, 6, 4).edge(other, 1, 10, 4);
        }
        OrganisationMap map = s.compute(5);
        assertThat(node(map, 1).suppressed()).isFalse();
        assertThat(map.edges()).filteredOn(e -> e.from() == 1).hasSize(3);
        assertThat(map.brokers()).contains(1L);

        Random random = new Random(17);
        for (int run = 0; run < 600; run++) {
            int k = 3 + random.nextInt(5);
            Scenario org = new Scenario();
            int n = 3 + random.nextInt(20);
            for (long id = 1; id <= n; id++) {
                Long parent = id == 1 || random.nextInt(3) == 0 ? null : (long) (1 + random.nextInt((int) id - 1));
                org.dept(id, parent, random.nextInt(10) < 4 ? random.nextInt(k) : k + random.nextInt(30));
            }
            for (Department from : org.departments) {
                int respondents = org.tallies.get((int) from.id() - 1).respondents();
                for (Department to : org.departments) {
                    if (from != to && respondents > 0 && random.nextInt(3) == 0) {
                        org.edge(from.id(), to.id(), 1 + random.nextInt(respondents), 3);
                    }
                }
            }
            OrganisationMap result = org.compute(k);
            int most = 0;
            for (Department d : org.departments) {
                most = Math.max(most, shownOutgoing(org, d.id(), k));
            }
            for (Department d : org.departments) {
                int respondents = org.tallies.get((int) d.id() - 1).respondents();
                if (respondents >= k && most > 0 && shownOutgoing(org, d.id(), k) == most) {
                    assertThat(node(result, d.id()).suppressed()).as("run %d, department %d", run, d.id()).isFalse();
                }
            }
        }
    }

    private static int shownOutgoing(Scenario s, long id, int k) {
        return (int) s.connections.stream().filter(c -> c.from() == id && c.respondents() >= k).count();
    }

    // ---- what a hidden connection still says ------------------------------------------------------------------

    @Test
    void whether_a_small_department_rated_a_connection_cannot_be_told_from_the_map() {
        Scenario rated = new Scenario().dept(1, 20).dept(2, 9).dept(3, 3).dept(4, 3).both(1, 2, 8)
                .edge(3, 1, 2, 1).edge(2, 3, 4, 2).edge(1, 4, 6, 3);
        Scenario unrated = new Scenario().dept(1, 20).dept(2, 9).dept(3, 3).dept(4, 3).both(1, 2, 8)
                .edge(1, 4, 6, 3);

        assertThat(rated.compute(5)).isEqualTo(unrated.compute(5));
        assertThat(rated.compute(5).edges()).hasSize(3);
    }
}
