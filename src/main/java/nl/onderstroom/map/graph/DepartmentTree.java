package nl.onderstroom.map.graph;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The formal department tree, checked once (ids unique, every parent present, no cycles) so that every later step may
 * rely on it. Immutable.
 */
final class DepartmentTree {

    private final List<Department> departments;
    private final Map<Long, Department> byId;

    private DepartmentTree(List<Department> departments, Map<Long, Department> byId) {
        this.departments = departments;
        this.byId = byId;
    }

    /**
     * @throws IllegalArgumentException for a duplicate id, an unknown parent or a cycle
     */
    static DepartmentTree of(List<Department> departments) {
        List<Department> sorted = Objects.requireNonNull(departments, "departments").stream()
                .sorted(Comparator.comparingLong(Department::id)).toList();
        Map<Long, Department> byId = new HashMap<>();
        for (Department d : sorted) {
            if (byId.put(d.id(), d) != null) {
                throw new IllegalArgumentException("duplicate department " + d.id());
            }
        }
        DepartmentTree tree = new DepartmentTree(sorted, Map.copyOf(byId));
        for (Department d : sorted) {
            if (d.parentId() != null) {
                tree.require(d.parentId(), "parent of " + d.id());
            }
        }
        tree.requireNoCycles();
        return tree;
    }

    /** All departments in ascending id order: the order of the map's nodes. */
    List<Department> departments() {
        return departments;
    }

    List<Long> ids() {
        return departments.stream().map(Department::id).toList();
    }

    /**
     * Checks that a department is in the tree.
     *
     * @param what what refers to it, for the message
     * @throws IllegalArgumentException when it is not
     */
    void require(long id, String what) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException(what + ": unknown department " + id);
        }
    }

    /**
     * The formal unit of each department, the grouping informal clusters are compared with: its top-level ancestor,
     * or, when the tree has a single top-level department (the organisation itself), its ancestor one level below
     * that (the organisation itself for the top department).
     */
    Map<Long, Long> formalUnits() {
        long topLevel = departments.stream().filter(d -> d.parentId() == null).count();
        Map<Long, Long> unit = new HashMap<>();
        for (Department d : departments) {
            Department current = d;
            Department below = null;
            while (current.parentId() != null) {
                below = current;
                current = byId.get(current.parentId());
            }
            unit.put(d.id(), topLevel == 1 && below != null ? below.id() : current.id());
        }
        return Map.copyOf(unit);
    }

    private void requireNoCycles() {
        for (Department d : departments) {
            Set<Long> path = new HashSet<>();
            Department current = d;
            while (current.parentId() != null) {
                if (!path.add(current.id())) {
                    throw new IllegalArgumentException("department tree has a cycle at " + current.id());
                }
                current = byId.get(current.parentId());
            }
        }
    }
}
