package nl.onderstroom.map.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import nl.onderstroom.map.graph.Distribution;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.NodeFigures;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.map.graph.Stop;

/**
 * The connection map in the browser ({@code frontend/src/onderstroom-map.ts}, Cytoscape.js). Java decides what is
 * drawn: it sends only figures the map shows, suppressed items without any figure.
 */
@Tag("onderstroom-map")
@JsModule("./src/onderstroom-map.ts")
@NpmPackage(value = "cytoscape", version = "3.34.4")
class ConnectionMap extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    ConnectionMap() {
        getElement().getStyle().set("display", "block").set("position", "relative");
        getElement().setAttribute("role", "img");
    }

    /**
     * Draws the map.
     *
     * @param layoutKey the key under which the browser remembers dragged positions (one per scan)
     * @param changes   per connection {@code [from, to]} a shown change since an earlier scan; may be empty
     * @param locale    the user's locale: numbers drawn on the canvas arrive formatted in it
     */
    void setMap(String layoutKey, OrganisationMap map, MapFilter filter, Map<List<Long>, Double> changes,
                Locale locale) {
        Set<Long> shownNodes = filter.shownNodes(map);
        List<CanvasNode> nodes = new ArrayList<>();
        for (MapNode n : map.nodes()) {
            NodeFigures f = n.figures();
            nodes.add(new CanvasNode("d" + n.id(), n.id(), n.name(), n.parentId(), n.suppressed(),
                    !filter.shows(n, shownNodes), f == null ? null
                            : new CanvasNodeFigures(f.respondents(), f.cohesion(), f.island(), f.broker(), f.clusterId())));
        }
        List<CanvasEdge> edges = new ArrayList<>();
        for (MapEdge e : map.edges()) {
            EdgeFigures f = e.figures();
            CanvasEdgeFigures figures = null;
            if (f != null) {
                Double change = changes.get(List.of(e.from(), e.to()));
                // the canvas draws the change label as it is: formatted here, in the user's locale (a decimal comma in Dutch)
                figures = new CanvasEdgeFigures(f.meanFlow(), meanFrequency(f), f.stopsShare(),
                        share(f, Stop.THEIRS) + share(f, Stop.BOTH), share(f, Stop.OURS) + share(f, Stop.BOTH),
                        MapFilter.stops(e), change, change == null ? null : Figures.signed(change, locale));
            }
            edges.add(new CanvasEdge("e" + e.from() + "-" + e.to(), e.from(), e.to(),
                    !filter.shows(e) || !shownNodes.contains(e.from()) || !shownNodes.contains(e.to()), figures));
        }
        try {
            getElement().setProperty("mapData", JSON.writeValueAsString(new CanvasData(nodes, edges)));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        getElement().setProperty("layoutKey", layoutKey);
    }

    private static double share(EdgeFigures f, Stop stop) {
        Double share = f.stopShares().get(stop);
        return share == null ? 0 : share;
    }

    /** Mean contact frequency 0 (never) .. 4 (daily); {@code null} without a shown distribution. */
    static Double meanFrequency(EdgeFigures f) {
        return Distribution.mean(f.frequencyDistribution(), 0, 1);
    }

    void setShowIslands(boolean show) {
        getElement().setProperty("showIslands", show);
    }

    void setShowBrokers(boolean show) {
        getElement().setProperty("showBrokers", show);
    }

    void setShowClusters(boolean show) {
        getElement().setProperty("showClusters", show);
    }

    void setShowChanges(boolean show) {
        getElement().setProperty("showChanges", show);
    }

    void setDescription(String text) {
        getElement().setAttribute("aria-label", text);
    }

    /** Highlights a department on the map; {@code centre}: also pans the map so that it is in the middle. */
    void selectNode(long id, boolean centre) {
        getElement().callJsFunction("select", "node", String.valueOf(id), centre);
    }

    /** Highlights a connection on the map. */
    void selectEdge(long from, long to) {
        getElement().callJsFunction("select", "edge", from + "-" + to, false);
    }

    /** Shows the whole map again, fitted to the canvas. */
    void fit() {
        getElement().callJsFunction("fitAll");
    }

    void exportPng(String fileName) {
        getElement().callJsFunction("exportPng", fileName);
    }

    void resetLayout() {
        getElement().callJsFunction("resetLayout");
    }

    Registration addNodeClickListener(ComponentEventListener<NodeClickEvent> listener) {
        return addListener(NodeClickEvent.class, listener);
    }

    Registration addEdgeClickListener(ComponentEventListener<EdgeClickEvent> listener) {
        return addListener(EdgeClickEvent.class, listener);
    }

    /** A department was clicked (or tapped) on the map. */
    @DomEvent("node-click")
    public static class NodeClickEvent extends ComponentEvent<ConnectionMap> {

        private final long departmentId;

        public NodeClickEvent(ConnectionMap source, boolean fromClient, @EventData("event.detail.id") double departmentId) {
            super(source, fromClient);
            // ids travel as JSON numbers, exact up to 2^53
            this.departmentId = (long) departmentId;
        }

        long departmentId() {
            return departmentId;
        }
    }

    /** A connection was clicked (or tapped) on the map. */
    @DomEvent("edge-click")
    public static class EdgeClickEvent extends ComponentEvent<ConnectionMap> {

        private final long from;
        private final long to;

        public EdgeClickEvent(ConnectionMap source, boolean fromClient, @EventData("event.detail.from") double from,
                       @EventData("event.detail.to") double to) {
            super(source, fromClient);
            this.from = (long) from;
            this.to = (long) to;
        }

        long from() {
            return from;
        }

        long to() {
            return to;
        }
    }

    /** What the canvas ({@code onderstroom-map.ts}) reads; a suppressed department carries no figure at all. */
    record CanvasData(List<CanvasNode> nodes, List<CanvasEdge> edges) {
    }

    record CanvasNode(String id, long dept, String name, Long parent, boolean suppressed, boolean hidden,
                      @JsonUnwrapped CanvasNodeFigures figures) {
    }

    record CanvasNodeFigures(Integer respondents, Double cohesion, boolean island, boolean broker, Integer cluster) {
    }

    record CanvasEdge(String id, long from, long to, boolean hidden, @JsonUnwrapped CanvasEdgeFigures figures) {
    }

    record CanvasEdgeFigures(Double flow, Double frequency, Double stopsShare, double stopTheirs, double stopOurs,
                             boolean stops, Double change, String changeLabel) {
    }
}
