package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.ResponsesChanged;
import nl.onderstroom.scan.ResponseImport;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test that runs by default: {@code ./mvnw -Pbench verify} (or
 * {@code ./mvnw -Pbench verify -Dit.test=MapBench}). Imports a scan through the real CSV import, then times the
 * connection map cold (tallies + measures, cache dropped by a {@link ResponsesChanged} event before each run), cached,
 * and the plain SQL GROUP BY over the same rows, and each part of the cold path; prints medians (docs/performance.md).
 */
@IntegrationTest
class MapBench {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final int CLUSTER_SIZE = 10;
    private static final int CONNECTIONS_PER_RESPONDENT = 8;

    @Autowired
    MapService maps;
    @Autowired
    ScanService scans;
    @Autowired
    ResponseImport imports;
    @Autowired
    ScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void map_of_5000_respondents_over_40_departments() {
        Result r = bench(5_000, 40);
        assertThat(r.connectionRows).isEqualTo(40_000);
    }

    @Test
    void map_of_50000_respondents_over_200_departments() {
        Result r = bench(50_000, 200);
        assertThat(r.connectionRows).isEqualTo(400_000);
    }

    private record Result(long connectionRows) {
    }

    private Result bench(int respondents, int departmentCount) {
        String label = respondents + " respondents / " + departmentCount + " departments";
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long organisation = SystemSession.call(() -> organisations.create("Bench " + suffix).id());
        List<String> names = new ArrayList<>();
        SystemSession.run(() -> {
            // clusters of ten: a division (top level) with nine sub-departments
            long division = 0;
            for (int i = 0; i < departmentCount; i++) {
                String name = "Afdeling " + i;
                if (i % CLUSTER_SIZE == 0) {
                    division = organisations.addDepartment(organisation, new DepartmentDraft(name, null, 40)).id();
                } else {
                    organisations.addDepartment(organisation, new DepartmentDraft(name, division, 200)).id();
                }
                names.add(name);
            }
        });
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
        TestUsers.loginAs(users, advisor);

        long scanId = scans.create(organisation, "Bench map " + label).id();
        byte[] csv = csv(names, respondents);
        long importStart = System.nanoTime();
        var outcome = imports.importResponses(scanId, csv);
        long importMs = (System.nanoTime() - importStart) / 1_000_000;
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.respondents()).isEqualTo(respondents);
        long rows = jdbc.queryForObject("select count(*) from response_connection where scan_id = ?", Long.class, scanId);
        System.out.println("BENCH map [" + label + "] imported " + respondents + " respondents, " + rows
                + " connection rows in " + importMs + " ms");

        // one untimed call, then check the data has the structure the figures are meant to show
        OrganisationMap map = maps.map(scanId);
        long shownEdges = map.edges().size();
        long hiddenNodes = map.nodes().stream().filter(n -> n.suppressed()).count();
        assertThat(map.clusters()).hasSizeGreaterThan(1);
        assertThat(hiddenNodes).isPositive();
        System.out.println("BENCH map [" + label + "] " + map.nodes().size() + " departments (" + hiddenNodes
                + " hidden), " + map.edges().size() + " connections (" + shownEdges + " shown), "
                + map.clusters().size() + " clusters by " + map.metrics().clusteringMethod());

        String plainSql = "select scan_id, from_department, to_department, avg(flow), avg(importance), count(*)"
                + " from response_connection where scan_id = ? group by scan_id, from_department, to_department";
        Map<String, LongSupplier> timed = new LinkedHashMap<>();
        timed.put("cold map (MapService, cache dropped)", () -> {
            events.publishEvent(new ResponsesChanged(scanId, organisation));
            return time(() -> maps.map(scanId));
        });
        timed.put("cached map (MapService)", () -> time(() -> maps.map(scanId)));
        timed.put("plain SQL GROUP BY (JdbcTemplate)", () -> time(() -> jdbc.queryForList(plainSql, scanId)));
        timed.put("part: ScanTallies.scan", () -> time(() -> tallies.scan(scanId)));
        timed.put("part: ScanTallies.connections", () -> time(() -> tallies.connections(scanId)));
        timed.put("part: ScanTallies.departments", () -> time(() -> tallies.departments(scanId)));
        timed.put("part: department tree (OrganisationService)", () -> time(() -> organisations.departments(organisation)));
        List<DepartmentNode> tree = organisations.departments(organisation);
        List<ScanTallies.ConnectionCount> connectionCounts = tallies.connections(scanId);
        List<ScanTallies.DepartmentCount> departmentCounts = tallies.departments(scanId);
        int k = Math.max(MapSettings.MIN_K, tallies.scan(scanId).threshold());
        timed.put("part: TallyConversion + MapComputation", () -> time(() -> {
            List<Department> departments = TallyConversion.departments(tree);
            Set<Long> known = departments.stream().map(Department::id).collect(Collectors.toSet());
            return MapComputation.compute(departments, TallyConversion.departmentTallies(departmentCounts, known),
                    TallyConversion.connectionTallies(connectionCounts, known), MapSettings.defaults(k));
        }));

