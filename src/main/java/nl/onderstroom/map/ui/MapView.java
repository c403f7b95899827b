package nl.onderstroom.map.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.Story;
import nl.onderstroom.map.WaveComparison;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.Frequency;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapMetrics;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.NodeFigures;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.map.graph.Stop;
import nl.onderstroom.map.graph.StopRankingEntry;
import nl.onderstroom.scan.ScanTallies;

/**
 * The connection map: the drawing with its toggles and filters, a side panel with the figures, distributions and
 * stories of what was clicked, and beside it the same departments and connections as lists a keyboard can reach.
 */
@Route("scans/:scanId/map")
@PermitAll
@CssImport("./src/onderstroom-results.css")
class MapView extends ResultsPage {

    private static final int RANKING_SIZE = 10;

    private final ConnectionMap map = new ConnectionMap();
    private final Div panel = new Div();
    private final Div lists = new Div();
    private final Div waveBox = new Div();
    private final ComboBox<MapNode> around = new ComboBox<>();
    private MapFilter filter = MapFilter.NONE;
    private Map<List<Long>, Double> changes = Map.of();

    MapView(MapService service) {
        super(service, Page.MAP);
        setId("map-view");
        map.setId("connection-map");
        map.addClassName("results-map");
        map.addNodeClickListener(e -> showDepartment(e.departmentId()));
        map.addEdgeClickListener(e -> showConnection(e.from(), e.to()));
        panel.setId("map-panel");
        panel.addClassName("results-panel");
        lists.addClassName("results-lists");
        waveBox.setId("wave-changes");
        waveBox.addClassName("results-wave");
    }

    @Override
    protected void render() {
        OrganisationMap m = results.map();
        map.setDescription(getTranslation("map.view.description", m.nodes().size(), m.edges().size()));
        add(toolbar());
        Div body = new Div(map, panel);
        body.addClassName("results-map-body");
        add(body, legend(), waveBox, lists);
        emptyPanel();
        redraw();
    }

    private void redraw() {
        map.setMap("scan-" + scanId, results.map(), filter, changes);
        lists.removeAll();
        lists.add(stopRanking(), departmentList(), connectionList());
    }

    // ---- toolbar ---------------------------------------------------------------------------------------------

