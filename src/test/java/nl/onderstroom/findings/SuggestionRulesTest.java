package nl.onderstroom.findings;

import nl.onderstroom.scan.ScanStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.onderstroom.base.Translations;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.WaveComparison;
import nl.onderstroom.map.graph.ConnectionTally;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.DepartmentTally;
import nl.onderstroom.map.graph.InformalCluster;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;
import org.junit.jupiter.api.Test;

/**
 * The suggestion rules on small maps whose right answer is known by hand, computed by the real map code with k = 5
 * (so every suggestion has passed the anonymity rules first).
 */
class SuggestionRulesTest {

    private static final long SALES = 1;
    private static final long OPERATIONS = 2;
    private static final long IT = 3;
    private static final long FINANCE = 4;
    private static final long TINY = 5;

    /**
     * Sales → Operations: 6 people, flow 1, importance 5, all say it stops at their door (the worst stop, a missing
     * strategic tie). Operations → Sales: flow 4 (one-sided: 4 against 1). Sales, Operations and Finance work well
     * otherwise. IT rates everyone 2 and one of six says it stops (below the 25 % mark): an island, not a stop.
     * Tiny has 2 people (below k): they rate Sales 1 with a stop, which must never show. Workload plays 3 of 4 in
     * Sales and Operations, 2 elsewhere; trust 1 everywhere.
     */
    private static OrganisationMap organisation() {
        Builder b = new Builder()
                .dept(SALES, "Sales", 6, 3).dept(OPERATIONS, "Operations", 6, 3).dept(IT, "IT", 6, 2)
                .dept(FINANCE, "Finance", 6, 2).dept(TINY, "Tiny", 2, 2);
        b.edge(SALES, OPERATIONS, 6, 1, 5, new int[] {0, 6, 0, 0});
        b.edge(OPERATIONS, SALES, 6, 4, 3, new int[] {6, 0, 0, 0});
        for (long[] pair : new long[][] {{SALES, FINANCE}, {FINANCE, SALES}, {OPERATIONS, FINANCE}, {FINANCE, OPERATIONS}}) {
            b.edge(pair[0], pair[1], 6, 4, 3, new int[] {6, 0, 0, 0});
        }
        b.edge(IT, SALES, 6, 2, 3, new int[] {5, 1, 0, 0});
        b.edge(IT, OPERATIONS, 6, 2, 3, new int[] {5, 1, 0, 0});
        b.edge(TINY, SALES, 2, 1, 5, new int[] {0, 2, 0, 0});
        return b.compute();
    }

    @Test
    void the_worst_stop_is_sales_to_operations_and_a_stop_below_the_mark_is_not_suggested() {
        OrganisationMap map = organisation();
        List<Suggestion> stops = of(SuggestionRules.suggest(map, null, null), SuggestionKind.STOP);
        assertThat(stops).extracting(Suggestion::key).containsExactly("STOP:1>2");
        assertThat(stops.get(0).connections()).containsExactly(new Connection(SALES, OPERATIONS));
        assertThat(stops.get(0).text(Locale.ENGLISH)).isEqualTo("100% of Sales say collaboration with Operations"
                + " stops, on a connection they rate 5.0 out of 5 for importance.");
        assertThat(stops.get(0).text(Translations.DUTCH)).isEqualTo("100% van Sales zegt dat de samenwerking met"
                + " Operations stokt, bij een verbinding die ze een 5,0 van de 5 geven voor belang.");
    }

    @Test
    void the_island_is_it_the_one_sided_connection_is_sales_and_operations_and_the_missing_tie_too() {
        List<Suggestion> all = SuggestionRules.suggest(organisation(), null, null);
        // IT's outward flow is 2.0; Sales' is (1 + 4) / 2 = 2.5, also at most 2.75: two islands, the weakest first
        assertThat(of(all, SuggestionKind.ISLAND)).extracting(Suggestion::key).containsExactly("ISLAND:3", "ISLAND:1");
        Suggestion oneSided = of(all, SuggestionKind.ONE_SIDED).get(0);
        assertThat(of(all, SuggestionKind.ONE_SIDED)).hasSize(1);
        assertThat(oneSided.connections()).containsExactly(new Connection(OPERATIONS, SALES),
                new Connection(SALES, OPERATIONS));
        assertThat(oneSided.text(Locale.ENGLISH)).isEqualTo("Operations rate their work with Sales 4.0 out of 5 for"
                + " flow, while Sales rate their work with Operations 1.0: a one-sided connection.");
        assertThat(oneSided.text(Translations.DUTCH)).contains("een 4,0 van de 5").contains("een 1,0 geeft");
        assertThat(of(all, SuggestionKind.MISSING_TIE)).extracting(Suggestion::key).containsExactly("MISSING_TIE:1>2");
    }