        // the connection tallies as one GROUP BY with a sum(case ...) per answer value: what ScanTallies did before
        String sumsCase = sums("flow", 1, 5) + ", " + sums("importance", 1, 5) + ", " + sums("frequency", 0, 4) + ", "
                + sums("stops", 0, 3);
        timed.put("for comparison: sum(case) per value in SQL", () -> time(() -> jdbc.queryForList(
                "select from_department, to_department, count(*), " + sumsCase + " from response_connection"
                        + " where scan_id = ? group by from_department, to_department order by from_department, to_department",
                scanId)));
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, LongSupplier> entry : timed.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                entry.getValue().getAsLong();
            }
        }
        // interleaved, so a noisy moment on the shared machine hits every figure alike
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (Map.Entry<String, LongSupplier> entry : timed.entrySet()) {
                samples.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue().getAsLong());
            }
        }
        for (Map.Entry<String, List<Long>> entry : samples.entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            double median = sorted.get(sorted.size() / 2) / 1e6;
            medians.put(entry.getKey(), median);
            System.out.printf("BENCH map [%s] %-45s median %8.2f ms  min %8.2f  max %8.2f  (%d runs)%n", label,
                    entry.getKey(), median, sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6, sorted.size());
        }
        double ratio = medians.get("cold map (MapService, cache dropped)") / medians.get("plain SQL GROUP BY (JdbcTemplate)");
        System.out.printf("BENCH map [%s] ratio cold / plain GROUP BY = %.2f%n", label, ratio);
        return new Result(rows);
    }

    private static String sums(String column, int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            parts.add("sum(case when " + column + " = " + v + " then 1 else 0 end)");
        }
        return String.join(", ", parts);
    }

    private static long time(java.util.function.Supplier<?> work) {
        long start = System.nanoTime();
        Object result = work.get();
        long elapsed = System.nanoTime() - start;
        if (result == null) {
            throw new AssertionError("no result");
        }
        return elapsed;
    }

    /**
     * One row for each respondent's own department (inner flow) and eight connections. Departments form clusters of
     * ten: most connections stay inside the cluster with high flow and frequent contact, the rest go out with low
     * flow; the last cluster is weak inside too. Every thirteenth department has only three respondents (below k).
     */
    static byte[] csv(List<String> departments, int respondents) {
        Random random = new Random(respondents);
        int n = departments.size();
        String[] frequencies = {"NEVER", "YEARLY", "MONTHLY", "WEEKLY", "DAILY"};
        String[] stops = {"NONE", "THEIRS", "OURS", "BOTH"};
        int small = 0;
        for (int d = 0; d < n; d++) {
            small += d % 13 == 12 ? 1 : 0;
        }
        int perSmall = 3;
        int perOther = (respondents - small * perSmall) / (n - small);
        int extra = respondents - small * perSmall - perOther * (n - small);
        int[] people = new int[n];
        for (int d = 0; d < n; d++) {
            people[d] = d % 13 == 12 ? perSmall : perOther + (extra-- > 0 ? 1 : 0);
        }
        int weakCluster = (n - 1) / CLUSTER_SIZE;
        StringBuilder out = new StringBuilder(respondents * 9 * 50);
        out.append("respondent,department,target,frequency,importance,flow,stops,themes,story\n");
        int r = 0;
        for (int from = 0; from < n; from++) {
            int cluster = from / CLUSTER_SIZE;
            int clusterStart = cluster * CLUSTER_SIZE;
            int clusterEnd = Math.min(n, clusterStart + CLUSTER_SIZE);
            boolean weak = cluster == weakCluster && n > CLUSTER_SIZE;
            for (int p = 0; p < people[from]; p++, r++) {
                row(out, r, departments, from, from, frequencies[4], 4, weak ? 2 : 4 + random.nextInt(2), "NONE", random);
                List<Integer> targets = new ArrayList<>();
                int inside = Math.min(clusterEnd - clusterStart - 1, 5 + random.nextInt(2));
                while (targets.size() < inside) {
                    int t = clusterStart + random.nextInt(clusterEnd - clusterStart);
                    if (t != from && !targets.contains(t)) {
                        targets.add(t);
                    }
                }
                for (int t : targets) {
                    row(out, r, departments, from, t, frequencies[weak ? 1 + random.nextInt(2) : 3 + random.nextInt(2)],
                            3 + random.nextInt(3), weak ? 1 + random.nextInt(3) : 3 + random.nextInt(3),
                            stops[random.nextInt(weak ? 4 : 2)], random);
                }
                while (targets.size() < CONNECTIONS_PER_RESPONDENT) {
                    int t = random.nextInt(n);
                    if (t != from && !targets.contains(t)) {
                        targets.add(t);
                        boolean inCluster = t >= clusterStart && t < clusterEnd;
                        row(out, r, departments, from, t, frequencies[inCluster ? 3 : random.nextInt(3)],
                                1 + random.nextInt(5), inCluster ? 4 : 1 + random.nextInt(3), stops[random.nextInt(4)],
                                random);
                    }
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, int respondent, List<String> departments, int from, int to,
                            String frequency, int importance, int flow, String stop, Random random) {
        out.append('r').append(respondent).append(',').append(departments.get(from)).append(',')
                .append(departments.get(to)).append(',').append(frequency).append(',').append(importance).append(',')
                .append(flow).append(',').append(stop).append(',')
                .append(random.nextInt(25) == 0 ? "trust;workload" : "").append(',')
                .append(random.nextInt(50) == 0 ? "\"Het stokt bij de overdracht\"" : "").append('\n');
    }
}
