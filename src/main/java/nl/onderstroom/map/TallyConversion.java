package nl.onderstroom.map;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderstroom.map.graph.ConnectionTally;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.DepartmentTally;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.scan.Stop;

/** From the scan's and the organisation's records to the pure graph inputs. */
final class TallyConversion {

    private TallyConversion() {
    }

    /**
     * The formal tree. A parent that is not in the list (the organisation service lists such departments at the
     * top level) becomes top level here too, so the tree is always complete.
     */
    static List<Department> departments(List<DepartmentNode> nodes) {
        Set<Long> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        return nodes.stream()
                .map(n -> new Department(n.id(), n.name(),
                        n.parentId() != null && ids.contains(n.parentId()) ? n.parentId() : null,
                        Math.max(0, n.headcount())))
                .toList();
    }

    /**
     * Department tallies of known departments. Answers of a department that no longer exists cannot be drawn
     * anywhere and are left out (removal is blocked while a department holds answers, so this is a safeguard).
     */
    static List<DepartmentTally> departmentTallies(List<ScanTallies.DepartmentCount> counts, Set<Long> known) {
        Map<Long, DepartmentTally> byId = new HashMap<>();
        for (ScanTallies.DepartmentCount c : counts) {
            if (known.contains(c.departmentId())) {
                byId.merge(c.departmentId(),
                        new DepartmentTally(c.departmentId(), c.respondents(), orEmpty(c.innerFlow(), 5),
                                c.themes() == null ? Map.of() : c.themes(),
                                c.identity() == null ? Map.of() : c.identity()),
                        (a, b) -> {
                            throw new IllegalStateException("two tallies for department " + c.departmentId());
                        });
            }
        }
        return List.copyOf(byId.values());
    }

    /**
     * Connection tallies between known departments. Ratings keep their order; frequency and stop counts move from the
     * scan's codes to the graph's constants by name of meaning (see {@link #frequency} and {@link #stop}), never by
     * position.
     */
    static List<ConnectionTally> connectionTallies(List<ScanTallies.ConnectionCount> counts, Set<Long> known) {
        return counts.stream()
                .filter(c -> c.from() != c.to() && known.contains(c.from()) && known.contains(c.to()))
                .map(c -> new ConnectionTally(c.from(), c.to(), c.respondents(), orEmpty(c.flow(), 5),
                        orEmpty(c.importance(), 5), frequencyCounts(c.frequency()), stopCounts(c.stops())))
                .toList();
    }

    /** The scan's frequency counts (indexed by {@link Frequency#code()}) indexed by the graph's frequency. */
    static int[] frequencyCounts(int[] byCode) {
        int[] counts = new int[nl.onderstroom.map.graph.Frequency.values().length];
        if (byCode != null) {
            for (Frequency f : Frequency.values()) {
                if (f.code() < byCode.length) {
                    counts[frequency(f).ordinal()] += byCode[f.code()];
                }
            }
        }
        return counts;
    }

    /** The scan's stop counts (indexed by {@link Stop#code()}) indexed by the graph's stop. */
    static int[] stopCounts(int[] byCode) {
        int[] counts = new int[nl.onderstroom.map.graph.Stop.values().length];
        if (byCode != null) {
            for (Stop s : Stop.values()) {
                if (s.code() < byCode.length) {
                    counts[stop(s).ordinal()] += byCode[s.code()];
                }
            }
        }
        return counts;
    }

    /** The one place a respondent's frequency answer becomes the graph's. */
    static nl.onderstroom.map.graph.Frequency frequency(Frequency f) {
        return switch (f) {
            case NEVER -> nl.onderstroom.map.graph.Frequency.NEVER;
            case YEARLY -> nl.onderstroom.map.graph.Frequency.YEARLY;
            case MONTHLY -> nl.onderstroom.map.graph.Frequency.MONTHLY;
            case WEEKLY -> nl.onderstroom.map.graph.Frequency.WEEKLY;
            case DAILY -> nl.onderstroom.map.graph.Frequency.DAILY;
        };
    }

    /** The one place a respondent's stop answer becomes the graph's. */
    static nl.onderstroom.map.graph.Stop stop(Stop s) {
        return switch (s) {
            case NONE -> nl.onderstroom.map.graph.Stop.NONE;
            case THEIRS -> nl.onderstroom.map.graph.Stop.THEIRS;
            case OURS -> nl.onderstroom.map.graph.Stop.OURS;
            case BOTH -> nl.onderstroom.map.graph.Stop.BOTH;
        };
    }

    private static int[] orEmpty(int[] counts, int length) {
        return counts == null ? new int[length] : counts;
    }
}
