package nl.onderstroom.map.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checked input of a map: the tree, at most one tally per department and at most one connection per ordered pair,
 * sorted by (from, to). Every step after this one may rely on these conditions.
 *
 * @param tallies by department id; a department without one has 0 respondents
 */
record MapInput(DepartmentTree tree, Map<Long, DepartmentTally> tallies, List<ConnectionTally> connections) {

    MapInput {
        tallies = Map.copyOf(tallies);
        connections = List.copyOf(connections);
    }

    /**
     * @throws IllegalArgumentException when the input breaks a condition of {@link MapComputation#compute}
     */
    static MapInput of(List<Department> departments, List<DepartmentTally> tallies, List<ConnectionTally> connections) {
        DepartmentTree tree = DepartmentTree.of(departments);
        Map<Long, DepartmentTally> byId = new HashMap<>();
        for (DepartmentTally t : Objects.requireNonNull(tallies, "tallies")) {
            tree.require(t.departmentId(), "tally");
            if (byId.put(t.departmentId(), t) != null) {
                throw new IllegalArgumentException("duplicate tally for department " + t.departmentId());
            }
        }
        Set<List<Long>> seen = new HashSet<>();
        for (ConnectionTally c : Objects.requireNonNull(connections, "connections")) {
            tree.require(c.from(), "connection source");
            tree.require(c.to(), "connection target");
            if (!seen.add(List.of(c.from(), c.to()))) {
                throw new IllegalArgumentException("duplicate connection " + c.from() + "->" + c.to());
            }
            DepartmentTally rater = byId.get(c.from());
            if (c.respondents() > (rater == null ? 0 : rater.respondents())) {
                throw new IllegalArgumentException("connection " + c.from() + "->" + c.to()
                        + " has more respondents than department " + c.from());
            }
        }
        return new MapInput(tree, byId, connections.stream()
                .sorted(Comparator.comparingLong(ConnectionTally::from).thenComparingLong(ConnectionTally::to))
                .toList());
    }

    /** The department's tally, or {@code null} when nobody of it responded. */
    DepartmentTally tally(long departmentId) {
        return tallies.get(departmentId);
    }

    int respondents(long departmentId) {
        DepartmentTally t = tallies.get(departmentId);
        return t == null ? 0 : t.respondents();
    }
}
