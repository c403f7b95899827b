package nl.onderstroom.map;

import java.util.List;

import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.scan.ScanTallies;

/**
 * What changed since an earlier scan of the same organisation: connections and departments whose figure moved by
 * at least {@link #MINIMUM_CHANGE} and was shown in both scans. Largest change first.
 */
public record WaveComparison(ScanTallies.ScanInfo earlier, List<ConnectionChange> connections,
                             List<DepartmentChange> departments) {

    /** A change smaller than this (on the 1..5 scale) is not listed: it is within what chance moves. */
    public static final double MINIMUM_CHANGE = 0.5;

    public WaveComparison {
        connections = List.copyOf(connections);
        departments = List.copyOf(departments);
    }

    /** The mean flow of {@code from -> to}, before and after. */
    public record ConnectionChange(long from, long to, double before, double after) {

        public double change() {
            return after - before;
        }

        public boolean improved() {
            return after > before;
        }
    }

    /** A department figure ({@link Measure#COHESION} or {@link Measure#EXTERNAL_FLOW}), before and after. */
    public record DepartmentChange(long departmentId, Measure measure, double before, double after) {

        public double change() {
            return after - before;
        }

        public boolean improved() {
            return after > before;
        }
    }
}
