package nl.onderstroom.map;

import nl.onderstroom.scan.ScanStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;
import org.junit.jupiter.api.Test;

class WaveComparisonsTest {

    static final long[] D = {1, 2, 3, 4, 5, 6};
    static final Set<Long> KNOWN = Set.of(1L, 2L, 3L, 4L, 5L, 6L);
    static final List<Department> TREE = List.of(new Department(1, "A", null, 20), new Department(2, "B", null, 20),
            new Department(3, "C", null, 20), new Department(4, "D", null, 20), new Department(5, "E", null, 20),
            new Department(6, "F", null, 20));

    static OrganisationMap map(FakeScanTallies.Data data) {
        return MapComputation.compute(TREE, TallyConversion.departmentTallies(data.departments(), KNOWN),
                TallyConversion.connectionTallies(data.connections(), KNOWN), MapSettings.defaults(5));
    }

    static FakeScanTallies.Data with(FakeScanTallies.Data data, int index, ScanTallies.ConnectionCount replacement) {
        List<ScanTallies.ConnectionCount> connections = new ArrayList<>(data.connections());
        connections.set(index, replacement);
        return new FakeScanTallies.Data(data.scan(), data.departments(), connections, data.intended(), data.texts());
    }

    @Test
    void connections_that_moved_at_least_the_minimum_are_listed_as_improved_or_worsened() {
        FakeScanTallies.Data before = Tallies.story(Tallies.scan(1, 1, ScanStatus.CLOSED), D);
        FakeScanTallies.Data after = with(with(before, 0, Tallies.connection(1, 2, 8, 3, 5, 1, 0)),
                2, Tallies.connection(1, 4, 9, 2, 4, 4, 0));
        WaveComparison comparison = WaveComparisons.compare(before.scan(), map(after), map(before));
        assertThat(comparison.connections()).extracting(c -> c.from() + ">" + c.to())
                .containsExactly("1>4", "1>2");
        assertThat(comparison.connections().get(0).improved()).isFalse();
        assertThat(comparison.connections().get(0).change()).isEqualTo(-3.0);
        assertThat(comparison.connections().get(1).improved()).isTrue();
    }

    @Test
    void a_change_below_the_minimum_is_not_listed() {
        FakeScanTallies.Data before = Tallies.story(Tallies.scan(1, 1, ScanStatus.CLOSED), D);
        // flow 1 -> mean 1.375 (3 of 8 rate 2): a change of 0.375
        ScanTallies.ConnectionCount small = new ScanTallies.ConnectionCount(1, 2, 8, new int[]{5, 3, 0, 0, 0},
                Tallies.all(8, 5), new int[]{0, 8, 0, 0, 0}, new int[]{0, 0, 0, 8});
        WaveComparison comparison = WaveComparisons.compare(before.scan(), map(with(before, 0, small)), map(before));
        assertThat(comparison.connections()).isEmpty();
    }

    @Test
    void a_connection_hidden_in_either_scan_is_not_compared() {
        FakeScanTallies.Data before = Tallies.story(Tallies.scan(1, 1, ScanStatus.CLOSED), D);
        FakeScanTallies.Data after = with(before, 12, Tallies.connection(5, 6, 6, 5, 3, 2, 0));
        assertThat(map(before).edge(5, 6)).isEmpty();
        assertThat(WaveComparisons.compare(before.scan(), map(after), map(before)).connections()).isEmpty();
    }

    @Test
    void departments_whose_cohesion_moved_are_listed() {
        FakeScanTallies.Data before = Tallies.story(Tallies.scan(1, 1, ScanStatus.CLOSED), D);
        List<ScanTallies.DepartmentCount> departments = new ArrayList<>(before.departments());
        departments.set(0, Tallies.department(1, 10, 5));
        FakeScanTallies.Data after = new FakeScanTallies.Data(before.scan(), departments, before.connections(),
                before.intended(), before.texts());
        WaveComparison comparison = WaveComparisons.compare(before.scan(), map(after), map(before));
        assertThat(comparison.departments()).singleElement().satisfies(c -> {
            assertThat(c.departmentId()).isEqualTo(1);
            assertThat(c.measure()).isEqualTo(Measure.COHESION);
            assertThat(c.change()).isEqualTo(2.0);
        });
    }

    @Test
    void a_cohesion_rounded_because_its_count_is_hidden_is_not_compared() {
        // E has 3 respondents (and rates nothing), so the smallest shown count, A's 10, is hidden too
        FakeScanTallies.Data story = Tallies.story(Tallies.scan(1, 1, ScanStatus.CLOSED), D);
        List<ScanTallies.DepartmentCount> departments = new ArrayList<>(story.departments());
        departments.set(4, Tallies.department(5, 3, 3));
        List<ScanTallies.ConnectionCount> connections = story.connections().stream().filter(c -> c.from() != 5).toList();
        FakeScanTallies.Data before = new FakeScanTallies.Data(story.scan(), departments, connections, story.intended(),
                story.texts());
        List<ScanTallies.DepartmentCount> moved = new ArrayList<>(departments);
        moved.set(0, Tallies.department(1, 10, 5));
        FakeScanTallies.Data after = new FakeScanTallies.Data(story.scan(), moved, connections, story.intended(),
                story.texts());
        assertThat(map(after).node(1).orElseThrow().figures().countHidden()).isTrue();

        WaveComparison comparison = WaveComparisons.compare(before.scan(), map(after), map(before));
        assertThat(comparison.departments()).noneMatch(c -> c.measure() == Measure.COHESION);
    }
}
