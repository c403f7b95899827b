package nl.onderstroom.map.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.Frequency;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
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
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (MapNode n : map.nodes()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", "d" + n.id());
            node.put("dept", n.id());
            node.put("name", n.name());
            node.put("parent", n.parentId());
            node.put("suppressed", n.suppressed());
            node.put("hidden", !filter.shows(n, shownNodes));
            if (n.figures() != null) {
                node.put("respondents", n.figures().respondents());
                node.put("cohesion", n.figures().cohesion());
                node.put("island", n.figures().island());
                node.put("broker", n.figures().broker());
                node.put("cluster", n.figures().clusterId());
            }
            nodes.add(node);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (MapEdge e : map.edges()) {
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("id", "e" + e.from() + "-" + e.to());
            edge.put("from", e.from());
            edge.put("to", e.to());
            edge.put("hidden", !filter.shows(e) || !shownNodes.contains(e.from()) || !shownNodes.contains(e.to()));
            EdgeFigures f = e.figures();
            if (f != null) {
                edge.put("flow", f.meanFlow());
                edge.put("frequency", meanFrequency(f));
                edge.put("stopsShare", f.stopsShare());
                edge.put("stopTheirs", share(f, Stop.THEIRS) + share(f, Stop.BOTH));
                edge.put("stopOurs", share(f, Stop.OURS) + share(f, Stop.BOTH));
                edge.put("stops", MapFilter.stops(e));
                Double change = changes.get(List.of(e.from(), e.to()));
                edge.put("change", change);
                // the canvas draws this text as it is: formatted here, in the user's locale (a decimal comma in Dutch)
                edge.put("changeLabel", change == null ? null : Figures.signed(change, locale));
            }
            edges.add(edge);
        }
        try {
            getElement().setProperty("mapData", JSON.writeValueAsString(Map.of("nodes", nodes, "edges", edges)));
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
        List<Integer> d = f.frequencyDistribution();
        int answers = 0;
        long sum = 0;
        for (int i = 0; i < d.size() && i < Frequency.values().length; i++) {
            answers += d.get(i);
            sum += (long) i * d.get(i);
        }
        return answers == 0 ? null : (double) sum / answers;
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
}
