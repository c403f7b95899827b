package nl.onderstroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.onderstroom.map.MapExports;
import nl.onderstroom.map.graph.ConnectionTally;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.DepartmentTally;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import org.junit.jupiter.api.Test;

/**
 * The attack of issue 8: two organisations that differ only in whether a one-person department (and a department
 * whose connection got too few ratings) rated a connection. Every file and API answer must be the same, byte for
 * byte; the control shows that a connection with enough ratings does change them.
 */
class HiddenLooksUnratedTest {

    private static ConnectionTally connection(long from, long to, int n, int flow) {
        int[] flows = new int[5];
        flows[flow - 1] = n;
        return new ConnectionTally(from, to, n, flows, new int[] {0, 0, n, 0, 0}, new int[] {0, 0, 0, n, 0},
                new int[] {n, 0, 0, 0});
    }

    private static OrganisationMap map(boolean smallOnesRated, boolean controlRated) {
        List<Department> tree = List.of(new Department(1, "Sales", null, 30), new Department(2, "Support", null, 20),
                new Department(3, "Desk", null, 3), new Department(4, "Field", null, 20));
        List<DepartmentTally> tallies = new ArrayList<>();
        for (long[] d : new long[][] {{1, 20}, {2, 9}, {3, 1}, {4, 8}}) {
            int n = (int) d[1];
            tallies.add(new DepartmentTally(d[0], n, new int[] {0, 0, 0, n, 0}, Map.of("trust", new int[] {0, 0, n, 0, 0}),
                    Map.of()));
        }
        List<ConnectionTally> connections = new ArrayList<>(List.of(connection(1, 2, 8, 4), connection(2, 1, 8, 2)));
        if (smallOnesRated) {
            connections.add(connection(3, 1, 1, 1)); // the one person of Desk rated Sales
            connections.add(connection(2, 3, 3, 5)); // three of Support rated Desk
        }
        if (controlRated) {
            connections.add(connection(4, 1, 6, 3));
        }
        return MapComputation.compute(tree, tallies, connections, MapSettings.defaults(5));
    }

    @Test
    void a_hidden_connection_and_an_unrated_one_look_exactly_the_same_in_every_output() {
        OrganisationMap rated = map(true, false);
        OrganisationMap unrated = map(false, false);

        assertThat(rated).isEqualTo(unrated);
        assertThat(MapApi.json(rated)).isEqualTo(MapApi.json(unrated));
        assertThat(MapExports.graphml(rated)).isEqualTo(MapExports.graphml(unrated));
        assertThat(MapExports.matrixCsv(rated)).isEqualTo(MapExports.matrixCsv(unrated));
        assertThat(MapApi.json(rated).toString()).doesNotContain("suppressedEdges");
    }

    @Test
    void control_a_connection_rated_by_enough_people_does_change_the_outputs() {
        assertThat(MapApi.json(map(false, true))).isNotEqualTo(MapApi.json(map(false, false)));
        assertThat(MapExports.graphml(map(false, true))).isNotEqualTo(MapExports.graphml(map(false, false)));
        assertThat(MapExports.matrixCsv(map(false, true))).isNotEqualTo(MapExports.matrixCsv(map(false, false)));
    }
}
