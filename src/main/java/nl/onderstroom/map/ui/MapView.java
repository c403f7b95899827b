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
import nl.onderstroom.base.ui.LiveAnnouncer;
import nl.onderstroom.base.ui.SkipLink;
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
    /** Entries of the ranking shown before "show all": they fit beside the map on a laptop without scrolling. */
    private static final int RANKING_FIRST = 5;

    private final ConnectionMap map = new ConnectionMap();
    private final Div panel = new Div();
    private final LiveAnnouncer announcer = new LiveAnnouncer();
    private final Div lists = new Div();
    private final Div waveBox = new Div();
    private final ComboBox<MapNode> around = new ComboBox<>();
    private final ComboBox<MapNode> find = new ComboBox<>();
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
        panel.getElement().setAttribute("role", "region");
        panel.getElement().setAttribute("aria-labelledby", "panel-title");
        lists.addClassName("results-lists");
        waveBox.setId("wave-changes");
        waveBox.addClassName("results-wave");
    }

    @Override
    protected void render() {
        OrganisationMap m = results.map();
        map.setDescription(getTranslation("map.view.description", m.nodes().size(), m.edges().size()));
        add(lead());
        Div main = new Div(toolbar(), map, legend());
        main.addClassName("results-map-main");
        Div side = new Div(stopRanking(), panel, announcer);
        SkipLink.target(side, "map-side");
        side.addClassName("results-side");
        Div body = new Div(new SkipLink(getTranslation("a11y.skip.map"), "map-side"), main, side);
        body.addClassName("results-map-body");
        add(body, waveBox, lists);
        emptyPanel();
        redraw();
    }

    private void redraw() {
        map.setMap("scan-" + scanId, results.map(), filter, changes, getLocale());
        lists.removeAll();
        lists.add(departmentList(), connectionList());
    }

    // ---- lead ------------------------------------------------------------------------------------------------

    /** One or two plain sentences first: where collaboration stops most, and which departments are islands. */
    private Component lead() {
        Div lead = new Div();
        lead.setId("map-lead");
        lead.addClassName("results-lead");
        List<String> sentences = new MapLead(results, getLocale(), this::getTranslation).sentences();
        String[] ids = MapLead.allHidden(results.map()) ? new String[]{"lead-too-few"}
                : new String[]{"lead-stops", "lead-islands"};
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = new Span(sentences.get(i));
            sentence.setId(ids[i]);
            lead.add(sentence, new Span(" "));
        }
        return lead;
    }

    // ---- toolbar ---------------------------------------------------------------------------------------------

    private final Checkbox showIslands = new Checkbox();
    private final Checkbox showBrokers = new Checkbox();
    private final Checkbox showClusters = new Checkbox();
    private final Checkbox onlyStopping = new Checkbox();

    /** Find a department, and the filters; the toggles of the marks live in the legend beside their symbols. */
    private Component toolbar() {
        find.setId("map-find");
        find.setLabel(getTranslation("map.view.find"));
        find.setPlaceholder(getTranslation("map.view.findPlaceholder"));
        find.setItems(sortedNodes());
        find.setItemLabelGenerator(MapNode::name);
        find.setClearButtonVisible(true);
        find.getElement().setAttribute("aria-description", getTranslation("map.view.findHelp"));
        find.addClassName("results-filter");
        find.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showDepartment(e.getValue().id(), true);
            } else if (e.isFromClient()) {
                map.fit();
            }
        });

        showIslands.setId("toggle-islands");
        showIslands.addValueChangeListener(e -> map.setShowIslands(e.getValue()));
        showBrokers.setId("toggle-brokers");
        showBrokers.addValueChangeListener(e -> map.setShowBrokers(e.getValue()));
        showClusters.setId("toggle-clusters");
        showClusters.addValueChangeListener(e -> map.setShowClusters(e.getValue()));
        onlyStopping.setId("filter-stopping");
        onlyStopping.addValueChangeListener(e -> {
            filter = new MapFilter(filter.minFlow(), e.getValue(), filter.neighbourhood());
            redraw();
        });

        Select<Double> minFlow = new Select<>();
        minFlow.setId("filter-min-flow");
        minFlow.setLabel(getTranslation("map.view.minFlow"));
        minFlow.setItems(1.0, 2.0, 3.0, 4.0);
        minFlow.setItemLabelGenerator(v -> v <= 1 ? getTranslation("map.view.minFlowAll")
                : "≥ " + Figures.number(v, 0, getLocale()));
        minFlow.setValue(1.0);
        minFlow.setTooltipText(getTranslation(MeasureTexts.explain(Measure.MEAN_FLOW)));
        minFlow.addValueChangeListener(e -> {
            filter = new MapFilter(e.getValue() == null ? 1 : e.getValue(), filter.onlyStopping(), filter.neighbourhood());
            redraw();
        });
        minFlow.addClassName("results-filter");

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

        Div filters = new Div(find, minFlow, around);
        filters.addClassName("results-filters");
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
        Div bar = new Div(filters);
        bar.addClassName("results-toolbar");
        return bar;
    }

    private Component actions() {
        Button png = new Button(getTranslation("map.view.exportPng"), VaadinIcon.DOWNLOAD.create(),
                e -> map.exportPng(getTranslation("map.view.pngName") + "-" + scanId + ".png"));
        png.setId("export-png");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("map.view.resetLayout"), VaadinIcon.REFRESH.create(), e -> map.resetLayout());
        reset.setId("reset-layout");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div actions = new Div(png, reset);
        actions.addClassName("results-actions");
        return actions;
    }

    private List<MapNode> sortedNodes() {
        return results.map().nodes().stream().sorted(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Component metrics(MapMetrics metrics) {
        Component total = Figures.figure(this, Measure.TOTAL_RESPONDENTS, metrics.totalRespondents() == null
                ? getTranslation("map.view.hidden") : Figures.count(metrics.totalRespondents(), getLocale()));
        if (MapLead.allHidden(results.map())) {
            // nothing passed the threshold: a density of 0 % or empty figures would read as a finding
            Paragraph tooFew = new Paragraph(getTranslation("map.lead.tooFew", results.scan().threshold()));
            tooFew.setId("map-too-few");
            Div row = metrics.totalRespondents() == null ? new Div(tooFew) : new Div(total, tooFew);
            row.setId("map-metrics");
            return row;
        }
        Div row = new Div(total,
                Figures.figure(this, Measure.DENSITY, Figures.percent(metrics.density(), getLocale())),
                Figures.figure(this, Measure.RECIPROCITY, Figures.percent(metrics.reciprocity(), getLocale())),
                Figures.figure(this, Measure.MODULARITY, Figures.number(metrics.modularity(), 2, getLocale())),
                Figures.figure(this, Measure.SUPPRESSED, getTranslation("supp.view.suppressedDepartments",
                        metrics.suppressedDepartments())));
        row.setId("map-metrics");
        return row;
    }

    /**
     * Every symbol of the drawing in words beside a small picture of it (the picture is decoration: the text says it
     * all, so nothing depends on seeing colour). The marks that can be switched on carry their checkbox; "what do the
     * signs mean?" opens one sentence per symbol.
     */
    private Component legend() {
        String stopShare = Figures.percent(MapService.STOP_MARK_SHARE, getLocale());
        UnorderedList items = new UnorderedList(
                legendItem("legend-node-colour", "results-legend-scale", text("map.legend.short.nodeColour")),
                legendItem("legend-node-size", "results-legend-sizes", text("map.legend.short.nodeSize")),
                legendItem("legend-arrow", "results-legend-arrow", text("map.legend.short.arrow")),
                legendItem("legend-edge-colour", "results-legend-edge-scale", text("map.legend.short.edgeColour")),
                legendItem("legend-edge-width", "results-legend-widths", text("map.legend.short.edgeWidth")),
                legendItem("legend-hidden", "results-legend-hidden", text("map.legend.short.hidden")),
                legendItem("legend-dashed", "results-legend-stop", toggle(onlyStopping, "map.legend.short.dashed")),
                legendItem("legend-island", "results-legend-island", toggle(showIslands, "map.legend.short.island")),
                legendItem("legend-broker", "results-legend-broker", toggle(showBrokers, "map.legend.short.broker")),
                legendItem("legend-cluster", "results-legend-cluster", toggle(showClusters, "map.legend.short.cluster")),
                legendItem("legend-change", "results-legend-change", text("map.legend.short.change")));
        // the change symbol is a number as the canvas draws it: in the user's locale
        items.getChildren().filter(c -> c.getId().orElse("").equals("legend-change")).findFirst()
                .flatMap(c -> c.getChildren().findFirst())
                .ifPresent(symbol -> ((Span) symbol).setText(Figures.signed(0.6, getLocale())));
        items.addClassName("results-legend-items");
        items.getElement().setAttribute("aria-label", getTranslation("map.legend.title"));

        UnorderedList sentences = new UnorderedList();
        sentences.setId("legend-sentences");
        for (String key : List.of("nodeColour", "nodeSize", "arrow", "edgeColour", "edgeWidth", "hiddenNode",
                "dashed", "island", "broker", "cluster", "change")) {
            sentences.add(new ListItem(getTranslation("map.legend." + key, stopShare)));
        }
        Details more = new Details(getTranslation("map.legend.more"), sentences);
        more.setId("legend-more");
        more.addClassName("results-legend-more");
        Div foot = new Div(more, actions());
        foot.addClassName("results-legend-foot");

        Div legend = new Div(items, foot);
        legend.setId("map-legend");
        legend.addClassName("results-legend");
        legend.getElement().setAttribute("role", "region");
        legend.getElement().setAttribute("aria-label", getTranslation("map.legend.title"));
        return legend;
    }

    private Span text(String key) {
        return new Span(getTranslation(key));
    }

    private Checkbox toggle(Checkbox box, String key) {
        box.setLabel(getTranslation(key));
        box.getElement().setAttribute("aria-description", getTranslation("map.legend.toggleHelp"));
        return box;
    }

    private static ListItem legendItem(String id, String symbolClass, Component text) {
        Span symbol = new Span();
        symbol.addClassNames("results-legend-symbol", symbolClass);
        symbol.getElement().setAttribute("aria-hidden", "true");
        ListItem item = new ListItem(symbol, text);
        item.setId(id);
        item.addClassName("results-legend-item");
        return item;
    }

    // ---- lists -----------------------------------------------------------------------------------------------

    private Component stopRanking() {
        Div box = new Div();
        box.setId("stop-ranking");
        box.addClassName("results-ranking");
        box.add(new H3(getTranslation("map.view.stopRanking")));
        Paragraph explain = new Paragraph(getTranslation(MeasureTexts.explain(Measure.STOP_SCORE)));
        explain.addClassName("onderstroom-muted");
        box.add(explain);
        List<StopRankingEntry> ranking = results.map().stopRanking();
        if (ranking.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(MapLead.allHidden(results.map()) ? "map.view.tooFewShort"
                    : "map.view.stopRankingEmpty"));
            empty.setId("stop-ranking-empty");
            box.add(empty);
            return box;
        }
        OrderedList list = new OrderedList();
        List<ListItem> later = new ArrayList<>();
        List<StopRankingEntry> top = ranking.subList(0, Math.min(RANKING_SIZE, ranking.size()));
        for (int i = 0; i < top.size(); i++) {
            StopRankingEntry entry = top.get(i);
            Button open = new Button(results.name(entry.from()) + " → " + results.name(entry.to()),
                    e -> showConnection(entry.from(), entry.to()));
            open.setId("stop-" + entry.from() + "-" + entry.to());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span score = new Span(getTranslation("map.view.stopEntry", Figures.percent(entry.stopsShare(), getLocale()),
                    Figures.number(entry.meanImportance(), 1, getLocale())));
            score.addClassName("results-ranking-figure");
            ListItem item = new ListItem(open, score);
            if (i >= RANKING_FIRST) {
                item.setVisible(false);
                later.add(item);
            }
            list.add(item);
        }
        box.add(list);
        if (!later.isEmpty()) {
            Button more = new Button(getTranslation("map.view.stopRankingMore", top.size()));
            more.setId("stop-ranking-more");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClickListener(e -> {
                later.forEach(item -> item.setVisible(true));
                more.setVisible(false);
                later.get(0).getChildren().findFirst().ifPresent(c -> ((Button) c).focus());
            });
            box.add(more);
        }
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
            String figure = getTranslation(MeasureTexts.label(Measure.MEAN_FLOW)) + " "
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
        showDepartment(id, false);
    }

    /** Opens a department's panel and highlights it on the map; {@code centre}: also brings it to the map's middle. */
    private void showDepartment(long id, boolean centre) {
        MapNode node = results.map().node(id).orElse(null);
        if (node == null) {
            return;
        }
        map.selectNode(id, centre);
        if (find.getValue() != null && find.getValue().id() != id) {
            find.clear();
        }
        panel.removeAll();
        panel.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        panel.getElement().executeJs("this.scrollTop = 0");
        H3 title = new H3(node.name());
        title.setId("panel-title");
        panel.add(title);
        announcer.say(getTranslation("a11y.map.panelShows", node.name()));
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
            panel.add(Figures.figure(this, Measure.RESPONDENTS, Figures.count(f.respondents(), getLocale())));
        }
        if (node.subtreeRespondents() != null && !node.subtreeRespondents().equals(f.respondents())) {
            panel.add(Figures.figure(this, Measure.SUBTREE_RESPONDENTS, 
                    Figures.count(node.subtreeRespondents(), getLocale())));
        }
        panel.add(Figures.figure(this, Measure.RESPONSE_RATE, Figures.percent(f.responseRate(), getLocale())),
                Figures.figure(this, Measure.COHESION, Figures.number(f.cohesion(), 1, getLocale())),
                Figures.figure(this, Measure.EXTERNAL_FLOW, Figures.number(f.externalFlow(), 1, getLocale())),
                Figures.figure(this, Measure.EI_INDEX, Figures.number(f.eiIndex(), 2, getLocale())),
                Figures.figure(this, Measure.BETWEENNESS, Figures.number(f.betweenness(), 2, getLocale())));
        if (f.clusterId() != null) {
            panel.add(Figures.figure(this, Measure.CLUSTER, Figures.count(f.clusterId(), getLocale())));
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
        find.clear();
        panel.removeAll();
        panel.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        panel.getElement().executeJs("this.scrollTop = 0");
        announcer.say(getTranslation("a11y.map.panelShows", results.name(from) + " → " + results.name(to)));
        H3 title = new H3(results.name(from) + " → " + results.name(to));
        title.setId("panel-title");
        panel.add(title);
        Paragraph direction = new Paragraph(getTranslation("map.panel.direction", results.name(from), results.name(to)));
        direction.addClassName("onderstroom-muted");
        panel.add(direction);
        EdgeFigures f = edge.figures();
        panel.add(Figures.figure(this, Measure.RESPONDENTS, Figures.count(f.respondents(), getLocale()),
                        "map.panel.edgeRespondents"),
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
            panel.add(Figures.bars("bars-flow", getTranslation(MeasureTexts.label(Measure.MEAN_FLOW)),
                    List.of("1", "2", "3", "4", "5"), f.flowDistribution(), getLocale()));
        }
        if (!f.importanceDistribution().isEmpty()) {
            panel.add(Figures.bars("bars-importance", getTranslation(MeasureTexts.label(Measure.MEAN_IMPORTANCE)),
                    List.of("1", "2", "3", "4", "5"), f.importanceDistribution(), getLocale()));
        }
        if (!f.frequencyDistribution().isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (Frequency fr : Frequency.values()) {
                labels.add(getTranslation("map.frequency." + fr.name().toLowerCase()));
            }
            panel.add(Figures.bars("bars-frequency", getTranslation(MeasureTexts.label(Measure.MODAL_FREQUENCY)), labels,
                    f.frequencyDistribution(), getLocale()));
        }
        if (f.stopsShare() != null) {
            List<String> labels = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (Stop s : Stop.values()) {
                labels.add(getTranslation("map.stop." + s.name().toLowerCase()));
                shares.add(f.stopShares().getOrDefault(s, 0.0));
            }
            panel.add(Figures.bars("bars-stops", getTranslation(MeasureTexts.label(Measure.STOPS_SHARE)), labels, shares, getLocale()));
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
                Span figures = new Span(" " + getTranslation(MeasureTexts.label(c.measure())) + ": "
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
