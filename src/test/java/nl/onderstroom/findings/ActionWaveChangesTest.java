package nl.onderstroom.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.map.graph.ConnectionTally;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.DepartmentTally;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.OrganisationMap;
import org.junit.jupiter.api.Test;

/**
 * The change per action's parts between two waves, on two small maps computed by the real map code with k = 5.
 * Wave 1: Sales → Operations 6 people all rate flow 1; Operations → Sales 6 rate 4; Tiny → Sales 6 rate 2.
 * Wave 2: Sales → Operations 6 rate 3 (change +2), Operations → Sales 6 rate 4 (0), Tiny has only 2 people (hidden).
 * Sales and Operations have 10 people each (inner flow 4). Sales' external flow is the mean over its shown
 * outgoing connections: 1 then 3, so +2. Its cohesion is 4 both times but its count is hidden in wave 2.
 */
class ActionWaveChangesTest {

    static final long SALES = 1;
    static final long OPERATIONS = 2;
    static final long TINY = 3;

    static OrganisationMap wave(int salesToOps, int tinyPeople) {
        List<Department> departments = new ArrayList<>();
        List<DepartmentTally> tallies = new ArrayList<>();
        List<ConnectionTally> connections = new ArrayList<>();
        dept(departments, tallies, SALES, "Sales", 10);
        dept(departments, tallies, OPERATIONS, "Operations", 10);
        dept(departments, tallies, TINY, "Tiny", tinyPeople);
        connections.add(edge(SALES, OPERATIONS, 6, salesToOps));
        connections.add(edge(OPERATIONS, SALES, 6, 4));
        connections.add(edge(TINY, SALES, tinyPeople, 2));
        return MapComputation.compute(departments, tallies, connections, MapSettings.defaults(5));
    }

    static void dept(List<Department> d, List<DepartmentTally> t, long id, String name, int n) {
        d.add(new Department(id, name, null, 20));
        Map<String, int[]> themes = new LinkedHashMap<>();
        themes.put("workload", counts(2, n));
        t.add(new DepartmentTally(id, n, counts(3, n), themes, Map.of("identity", counts(2, n))));
    }

    static ConnectionTally edge(long from, long to, int n, int flow) {
        return new ConnectionTally(from, to, n, counts(flow - 1, n), counts(2, n), new int[] {0, 0, 0, n, 0},
                new int[] {n, 0, 0, 0});
    }

    static int[] counts(int index, int n) {
        int[] c = new int[5];
        c[index] = n;
        return c;
    }

    @Test
    void connections_and_departments_change_as_computed_by_hand_and_a_part_hidden_in_one_wave_is_not_shown() {
        OrganisationMap earlier = wave(1, 6);
        OrganisationMap later = wave(3, 2);
        List<ActionWaveChanges.Figure> figures = ActionWaveChanges.figures(List.of(
                Part.connection(SALES, OPERATIONS), Part.connection(OPERATIONS, SALES), Part.connection(TINY, SALES),
                Part.department(SALES), Part.department(TINY), Part.theme("workload")), earlier, later);

        assertThat(figures).hasSize(7);
        ActionWaveChanges.Figure stop = figures.get(0);
        assertThat(stop.measure()).isEqualTo(Measure.MEAN_FLOW);
        assertThat(stop.before()).isCloseTo(1.0, within(1e-9));
        assertThat(stop.after()).isCloseTo(3.0, within(1e-9));
        assertThat(stop.change()).isCloseTo(2.0, within(1e-9));
        assertThat(figures.get(1).change()).isCloseTo(0.0, within(1e-9));
        // Tiny → Sales was shown in wave 1 (flow 2) but has 2 people in wave 2: neither value is given
        assertThat(figures.get(2).shown()).isFalse();
        assertThat(figures.get(2).before()).isNull();

        ActionWaveChanges.Figure cohesion = figures.get(3);
        assertThat(cohesion.part()).isEqualTo(Part.department(SALES));
        assertThat(cohesion.measure()).isEqualTo(Measure.COHESION);
        // wave 2 hides Sales' respondent count (Tiny is suppressed, so counts could be subtracted): its cohesion
        // is then rounded and is not compared, though 4.0 shows in both maps
        assertThat(earlier.node(SALES).orElseThrow().figures().cohesion()).isEqualTo(4.0);
        assertThat(later.node(SALES).orElseThrow().figures().countHidden()).isTrue();
        assertThat(cohesion.shown()).isFalse();
        ActionWaveChanges.Figure external = figures.get(4);
        assertThat(external.measure()).isEqualTo(Measure.EXTERNAL_FLOW);
        assertThat(external.before()).isCloseTo(1.0, within(1e-9));
        assertThat(external.after()).isCloseTo(3.0, within(1e-9));
        // Tiny is suppressed in wave 2: both its figures cannot be shown; the theme part has no figure here
        assertThat(figures.subList(5, 7)).allMatch(f -> !f.shown() && f.part().equals(Part.department(TINY)));
    }
}
