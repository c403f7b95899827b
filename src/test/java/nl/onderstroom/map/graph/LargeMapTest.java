package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LargeMapTest {

    @Test
    void forty_departments_with_eight_connections_each_give_a_sane_map() {
        OrganisationMap map = randomOrganisation(40, 8, new Random(11)).compute(5);

        assertThat(map.nodes()).hasSize(40);
        assertThat(map.edges()).hasSize(shownConnections(randomOrganisation(40, 8, new Random(11)), map, 5));
        assertThat(map.metrics().density()).isBetween(0.0, 1.0);
        assertThat(map.metrics().reciprocity()).isBetween(0.0, 1.0);
        assertThat(map.metrics().modularity()).isBetween(-0.5, 1.0);
        assertThat(map.metrics().clusteringMethod()).as("Girvan–Newman only up to 30 departments").isEqualTo(ClusteringMethod.LABEL_PROPAGATION);
        assertThat(map.nodes()).filteredOn(n -> !n.suppressed())
                .allSatisfy(n -> assertThat(n.figures().betweenness()).isBetween(0.0, 1.0));
        Set<Long> clustered = new HashSet<>();
        map.clusters().forEach(c -> c.departmentIds().forEach(id ->
                assertThat(clustered.add(id)).as("department %d in one cluster only", id).isTrue()));
        assertThat(map.metrics().clusterCount()).isEqualTo(map.clusters().size());
        assertThat(randomOrganisation(40, 8, new Random(11)).compute(5)).as("deterministic").isEqualTo(map);
    }

    @Test
    void two_hundred_departments_and_eight_thousand_connections_compute() {
        // how long it takes is measured by MapBench (docs/performance.md), not asserted here: a wall-clock limit
        // fails for the wrong reason on a loaded build machine
        Scenario big = randomOrganisation(200, 40, new Random(3));
        OrganisationMap map = big.compute(5);

        assertThat(map.edges()).hasSize(shownConnections(big, map, 5));
        assertThat(map.metrics().clusteringMethod()).isEqualTo(ClusteringMethod.LABEL_PROPAGATION);
    }

    /** Connections with at least k respondents from a department that shows its figures: the ones listed. */
    private static int shownConnections(Scenario s, OrganisationMap map, int k) {
        return (int) s.connections.stream()
                .filter(c -> c.respondents() >= k && !map.node(c.from()).orElseThrow().suppressed()).count();
    }

    /** A tree of {@code n} departments (every fifth top-level), each rating {@code perDepartment} others. */
    static Scenario randomOrganisation(int n, int perDepartment, Random random) {
        Scenario s = new Scenario();
        for (long id = 1; id <= n; id++) {
            Long parent = id % 5 == 1 ? null : (long) (1 + 5 * ((id - 1) / 5));
            s.dept(id, parent, random.nextInt(8) == 0 ? random.nextInt(5) : 8 + random.nextInt(40));
        }
        for (long from = 1; from <= n; from++) {
            int respondents = s.tallies.get((int) from - 1).respondents();
            Set<Long> targets = new HashSet<>();
            while (targets.size() < perDepartment) {
                long to = 1 + random.nextInt(n);
                if (to != from && targets.add(to)) {
                    int r = Math.min(respondents, random.nextInt(respondents + 1) + (respondents > 0 ? 1 : 0));
                    int[] flow = new int[5];
                    int[] importance = new int[5];
                    for (int i = 0; i < r; i++) {
                        // departments in the same formal unit tend to work well together
                        boolean near = (to - 1) / 5 == (from - 1) / 5;
                        flow[Math.min(4, random.nextInt(3) + (near ? 2 : 0))]++;
                        importance[random.nextInt(5)]++;
                    }
                    s.edge(from, to, r, flow, importance, new int[] {0, 0, r / 2, r - r / 2, 0},
                            new int[] {r - r / 3, r / 3, 0, 0});
                }
            }
        }
        return s;
    }

    @Test
    void helper_builds_the_rating_distribution_it_is_asked_for() {
        assertThat(rating(2, 7)).containsExactly(0, 7, 0, 0, 0);
    }
}