    private Component toolbar() {
        Checkbox islands = new Checkbox(getTranslation(Measure.ISLAND.labelKey()));
        islands.setId("toggle-islands");
        islands.addValueChangeListener(e -> map.setShowIslands(e.getValue()));
        Checkbox brokers = new Checkbox(getTranslation(Measure.BROKER.labelKey()));
        brokers.setId("toggle-brokers");
        brokers.addValueChangeListener(e -> map.setShowBrokers(e.getValue()));
        Checkbox clusters = new Checkbox(getTranslation(Measure.CLUSTER.labelKey()));
        clusters.setId("toggle-clusters");
        clusters.addValueChangeListener(e -> map.setShowClusters(e.getValue()));

        Select<Double> minFlow = new Select<>();
        minFlow.setId("filter-min-flow");
        minFlow.setLabel(getTranslation("map.view.minFlow"));
        minFlow.setItems(1.0, 2.0, 3.0, 4.0);
        minFlow.setItemLabelGenerator(v -> v <= 1 ? getTranslation("map.view.minFlowAll")
                : "≥ " + Figures.number(v, 0, getLocale()));
        minFlow.setValue(1.0);
        minFlow.setTooltipText(getTranslation(Measure.MEAN_FLOW.explainKey()));
        minFlow.addValueChangeListener(e -> {
            filter = new MapFilter(e.getValue() == null ? 1 : e.getValue(), filter.onlyStopping(), filter.neighbourhood());
            redraw();
        });
        minFlow.addClassName("results-filter");

        Checkbox stopping = new Checkbox(getTranslation("map.view.onlyStopping"));
        stopping.setId("filter-stopping");
        stopping.addValueChangeListener(e -> {
            filter = new MapFilter(filter.minFlow(), e.getValue(), filter.neighbourhood());
            redraw();
        });

        around.setLabel(getTranslation("map.view.neighbourhood"));
        around.setId("filter-neighbourhood");
        around.setItems(sortedNodes());
        around.setItemLabelGenerator(MapNode::name);
        around.setClearButtonVisible(true);
        around.setPlaceholder(getTranslation("map.view.neighbourhoodAll"));
        around.addValueChangeListener(e -> {
            filter = new MapFilter(filter.minFlow(), filter.onlyStopping(), e.getValue() == null ? null : e.getValue().id());
            redraw();
        });
        around.addClassName("results-filter");

        Div filters = new Div(minFlow, around);
        filters.addClassName("results-filters");

        Button png = new Button(getTranslation("map.view.exportPng"), VaadinIcon.DOWNLOAD.create(),
                e -> map.exportPng(getTranslation("map.view.pngName") + "-" + scanId + ".png"));
        png.setId("export-png");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button reset = new Button(getTranslation("map.view.resetLayout"), VaadinIcon.REFRESH.create(), e -> map.resetLayout());
        reset.setId("reset-layout");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(png, reset);
        actions.addClassName("results-actions");

        List<ScanTallies.ScanInfo> earlier = service.earlierScans(scanId);
        if (!earlier.isEmpty()) {
            Select<ScanTallies.ScanInfo> compare = new Select<>();
            compare.setId("compare-with");
            compare.setLabel(getTranslation("map.wave.compareWith"));
            compare.setEmptySelectionAllowed(true);
            compare.setEmptySelectionCaption(getTranslation("map.wave.none"));
            compare.setItems(earlier);
            compare.setItemLabelGenerator(s -> s == null ? getTranslation("map.wave.none") : s.name());
            compare.addValueChangeListener(e -> compareWith(e.getValue()));
            compare.addClassName("results-filter");
            filters.add(compare);
        }
        Div toggles = new Div(new Span(getTranslation("map.view.show")), islands, brokers, clusters, stopping);
        toggles.addClassName("results-toggles");
        Div bar = new Div(filters, actions, toggles);
        bar.addClassName("results-toolbar");
        return bar;
    }