    @Test
    void workload_plays_most_in_sales_and_trust_does_not_play() {
        List<Suggestion> themes = of(SuggestionRules.suggest(organisation(), null, null), SuggestionKind.THEME);
        assertThat(themes).extracting(Suggestion::key).containsExactly("THEME:workload");
        assertThat(themes.get(0).parts()).containsExactly(Part.theme("workload"), Part.department(SALES));
        // Sales' count is hidden to protect Tiny (complementary suppression), so the organisation pools only
        // Operations 3, IT 2 and Finance 2 (6 people each): 14 / 6 = 2.3; Sales still shows its own 3.0
        assertThat(themes.get(0).text(Locale.ENGLISH)).isEqualTo("The undercurrent “Workload” plays strongly: 2.3 out"
                + " of 4 across the organisation, most of all in Sales (3.0).");
    }

    @Test
    void a_department_below_the_threshold_is_in_no_suggestion() {
        OrganisationMap map = organisation();
        assertThat(map.node(TINY).orElseThrow().suppressed()).as("the scenario hides Tiny").isTrue();
        List<Suggestion> all = SuggestionRules.suggest(map, null, null);
        assertThat(all).isNotEmpty().allSatisfy(s -> {
            assertThat(s.departments()).doesNotContain(TINY);
            assertThat(s.text(Locale.ENGLISH)).doesNotContain("Tiny");
        });
    }

    @Test
    void the_middle_of_a_chain_is_the_broker() {
        Builder b = new Builder().dept(1, "A", 6, 4).dept(2, "B", 6, 4).dept(3, "C", 6, 4);
        for (long[] pair : new long[][] {{1, 2}, {2, 1}, {2, 3}, {3, 2}}) {
            b.edge(pair[0], pair[1], 6, 4, 3, new int[] {6, 0, 0, 0});
        }
        List<Suggestion> brokers = of(SuggestionRules.suggest(b.compute(), null, null), SuggestionKind.BROKER);
        assertThat(brokers).extracting(Suggestion::key).containsExactly("BROKER:2");
        assertThat(brokers.get(0).title(Locale.ENGLISH)).isEqualTo("The organisation leans on B");
    }

    @Test
    void only_informal_clusters_that_cross_the_formal_units_are_suggested() {
        OrganisationMap computed = organisation();
        OrganisationMap map = new OrganisationMap(computed.nodes(), computed.edges(), computed.metrics(),
                List.of(new InformalCluster(1, List.of(SALES, FINANCE), List.of(SALES), false),
                        new InformalCluster(2, List.of(OPERATIONS, IT), List.of(OPERATIONS, IT), true)),
                List.of(), List.of(), List.of(), List.of());
        List<Suggestion> clusters = of(SuggestionRules.suggest(map, null, null), SuggestionKind.CROSS_CLUSTER);
        assertThat(clusters).extracting(Suggestion::key).containsExactly("CLUSTER:2,3");
        assertThat(clusters.get(0).text(Locale.ENGLISH))
                .isEqualTo("Operations and IT work more with each other than with the rest, across 2 formal units.");
        assertThat(clusters.get(0).text(Translations.DUTCH)).startsWith("Operations en IT werken");
    }

    @Test
    void the_identity_gap_names_the_largest_difference_from_half_a_point() {
        IdentityComparison identity = new IdentityComparison(List.of(
                new IdentityComparison.Row("identity", 4.5, 3.0),
                new IdentityComparison.Row("integrity", 4.0, 3.8),
                new IdentityComparison.Row("image", null, 3.0)), List.of());
        List<Suggestion> gap = of(SuggestionRules.suggest(organisation(), identity, null), SuggestionKind.IDENTITY_GAP);
        assertThat(gap).extracting(Suggestion::key).containsExactly("IDENTITY_GAP:identity");
        assertThat(gap.get(0).text(Locale.ENGLISH)).isEqualTo("On identity (who we are), the staff score 3.0 out of 5"
                + " against the directors’ 4.5: what the directors mean is 1.5 points stronger than what the staff see.");
        IdentityComparison small = new IdentityComparison(List.of(new IdentityComparison.Row("identity", 4.0, 3.6)),
                List.of());
        assertThat(of(SuggestionRules.suggest(organisation(), small, null), SuggestionKind.IDENTITY_GAP)).isEmpty();
    }

