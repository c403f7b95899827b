package nl.onderstroom.map.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.base.ui.LiveAnnouncer;
import nl.onderstroom.base.ui.SkipLink;
import nl.onderstroom.map.LeadSentences;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.WaveComparison;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;

/**
 * The connection map: the drawing with its toolbar and legend, a side panel with the figures, distributions and
 * stories of what was clicked, and beside it the same departments and connections as lists a keyboard can reach.
 * The view holds what is chosen (the filter, the wave compared with) and wires the components to each other and to
 * the service.
 */
@Route("scans/:scanId/map")
@PermitAll
@CssImport("./src/onderstroom-results.css")
class MapView extends ResultsPage {

    private final ConnectionMap map = new ConnectionMap();
    private final LiveAnnouncer announcer = new LiveAnnouncer();
    private MapToolbar toolbar;
    private MapSidePanel panel;
    private KeyboardLists lists;
    private WaveBox waveBox;
    private MapFilter filter = MapFilter.NONE;
    private Map<List<Long>, Double> changes = Map.of();

    MapView(MapService service) {
        super(service, Page.MAP);
        setId("map-view");
        map.setId("connection-map");
        map.addClassName("results-map");
        map.addNodeClickListener(e -> showDepartment(e.departmentId(), false));
        map.addEdgeClickListener(e -> showConnection(e.from(), e.to()));
    }

    @Override
    protected void render() {
        OrganisationMap m = results.map();
        map.setDescription(getTranslation("map.view.description", m.nodes().size(), m.edges().size()));
        List<MapNode> nodes = m.nodes().stream()
                .sorted(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)).toList();
        toolbar = new MapToolbar(nodes, node -> showDepartment(node.id(), true), map::fit, this::filter,
                service.earlierScans(scanId), this::compareWith);
        panel = new MapSidePanel(results);
        lists = new KeyboardLists(results, nodes, id -> showDepartment(id, false), this::showConnection);
        waveBox = new WaveBox(results, id -> showDepartment(id, false), this::showConnection);
        add(lead());
        Div main = new Div(toolbar, map, new MapLegend(map, scanId, only -> filter(f -> f.withOnlyStopping(only))));
        main.addClassName("results-map-main");
        Div side = new Div(new StopRanking(results, this::showConnection), panel, announcer);
        SkipLink.target(side, "map-side");
        side.addClassName("results-side");
        Div body = new Div(new SkipLink(getTranslation("a11y.skip.map"), "map-side"), main, side);
        body.addClassName("results-map-body");
        add(body, waveBox, lists);
        panel.showOrganisation();
        redraw();
    }

    private void redraw() {
        map.setMap("scan-" + scanId, results.map(), filter, changes, getLocale());
        lists.show(filter);
    }

    private void filter(UnaryOperator<MapFilter> change) {
        filter = change.apply(filter);
        redraw();
    }

    /** One or two plain sentences first: where collaboration stops most, and which departments are islands. */
    private Component lead() {
        Div lead = new Div();
        lead.setId("map-lead");
        lead.addClassName("results-lead");
        List<String> sentences = new LeadSentences(results, getLocale(), this::getTranslation).sentences();
        String[] ids = LeadSentences.allHidden(results.map()) ? new String[]{"lead-too-few"}
                : new String[]{"lead-stops", "lead-islands"};
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = new Span(sentences.get(i));
            sentence.setId(ids[i]);
            lead.add(sentence, new Span(" "));
        }
        return lead;
    }

    /** Opens a department's panel and highlights it on the map; {@code centre}: also brings it to the map's middle. */
    private void showDepartment(long id, boolean centre) {
        MapNode node = results.map().node(id).orElse(null);
        if (node == null) {
            return;
        }
        map.selectNode(id, centre);
        toolbar.clearFindUnless(id);
        announcer.say(getTranslation("a11y.map.panelShows", node.name()));
        panel.showDepartment(node, () -> toolbar.showNeighbourhood(node), () -> service.departmentStories(scanId, id));
    }

    private void showConnection(long from, long to) {
        MapEdge edge = results.map().edge(from, to).orElse(null);
        if (edge == null) {
            return;
        }
        map.selectEdge(from, to);
        toolbar.clearFindUnless(null);
        announcer.say(getTranslation("a11y.map.panelShows", results.name(from) + " → " + results.name(to)));
        panel.showConnection(edge, changes.get(List.of(from, to)), service.connectionStories(scanId, from, to));
    }

    private void compareWith(ScanTallies.ScanInfo earlier) {
        if (earlier == null) {
            waveBox.show(null, null);
            changes = Map.of();
            map.setShowChanges(false);
            redraw();
            return;
        }
        WaveComparison comparison = service.compare(scanId, earlier.id());
        Map<List<Long>, Double> byEdge = new HashMap<>();
        comparison.connections().forEach(c -> byEdge.put(List.of(c.from(), c.to()), c.change()));
        changes = byEdge;
        redraw();
        map.setShowChanges(true);
        waveBox.show(earlier.name(), comparison);
    }
}
