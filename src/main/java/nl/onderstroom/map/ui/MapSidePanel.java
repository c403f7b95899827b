package nl.onderstroom.map.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.onderstroom.map.LeadSentences;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.Story;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.Frequency;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapMetrics;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.NodeFigures;
import nl.onderstroom.map.graph.Stop;

/**
 * Beside the map: the figures, distributions and stories of what was chosen (a department or a connection), or, before
 * anything is, the organisation-wide figures and how to use the panel. A region named by its heading, so a screen
 * reader can jump to it; the view says aloud what it shows now.
 */
class MapSidePanel extends Div {

    private final ScanResults results;

    MapSidePanel(ScanResults results) {
        this.results = results;
        setId("map-panel");
        addClassName("results-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "panel-title");
    }

    /** Before anything is chosen: how to use the panel, and the organisation-wide figures. */
    void showOrganisation() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("map.panel.hint"));
        hint.addClassName("onderstroom-muted");
        H3 title = new H3(getTranslation("map.panel.organisation"));
        title.setId("panel-title");
        add(title, metrics(results.map().metrics()), hint);
    }

    private Component metrics(MapMetrics metrics) {
        Component total = Figures.figure(this, Measure.TOTAL_RESPONDENTS, metrics.totalRespondents() == null
                ? getTranslation("map.view.hidden") : Figures.count(metrics.totalRespondents(), getLocale()));
        if (LeadSentences.allHidden(results.map())) {
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

    /** A department's figures; a hidden one shows only that it is hidden, and no stories are asked for. */
    void showDepartment(MapNode node, Runnable onNeighbourhood, Supplier<List<Story>> stories) {
        start(node.name());
        if (node.suppressed()) {
            add(Figures.figure(this, Measure.SUPPRESSED, getTranslation("map.view.hidden")));
            return;
        }
        NodeFigures f = node.figures();
        if (f.countHidden()) {
            int k = results.scan().threshold();
            add(Figures.figure(this, Measure.RESPONDENTS, getTranslation("supp.panel.atLeast", k)));
            Paragraph why = new Paragraph(getTranslation("supp.panel.countHidden", k));
            why.setId("panel-count-hidden");
            why.addClassName("onderstroom-muted");
            add(why);
        } else {
            add(Figures.figure(this, Measure.RESPONDENTS, Figures.count(f.respondents(), getLocale())));
        }
        if (node.subtreeRespondents() != null && !node.subtreeRespondents().equals(f.respondents())) {
            add(Figures.figure(this, Measure.SUBTREE_RESPONDENTS, Figures.count(node.subtreeRespondents(), getLocale())));
        }
        add(Figures.figure(this, Measure.RESPONSE_RATE, Figures.percent(f.responseRate(), getLocale())),
                Figures.figure(this, Measure.COHESION, Figures.number(f.cohesion(), 1, getLocale())),
                Figures.figure(this, Measure.EXTERNAL_FLOW, Figures.number(f.externalFlow(), 1, getLocale())),
                Figures.figure(this, Measure.EI_INDEX, Figures.number(f.eiIndex(), 2, getLocale())),
                Figures.figure(this, Measure.BETWEENNESS, Figures.number(f.betweenness(), 2, getLocale())));
        if (f.clusterId() != null) {
            add(Figures.figure(this, Measure.CLUSTER, Figures.count(f.clusterId(), getLocale())));
        }
        if (f.island()) {
            add(Figures.figure(this, Measure.ISLAND, getTranslation("map.view.yes")));
        }
        if (f.broker()) {
            add(Figures.figure(this, Measure.BROKER, getTranslation("map.view.yes")));
        }
        Button neighbourhood = new Button(getTranslation("map.panel.neighbourhood"), e -> onNeighbourhood.run());
        neighbourhood.setId("panel-neighbourhood");
        neighbourhood.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(neighbourhood);
        stories(stories.get());
    }

    /** A connection's figures and distributions; {@code change}: its change since the compared wave, if any. */
    void showConnection(MapEdge edge, Double change, List<Story> stories) {
        String from = results.name(edge.from());
        String to = results.name(edge.to());
        start(from + " → " + to);
        Paragraph direction = new Paragraph(getTranslation("map.panel.direction", from, to));
        direction.addClassName("onderstroom-muted");
        add(direction);
        EdgeFigures f = edge.figures();
        add(Figures.figure(this, Measure.RESPONDENTS, Figures.count(f.respondents(), getLocale()),
                        "map.panel.edgeRespondents"),
                Figures.figure(this, Measure.MEAN_FLOW, Figures.number(f.meanFlow(), 1, getLocale())),
                Figures.figure(this, Measure.MEAN_IMPORTANCE, Figures.number(f.meanImportance(), 1, getLocale())),
                Figures.figure(this, Measure.MODAL_FREQUENCY, f.modalFrequency() == null ? "–"
                        : getTranslation("map.frequency." + f.modalFrequency().name().toLowerCase())),
                Figures.figure(this, Measure.STOPS_SHARE, Figures.percent(f.stopsShare(), getLocale())));
        if (f.asymmetry() != null) {
            add(Figures.figure(this, Measure.ASYMMETRY, Figures.signed(f.asymmetry(), getLocale())));
        }
        if (change != null) {
            Span changed = new Span(getTranslation(change > 0 ? "map.wave.improvedBy" : "map.wave.worsenedBy",
                    Figures.signed(change, getLocale())));
            changed.setId("panel-change");
            changed.addClassName(change > 0 ? "results-improved" : "results-worsened");
            add(changed);
        }
        if (!f.flowDistribution().isEmpty()) {
            add(Figures.bars("bars-flow", getTranslation(MeasureTexts.label(Measure.MEAN_FLOW)),
                    List.of("1", "2", "3", "4", "5"), f.flowDistribution(), getLocale()));
        }
        if (!f.importanceDistribution().isEmpty()) {
            add(Figures.bars("bars-importance", getTranslation(MeasureTexts.label(Measure.MEAN_IMPORTANCE)),
                    List.of("1", "2", "3", "4", "5"), f.importanceDistribution(), getLocale()));
        }
        if (!f.frequencyDistribution().isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (Frequency fr : Frequency.values()) {
                labels.add(getTranslation("map.frequency." + fr.name().toLowerCase()));
            }
            add(Figures.bars("bars-frequency", getTranslation(MeasureTexts.label(Measure.MODAL_FREQUENCY)), labels,
                    f.frequencyDistribution(), getLocale()));
        }
        if (f.stopsShare() != null) {
            List<String> labels = new ArrayList<>();
            List<Double> shares = new ArrayList<>();
            for (Stop s : Stop.values()) {
                labels.add(getTranslation("map.stop." + s.name().toLowerCase()));
                shares.add(f.stopShares().getOrDefault(s, 0.0));
            }
            add(Figures.bars("bars-stops", getTranslation(MeasureTexts.label(Measure.STOPS_SHARE)), labels, shares, getLocale()));
        }
        stories(stories);
    }

    /** Empties the panel, brings it into view at its top, and gives it its heading. */
    private void start(String heading) {
        removeAll();
        getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        getElement().executeJs("this.scrollTop = 0");
        H3 title = new H3(heading);
        title.setId("panel-title");
        add(title);
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
        add(box);
    }
}