    @Test
    void a_wave_brings_the_biggest_improvement_and_the_biggest_deterioration() {
        ScanTallies.ScanInfo earlier = new ScanTallies.ScanInfo(9, 1, "Scan 2025", ScanStatus.PUBLISHED, 5, 7,
                null, null, List.of());
        WaveComparison wave = new WaveComparison(earlier,
                List.of(new WaveComparison.ConnectionChange(SALES, OPERATIONS, 3.0, 1.0),
                        new WaveComparison.ConnectionChange(OPERATIONS, SALES, 2.5, 4.0),
                        new WaveComparison.ConnectionChange(FINANCE, SALES, 3.0, 4.0)),
                List.of(new WaveComparison.DepartmentChange(IT, Measure.COHESION, 3.0, 4.0)));
        List<Suggestion> all = SuggestionRules.suggest(organisation(), null, wave);
        assertThat(of(all, SuggestionKind.WAVE_IMPROVED)).extracting(Suggestion::key)
                .containsExactly("WAVE_UP:C:2>1", "WAVE_UP:D:3:COHESION");
        assertThat(of(all, SuggestionKind.WAVE_WORSENED)).extracting(Suggestion::key).containsExactly("WAVE_DOWN:C:1>2");
        assertThat(of(all, SuggestionKind.WAVE_WORSENED).get(0).text(Translations.DUTCH)).isEqualTo(
                "Hoe Sales de samenwerking met Operations beoordeelt, ging sinds Scan 2025 van 3,0 naar 1,0 van de 5.");
    }

    @Test
    void suggestions_come_in_kind_order_strongest_first_with_keys_that_do_not_change() {
        List<Suggestion> first = SuggestionRules.suggest(organisation(), null, null);
        List<Suggestion> again = SuggestionRules.suggest(organisation(), null, null);
        assertThat(first).extracting(Suggestion::key).containsExactlyElementsOf(again.stream().map(Suggestion::key).toList());
        for (int i = 1; i < first.size(); i++) {
            Suggestion before = first.get(i - 1);
            Suggestion after = first.get(i);
            assertThat(before.kind().compareTo(after.kind()) < 0
                    || before.kind() == after.kind() && before.rank() <= after.rank())
                    .as(before.key() + " before " + after.key()).isTrue();
        }
        assertThat(first).extracting(Suggestion::kind).startsWith(SuggestionKind.STOP, SuggestionKind.ISLAND);
    }

    private static List<Suggestion> of(List<Suggestion> all, SuggestionKind kind) {
        return all.stream().filter(s -> s.kind() == kind).toList();
    }

    /** Departments whose people all rate inner flow 4, workload as given, trust 1 and identity 3. */
    private static final class Builder {
        final List<Department> departments = new ArrayList<>();
        final List<DepartmentTally> tallies = new ArrayList<>();
        final List<ConnectionTally> connections = new ArrayList<>();

        Builder dept(long id, String name, int respondents, int workload) {
            departments.add(new Department(id, name, null, respondents * 2));
            Map<String, int[]> themes = new LinkedHashMap<>();
            themes.put("workload", counts(workload, respondents));
            themes.put("trust", counts(1, respondents));
            tallies.add(new DepartmentTally(id, respondents, counts(3, respondents), themes,
                    Map.of("identity", counts(2, respondents))));
            return this;
        }

        /** Everyone gives the same flow and importance, weekly contact; stops as NONE, THEIRS, OURS, BOTH. */
        Builder edge(long from, long to, int respondents, int flow, int importance, int[] stops) {
            connections.add(new ConnectionTally(from, to, respondents, counts(flow - 1, respondents),
                    counts(importance - 1, respondents), new int[] {0, 0, 0, respondents, 0}, stops));
            return this;
        }

        OrganisationMap compute() {
            return MapComputation.compute(departments, tallies, connections, MapSettings.defaults(5));
        }

        /** n answers at index i of a length-5 array. */
        static int[] counts(int index, int n) {
            int[] c = new int[5];
            c[index] = n;
            return c;
        }
    }
}
