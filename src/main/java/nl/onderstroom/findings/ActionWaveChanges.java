package nl.onderstroom.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.NodeFigures;
import nl.onderstroom.map.graph.OrganisationMap;

/**
 * How the parts of an action's finding changed from one wave to the next: the mean flow of each connection and the
 * cohesion and external flow of each department, taken only from what both computed maps show (so no hidden figure
 * can be derived as a change). A figure that either wave hides is kept with {@code null} values: the screen then
 * says it cannot be shown. Unlike {@code WaveComparison}, small changes are listed too: the reader asked about
 * this part. Pure: no database, no session.
 */
public final class ActionWaveChanges {

    private ActionWaveChanges() {
    }

    /** One figure of a part, before and after; {@code before}/{@code after} are both null when it cannot be shown. */
    public record Figure(Part part, Measure measure, Double before, Double after) {

        public boolean shown() {
            return before != null && after != null;
        }

        public double change() {
            return after - before;
        }
    }

    /** An action with the figures of its finding's connections and departments. */
    public record ActionChange(ActionView action, List<Figure> figures) {

        public ActionChange {
            figures = List.copyOf(figures);
        }
    }

    /** The figures of the connection and department parts, in the parts' order; themes and identity are left out. */
    public static List<Figure> figures(List<Part> parts, OrganisationMap earlier, OrganisationMap later) {
        List<Figure> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.kind() == PartKind.CONNECTION) {
                out.add(figure(p, Measure.MEAN_FLOW, flow(earlier, p), flow(later, p)));
            } else if (p.kind() == PartKind.DEPARTMENT) {
                NodeFigures before = figures(earlier, p.departmentId());
                NodeFigures after = figures(later, p.departmentId());
                boolean both = before != null && after != null;
                // a cohesion rounded to the half (count hidden) is not compared, as in the map's wave comparison
                boolean cohesion = both && !before.countHidden() && !after.countHidden();
                out.add(figure(p, Measure.COHESION, cohesion ? before.cohesion() : null,
                        cohesion ? after.cohesion() : null));
                out.add(figure(p, Measure.EXTERNAL_FLOW, both ? before.externalFlow() : null,
                        both ? after.externalFlow() : null));
            }
        }
        return out;
    }

    private static Figure figure(Part part, Measure measure, Double before, Double after) {
        return before == null || after == null ? new Figure(part, measure, null, null)
                : new Figure(part, measure, before, after);
    }

    private static Double flow(OrganisationMap map, Part p) {
        Optional<MapEdge> edge = map.edge(p.departmentId(), p.targetDepartmentId());
        return edge.map(e -> e.figures() == null ? null : e.figures().meanFlow()).orElse(null);
    }

    private static NodeFigures figures(OrganisationMap map, long departmentId) {
        MapNode node = map.node(departmentId).orElse(null);
        return node == null || node.suppressed() ? null : node.figures();
    }
}
