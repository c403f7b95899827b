package nl.onderstroom.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.NodeFigures;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;

/** Compares two computed maps; only figures shown in both take part, so no hidden figure leaks as a change. */
final class WaveComparisons {

    private WaveComparisons() {
    }

    static WaveComparison compare(ScanTallies.ScanInfo earlierScan, OrganisationMap now, OrganisationMap earlier) {
        List<WaveComparison.ConnectionChange> connections = new ArrayList<>();
        for (MapEdge e : now.edges()) {
            Double after = e.figures() == null ? null : e.figures().meanFlow();
            Double before = earlier.edge(e.from(), e.to())
                    .map(old -> old.figures() == null ? null : old.figures().meanFlow()).orElse(null);
            if (after != null && before != null && significant(after - before)) {
                connections.add(new WaveComparison.ConnectionChange(e.from(), e.to(), before, after));
            }
        }
        connections.sort(Comparator.comparingDouble((WaveComparison.ConnectionChange c) -> -Math.abs(c.change()))
                .thenComparingLong(WaveComparison.ConnectionChange::from)
                .thenComparingLong(WaveComparison.ConnectionChange::to));

        List<WaveComparison.DepartmentChange> departments = new ArrayList<>();
        for (MapNode n : now.nodes()) {
            MapNode old = earlier.node(n.id()).orElse(null);
            if (n.figures() == null || old == null || old.figures() == null) {
                continue;
            }
            // a cohesion rounded to the half (count hidden) against an exact one would show chance moves of 0.5
            if (!n.figures().countHidden() && !old.figures().countHidden()) {
                add(departments, n, old, Measure.COHESION, NodeFigures::cohesion);
            }
            add(departments, n, old, Measure.EXTERNAL_FLOW, NodeFigures::externalFlow);
        }
        departments.sort(Comparator.comparingDouble((WaveComparison.DepartmentChange c) -> -Math.abs(c.change()))
                .thenComparingLong(WaveComparison.DepartmentChange::departmentId)
                .thenComparing(WaveComparison.DepartmentChange::measure));
        return new WaveComparison(earlierScan, connections, departments);
    }

    private static void add(List<WaveComparison.DepartmentChange> out, MapNode now, MapNode old, Measure measure,
                            Function<NodeFigures, Double> figure) {
        Double after = figure.apply(now.figures());
        Double before = figure.apply(old.figures());
        if (after != null && before != null && significant(after - before)) {
            out.add(new WaveComparison.DepartmentChange(now.id(), measure, before, after));
        }
    }

    private static boolean significant(double change) {
        // a tiny tolerance so that 3.5 -> 4.0 counts as the documented 0.5 despite binary fractions
        return Math.abs(change) >= WaveComparison.MINIMUM_CHANGE - 1e-9;
    }
}