    private List<MapNode> sortedNodes() {
        return results.map().nodes().stream().sorted(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Component metrics(MapMetrics metrics) {
        Div row = new Div(
                Figures.figure(this, Measure.TOTAL_RESPONDENTS, metrics.totalRespondents() == null
                        ? getTranslation("map.view.hidden") : String.valueOf(metrics.totalRespondents())),
                Figures.figure(this, Measure.DENSITY, Figures.percent(metrics.density(), getLocale())),
                Figures.figure(this, Measure.RECIPROCITY, Figures.percent(metrics.reciprocity(), getLocale())),
                Figures.figure(this, Measure.MODULARITY, Figures.number(metrics.modularity(), 2, getLocale())),
                Figures.figure(this, Measure.SUPPRESSED, getTranslation("supp.view.suppressedDepartments",
                        metrics.suppressedDepartments())));
        row.setId("map-metrics");
        return row;
    }

    private Component legend() {
        Div legend = new Div();
        legend.setId("map-legend");
        legend.addClassName("results-legend");
        legend.add(legendItem("results-legend-low", getTranslation("map.legend.low")),
                legendItem("results-legend-mid", getTranslation("map.legend.mid")),
                legendItem("results-legend-high", getTranslation("map.legend.high")),
                legendItem("results-legend-stop", getTranslation("map.legend.stops")),
                legendItem("results-legend-hidden", getTranslation("map.legend.hidden")),
                new Span(getTranslation("map.legend.sizes")));
        return legend;
    }

    private static Component legendItem(String swatchClass, String text) {
        Span swatch = new Span();
        swatch.addClassNames("results-legend-swatch", swatchClass);
        Span item = new Span(swatch, new Span(text));
        item.addClassName("results-legend-item");
        return item;
    }

    // ---- lists -----------------------------------------------------------------------------------------------

    private Component stopRanking() {
        Div box = new Div();
        box.setId("stop-ranking");
        box.addClassName("results-list-box");
        box.add(new H3(getTranslation("map.view.stopRanking")));
        Paragraph explain = new Paragraph(getTranslation(Measure.STOP_SCORE.explainKey()));
        explain.addClassName("onderstroom-muted");
        box.add(explain);
        List<StopRankingEntry> ranking = results.map().stopRanking();
        if (ranking.isEmpty()) {
            box.add(new Paragraph(getTranslation("map.view.stopRankingEmpty")));
            return box;
        }
        OrderedList list = new OrderedList();
        for (StopRankingEntry entry : ranking.subList(0, Math.min(RANKING_SIZE, ranking.size()))) {
            Button open = new Button(results.name(entry.from()) + " → " + results.name(entry.to()),
                    e -> showConnection(entry.from(), entry.to()));
            open.setId("stop-" + entry.from() + "-" + entry.to());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span score = new Span(getTranslation("map.view.stopEntry", Figures.percent(entry.stopsShare(), getLocale()),
                    Figures.number(entry.meanImportance(), 1, getLocale())));
            score.addClassName("onderstroom-muted");
            list.add(new ListItem(open, new Span(" "), score));
        }
        box.add(list);
        return box;
    }

    private Component departmentList() {
        Set<Long> shownNodes = filter.shownNodes(results.map());
        UnorderedList list = new UnorderedList();
        list.addClassName("results-keyboard-list");
        for (MapNode node : sortedNodes()) {
            if (!shownNodes.contains(node.id())) {
                continue;
            }
            Button open = new Button(node.name() + (node.suppressed() ? " (" + getTranslation("map.view.hidden") + ")" : ""),
                    e -> showDepartment(node.id()));
            open.setId("department-" + node.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(open));
        }
        Details details = new Details(getTranslation("map.view.departments", list.getChildren().count()), list);
        details.setId("department-list");
        details.setOpened(true);
        details.addClassName("results-list-box");
        return details;
    }

    private Component connectionList() {
        Set<Long> shownNodes = filter.shownNodes(results.map());
        UnorderedList list = new UnorderedList();
        list.addClassName("results-keyboard-list");
        List<MapEdge> edges = new ArrayList<>(results.map().edges());
        edges.sort(Comparator.comparing((MapEdge e) -> results.name(e.from()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> results.name(e.to()), String.CASE_INSENSITIVE_ORDER));
        for (MapEdge edge : edges) {
            if (!filter.shows(edge) || !shownNodes.contains(edge.from()) || !shownNodes.contains(edge.to())) {
                continue;
            }
            String figure = getTranslation(Measure.MEAN_FLOW.labelKey()) + " "
                    + Figures.number(edge.figures().meanFlow(), 1, getLocale());
            Button open = new Button(results.name(edge.from()) + " → " + results.name(edge.to()) + " (" + figure + ")",
                    e -> showConnection(edge.from(), edge.to()));
            open.setId("connection-" + edge.from() + "-" + edge.to());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(open));
        }
        long count = list.getChildren().count();
        Details details = new Details(getTranslation("map.view.connections", count), list);
        details.setId("connection-list");
        details.setOpened(count <= 60);
        details.addClassName("results-list-box");
        return details;
    }

    // ---- side panel ------------------------------------------------------------------------------------------

    /** Before anything is chosen: how to use the panel, and the organisation-wide figures. */
    private void emptyPanel() {
        panel.removeAll();
        Paragraph hint = new Paragraph(getTranslation("map.panel.hint"));
        hint.addClassName("onderstroom-muted");
        H3 title = new H3(getTranslation("map.panel.organisation"));
        title.setId("panel-title");
        panel.add(title, metrics(results.map().metrics()), hint);
    }

    private void showDepartment(long id) {
        MapNode node = results.map().node(id).orElse(null);
        if (node == null) {
            return;
        }
        map.selectNode(id);
        panel.removeAll();
        panel.getElement().executeJs("this.scrollTop = 0");
        H3 title = new H3(node.name());
        title.setId("panel-title");
        panel.add(title);
        panel.getElement().setAttribute("aria-live", "polite");
        if (node.suppressed()) {
            panel.add(Figures.figure(this, Measure.SUPPRESSED, getTranslation("map.view.hidden")));
            return;
        }
        NodeFigures f = node.figures();
        if (f.countHidden()) {
            int k = results.scan().threshold();
            panel.add(Figures.figure(this, Measure.RESPONDENTS, getTranslation("supp.panel.atLeast", k)));
            Paragraph why = new Paragraph(getTranslation("supp.panel.countHidden", k));
            why.setId("panel-count-hidden");
            why.addClassName("onderstroom-muted");
            panel.add(why);
        } else {
            panel.add(Figures.figure(this, Measure.RESPONDENTS, String.valueOf(f.respondents())));
        }
        if (node.subtreeRespondents() != null && !node.subtreeRespondents().equals(f.respondents())) {
            panel.add(Figures.figure(this, Measure.SUBTREE_RESPONDENTS, String.valueOf(node.subtreeRespondents())));
        }
        panel.add(Figures.figure(this, Measure.RESPONSE_RATE, Figures.percent(f.responseRate(), getLocale())),
                Figures.figure(this, Measure.COHESION, Figures.number(f.cohesion(), 1, getLocale())),
                Figures.figure(this, Measure.EXTERNAL_FLOW, Figures.number(f.externalFlow(), 1, getLocale())),
                Figures.figure(this, Measure.EI_INDEX, Figures.number(f.eiIndex(), 2, getLocale())),
                Figures.figure(this, Measure.BETWEENNESS, Figures.number(f.betweenness(), 2, getLocale())));
        if (f.clusterId() != null) {
            panel.add(Figures.figure(this, Measure.CLUSTER, String.valueOf(f.clusterId())));
        }
        if (f.island()) {
            panel.add(Figures.figure(this, Measure.ISLAND, getTranslation("map.view.yes")));
        }
        if (f.broker()) {
            panel.add(Figures.figure(this, Measure.BROKER, getTranslation("map.view.yes")));
        }
        Button neighbourhood = new Button(getTranslation("map.panel.neighbourhood"), e -> around.setValue(node));
        neighbourhood.setId("panel-neighbourhood");
        neighbourhood.addThemeVariants(ButtonVariant.LUMO_SMALL);
        panel.add(neighbourhood);
        stories(service.departmentStories(scanId, id));
    }

    private void showConnection(long from, long to) {
        MapEdge edge = results.map().edge(from, to).orElse(null);
        if (edge == null) {
            return;
        }
        map.selectEdge(from, to);
        panel.removeAll();
        panel.getElement().executeJs("this.scrollTop = 0");
        panel.getElement().setAttribute("aria-live", "polite");
        H3 title = new H3(results.name(from) + " → " + results.name(to));
        title.setId("panel-title");
        panel.add(title);
        Paragraph direction = new Paragraph(getTranslation("map.panel.direction", results.name(from), results.name(to)));
        direction.addClassName("onderstroom-muted");
        panel.add(direction);
        EdgeFigures f = edge.figures();
        panel.add(Figures.figure(this, Measure.RESPONDENTS, String.valueOf(f.respondents()), "map.panel.edgeRespondents"),
                Figures.figure(this, Measure.MEAN_FLOW, Figures.number(f.meanFlow(), 1, getLocale())),
                Figures.figure(this, Measure.MEAN_IMPORTANCE, Figures.number(f.meanImportance(), 1, getLocale())),
                Figures.figure(this, Measure.MODAL_FREQUENCY, f.modalFrequency() == null ? "–"
                        : getTranslation("map.frequency." + f.modalFrequency().name().toLowerCase())),
                Figures.figure(this, Measure.STOPS_SHARE, Figures.percent(f.stopsShare(), getLocale())));
        if (f.asymmetry() != null) {
            panel.add(Figures.figure(this, Measure.ASYMMETRY, Figures.signed(f.asymmetry(), getLocale())));
        }
        Double change = changes.get(List.of(from, to));
        if (change != null) {
            Span changed = new Span(getTranslation(change > 0 ? "map.wave.improvedBy" : "map.wave.worsenedBy",
                    Figures.signed(change, getLocale())));
            changed.setId("panel-change");
            changed.addClassName(change > 0 ? "results-improved" : "results-worsened");
            panel.add(changed);
        }
        if (!f.flowDistribution().isEmpty()) {
            panel.add(Figures.bars("bars-flow", getTranslation(Measure.MEAN_FLOW.labelKey()),
                    List.of("1", "2", "3", "4", "5"), f.flowDistribution(), getLocale()));
        }
        if (!f.importanceDistribution().isEmpty()) {
            panel.add(Figures.bars("bars-importance", getTranslation(Measure.MEAN_IMPORTANCE.labelKey()),
                    List.of("1", "2", "3", "4", "5"), f.importanceDistribution(), getLocale()));
        }
        if (!f.frequencyDistribution().isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (Frequency fr : Frequency.values()) {
                labels.add(getTranslation("map.frequency." + fr.name().toLowerCase()));
            }
            panel.add(Figures.bars("bars-frequency", getTranslation(Measure.MODAL_FREQUENCY.labelKey()), labels,
                    f.frequencyDistribution(), getLocale()));
        }
        if (f.stopsShare() != null) {
            List<String> labels = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (Stop s : Stop.values()) {
                labels.add(getTranslation("map.stop." + s.name().toLowerCase()));
                shares.add(f.stopShares().getOrDefault(s, 0.0));
            }
            panel.add(Figures.bars("bars-stops", getTranslation(Measure.STOPS_SHARE.labelKey()), labels, shares, getLocale()));
        }
        stories(service.connectionStories(scanId, from, to));
    }

    private void stories(List<Story> stories) {
        Div box = new Div();
        box.setId("panel-stories");
        box.addClassName("results-stories");
        box.add(new H4(getTranslation("map.panel.stories")));
        if (stories.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("map.panel.noStories"));
            none.addClassName("onderstroom-muted");
            box.add(none);
        } else {
            Paragraph note = new Paragraph(getTranslation("map.panel.storiesNote"));
            note.addClassName("onderstroom-muted");
            box.add(note);
            for (Story story : stories) {
                Paragraph p = new Paragraph(story.text());
                p.addClassName("results-story");
                box.add(p);
            }
        }
        panel.add(box);
    }

    // ---- wave comparison -------------------------------------------------------------------------------------

    private void compareWith(ScanTallies.ScanInfo earlier) {
        waveBox.removeAll();
        if (earlier == null) {
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

        waveBox.add(new H3(getTranslation("map.wave.title", earlier.name())));
        Paragraph explain = new Paragraph(getTranslation("map.wave.explain",
                Figures.number(WaveComparison.MINIMUM_CHANGE, 1, getLocale())));
        explain.addClassName("onderstroom-muted");
        waveBox.add(explain);
        Div columns = new Div(changeList("wave-improved", "map.wave.improved", comparison, true),
                changeList("wave-worsened", "map.wave.worsened", comparison, false));
        columns.addClassName("results-wave-columns");
        waveBox.add(columns);
    }

    private Component changeList(String id, String titleKey, WaveComparison comparison, boolean improved) {
        Div box = new Div(new H4(getTranslation(titleKey)));
        box.setId(id);
        UnorderedList list = new UnorderedList();
        for (WaveComparison.ConnectionChange c : comparison.connections()) {
            if (c.improved() == improved) {
                Button open = new Button(results.name(c.from()) + " → " + results.name(c.to()),
                        e -> showConnection(c.from(), c.to()));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                open.setId(id + "-" + c.from() + "-" + c.to());
                Span figures = new Span(" " + getTranslation("map.wave.fromTo", Figures.number(c.before(), 1, getLocale()),
                        Figures.number(c.after(), 1, getLocale())));
                figures.addClassName(improved ? "results-improved" : "results-worsened");
                list.add(new ListItem(open, figures));
            }
        }
        for (WaveComparison.DepartmentChange c : comparison.departments()) {
            if (c.improved() == improved) {
                Button open = new Button(results.name(c.departmentId()), e -> showDepartment(c.departmentId()));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Span figures = new Span(" " + getTranslation(c.measure().labelKey()) + ": "
                        + getTranslation("map.wave.fromTo", Figures.number(c.before(), 1, getLocale()),
                        Figures.number(c.after(), 1, getLocale())));
                figures.addClassName(improved ? "results-improved" : "results-worsened");
                list.add(new ListItem(open, figures));
            }
        }
        if (list.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("map.wave.nothing"));
            none.addClassName("onderstroom-muted");
            box.add(none);
        } else {
            box.add(list);
        }
        return box;
    }
}
