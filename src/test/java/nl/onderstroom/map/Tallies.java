package nl.onderstroom.map;

import nl.onderstroom.scan.ScanStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.onderstroom.scan.ScanTallies;

/** Builders of hand-made tallies, and a small organisation whose map tells a story. */
public final class Tallies {

    private Tallies() {
    }

    /** n answers, all with the given 1..5 rating. */
    public static int[] all(int n, int rating) {
        int[] counts = new int[5];
        counts[rating - 1] = n;
        return counts;
    }

    /** A connection rated by n respondents: all the same flow, importance, frequency index 0..4 and stop kind. */
    public static ScanTallies.ConnectionCount connection(long from, long to, int n, int flow, int importance,
                                                         int frequency, int stop) {
        int[] frequencies = new int[5];
        frequencies[frequency] = n;
        int[] stops = new int[4];
        stops[stop] = n;
        return new ScanTallies.ConnectionCount(from, to, n, all(n, flow), all(n, importance), frequencies, stops);
    }

    public static ScanTallies.DepartmentCount department(long id, int n, int innerFlow) {
        return new ScanTallies.DepartmentCount(id, n, all(n, innerFlow),
                Map.of("workload", new int[]{0, 0, n, 0, 0}, "trust", new int[]{0, n, 0, 0, 0}),
                Map.of("identity", all(n, 4), "integrity", all(n, 3), "image", all(n, 2)));
    }

    /** A department tally for the pure graph input. */
    public static nl.onderstroom.map.graph.DepartmentTally departmentTally(long id, int n) {
        return new nl.onderstroom.map.graph.DepartmentTally(id, n, all(n, 3), Map.of(), Map.of());
    }

    public static ScanTallies.ScanInfo scan(long id, long organisationId, ScanStatus status) {
        return new ScanTallies.ScanInfo(id, organisationId, "Scan " + id, status, 5, 7, null, null,
                List.of("workload", "trust"));
    }

    /**
     * Six departments d[0..5] of 10 respondents each. d0 and d1 barely talk (flow 1, stops at both doors);
     * d2 is an island (its outgoing flow is 1); d3 is a broker between {d0, d4} and {d1, d5}; d4/d5 are small
     * satellites. Seven stories on d0 -> d3, four (too few) on d3 -> d0.
     */
    public static FakeScanTallies.Data story(ScanTallies.ScanInfo scan, long[] d) {
        List<ScanTallies.DepartmentCount> departments = new ArrayList<>();
        for (long id : d) {
            departments.add(department(id, 10, id == d[2] ? 5 : 3));
        }
        List<ScanTallies.ConnectionCount> connections = new ArrayList<>(List.of(
                connection(d[0], d[1], 8, 1, 5, 1, 3),
                connection(d[1], d[0], 8, 1, 5, 1, 3),
                connection(d[0], d[3], 9, 5, 4, 4, 0),
                connection(d[3], d[0], 9, 4, 4, 4, 0),
                connection(d[1], d[3], 9, 4, 4, 3, 0),
                connection(d[3], d[1], 9, 5, 4, 3, 0),
                connection(d[4], d[0], 7, 4, 3, 3, 0),
                connection(d[0], d[4], 7, 4, 3, 3, 0),
                connection(d[5], d[1], 7, 4, 3, 3, 0),
                connection(d[1], d[5], 7, 4, 3, 3, 0),
                connection(d[2], d[3], 6, 1, 4, 1, 1),
                connection(d[3], d[2], 6, 2, 4, 1, 2),
                connection(d[4], d[5], 3, 3, 3, 2, 0)));
        List<ScanTallies.Text> texts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.CONNECTION_STORY, d[0], d[3], List.of(),
                    "Story " + i + " from the first to the broker", false));
        }
        for (int i = 0; i < 4; i++) {
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.CONNECTION_STORY, d[3], d[0], List.of(),
                    "Lonely story " + i, false));
        }
        for (int i = 0; i < 8; i++) {
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.UNDERCURRENT, d[2], null, List.of("workload"),
                    "Undercurrent " + i + " of the island", false));
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.IDENTITY_WHY, d[i % 6], null, List.of(),
                    i % 2 == 0 ? "Wij helpen klanten met hun vragen" : "De klant staat centraal bij ons werk", false));
        }
        return new FakeScanTallies.Data(scan, departments, connections,
                new ScanTallies.IntendedIdentity(5, Map.of("identity", all(5, 5), "integrity", all(5, 4),
                        "image", all(2, 5))),
                texts);
    }
}
