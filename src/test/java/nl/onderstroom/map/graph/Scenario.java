package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small organisations for tests: departments, tallies and connections. */
final class Scenario {

    final List<Department> departments = new ArrayList<>();
    final List<DepartmentTally> tallies = new ArrayList<>();
    final List<ConnectionTally> connections = new ArrayList<>();

    /** A top-level department whose respondents all rate inner flow 4, trust 2 and identity 3. */
    Scenario dept(long id, int respondents) {
        return dept(id, null, respondents);
    }

    Scenario dept(long id, Long parentId, int respondents) {
        return dept(id, parentId, respondents, rating(4, respondents));
    }

    Scenario dept(long id, Long parentId, int respondents, int[] innerFlow) {
        departments.add(new Department(id, "D" + id, parentId, respondents * 2));
        Map<String, int[]> themes = new LinkedHashMap<>();
        themes.put("trust", rating(3, respondents));
        Map<String, int[]> identity = new LinkedHashMap<>();
        identity.put("identity", rating(3, respondents));
        tallies.add(new DepartmentTally(id, respondents, innerFlow, themes, identity));
        return this;
    }

    /** Everyone gives the same flow; importance 3, contact weekly, it does not stop. */
    Scenario edge(long from, long to, int respondents, int flow) {
        return edge(from, to, respondents, rating(flow, respondents), rating(3, respondents));
    }

    Scenario edge(long from, long to, int respondents, int[] flow, int[] importance) {
        return edge(from, to, respondents, flow, importance, new int[] {0, 0, 0, respondents, 0},
                new int[] {respondents, 0, 0, 0});
    }

    Scenario edge(long from, long to, int respondents, int[] flow, int[] importance, int[] frequency, int[] stops) {
        connections.add(new ConnectionTally(from, to, respondents, flow, importance, frequency, stops));
        return this;
    }

    /** Working edges both ways, {@code respondents} each, flow 4. */
    Scenario both(long a, long b, int respondents) {
        return edge(a, b, respondents, 4).edge(b, a, respondents, 4);
    }

    OrganisationMap compute(int k) {
        return compute(MapSettings.defaults(k));
    }

    OrganisationMap compute(MapSettings settings) {
        return MapComputation.compute(departments, tallies, connections, settings);
    }

    /** A length-5 distribution with {@code n} answers at {@code rating} (1..5). */
    static int[] rating(int rating, int n) {
        int[] counts = new int[5];
        counts[rating - 1] = n;
        return counts;
    }

    static MapNode node(OrganisationMap map, long id) {
        return map.node(id).orElseThrow();
    }

    static MapEdge edge(OrganisationMap map, long from, long to) {
        return map.edge(from, to).orElseThrow();
    }
}
