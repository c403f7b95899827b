package nl.onderstroom.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;

/**
 * The rules of one organisation's department tree, pure (no Spring, no database): unique names regardless of case
 * and spacing, a parent of the same organisation and never a sub-department of itself, a headcount in range, and
 * the depth-first listing the screens and the CSV export show.
 */
final class DepartmentTree {

    static final int MAX_NAME = 100;
    static final int MAX_HEADCOUNT = 100_000;

    private DepartmentTree() {
    }

    /** Depth-first listing, siblings by name; departments whose parent is missing are shown at the top level. */
    static List<DepartmentNode> of(List<Department> all) {
        Map<Long, List<Department>> children = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        all.forEach(d -> ids.add(d.getId()));
        for (Department d : all) {
            Long parent = d.getParentId() != null && ids.contains(d.getParentId()) ? d.getParentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
        }
        Comparator<Department> byName = Comparator.comparing(d -> d.getName().toLowerCase(Locale.ROOT));
        children.values().forEach(list -> list.sort(byName));
        List<DepartmentNode> out = new ArrayList<>(all.size());
        walk(children, null, 0, out, new HashSet<>());
        return out;
    }

    /** One department as the listing shows it. */
    static DepartmentNode node(List<Department> all, long id) {
        return of(all).stream().filter(n -> n.id() == id).findFirst().orElseThrow(NotFound::new);
    }

    static Department find(List<Department> all, long departmentId) {
        return all.stream().filter(d -> d.getId() == departmentId).findFirst().orElseThrow(NotFound::new);
    }

    static void requireUniqueName(List<Department> all, String name, Long except) {
        String key = Names.key(name);
        if (all.stream().anyMatch(d -> !Objects.equals(d.getId(), except) && Names.key(d.getName()).equals(key))) {
            throw new UserError("organisation.error.departmentNameTaken", name);
        }
    }

    /** The parent, if it is one of {@code all} and (when moving {@code self}) not below {@code self}. */
    static Long requireParent(List<Department> all, Long parentId, Long self) {
        if (parentId == null) {
            return null;
        }
        Map<Long, Department> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.getId(), d));
        if (!byId.containsKey(parentId)) {
            throw new NotFound();
        }
        if (self != null) {
            Set<Long> seen = new HashSet<>();
            for (Long at = parentId; at != null && seen.add(at); at = byId.get(at).getParentId()) {
                if (at.equals(self)) {
                    throw new UserError("organisation.error.parentCycle");
                }
            }
        }
        return parentId;
    }

    static int requireHeadcount(int headcount) {
        if (headcount < 0 || headcount > MAX_HEADCOUNT) {
            throw new UserError("organisation.error.headcount", MAX_HEADCOUNT);
        }
        return headcount;
    }

    private static void walk(Map<Long, List<Department>> children, Long parent, int depth, List<DepartmentNode> out,
                             Set<Long> visited) {
        for (Department d : children.getOrDefault(parent, List.of())) {
            if (visited.add(d.getId())) {
                out.add(new DepartmentNode(d.getId(), d.getName(), d.getParentId(), d.getHeadcount(), depth));
                walk(children, d.getId(), depth + 1, out, visited);
            }
        }
    }
}
