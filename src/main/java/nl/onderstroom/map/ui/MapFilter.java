package nl.onderstroom.map.ui;

import java.util.HashSet;
import java.util.Set;

import nl.onderstroom.map.MapService;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;

/**
 * What the map shows of itself: a minimum flow, only connections where collaboration stops, or one department's
 * neighbourhood. Filtered-out items stay in the drawing (hidden), so the layout does not move.
 *
 * @param minFlow       connections below this mean flow are hidden; 1 shows all (hidden ones have no flow and are
 *                      hidden as soon as this is above 1)
 * @param onlyStopping  only connections where at least {@link MapService#STOP_MARK_SHARE} say it stops
 * @param neighbourhood a department id: only it, its connections and the departments at their other end
 */
record MapFilter(double minFlow, boolean onlyStopping, Long neighbourhood) {

    static final MapFilter NONE = new MapFilter(1, false, null);

    MapFilter withMinFlow(double min) {
        return new MapFilter(min, onlyStopping, neighbourhood);
    }

    MapFilter withOnlyStopping(boolean only) {
        return new MapFilter(minFlow, only, neighbourhood);
    }

    MapFilter withNeighbourhood(Long departmentId) {
        return new MapFilter(minFlow, onlyStopping, departmentId);
    }

    static boolean stops(MapEdge edge) {
        return edge.figures() != null && edge.figures().stopsShare() != null
                && edge.figures().stopsShare() >= MapService.STOP_MARK_SHARE;
    }

    boolean shows(MapEdge edge) {
        if (minFlow > 1 && (edge.figures() == null || edge.figures().meanFlow() == null
                || edge.figures().meanFlow() < minFlow)) {
            return false;
        }
        if (onlyStopping && !stops(edge)) {
            return false;
        }
        return neighbourhood == null || edge.from() == neighbourhood || edge.to() == neighbourhood;
    }

    /** The departments shown: all, or the neighbourhood's centre and the ends of its shown connections. */
    Set<Long> shownNodes(OrganisationMap map) {
        Set<Long> shown = new HashSet<>();
        if (neighbourhood == null) {
            map.nodes().forEach(n -> shown.add(n.id()));
            return shown;
        }
        shown.add(neighbourhood);
        for (MapEdge e : map.edges()) {
            if (shows(e)) {
                shown.add(e.from());
                shown.add(e.to());
            }
        }
        return shown;
    }

    boolean shows(MapNode node, Set<Long> shownNodes) {
        return shownNodes.contains(node.id());
    }
}
