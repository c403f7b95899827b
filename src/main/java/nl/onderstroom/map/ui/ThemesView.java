package nl.onderstroom.map.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;

/** Department × undercurrent theme heat map: how strongly each theme plays in each shown department (0..4). */
@Route("scans/:scanId/themes")
@PermitAll
@CssImport("./src/onderstroom-results.css")
class ThemesView extends ResultsPage {

    private final Div grid = new Div();

    ThemesView(MapService service) {
        super(service, Page.THEMES);
        setId("themes-view");
        grid.setId("theme-matrix");
        grid.addClassName("results-matrix");
        grid.addClassName("results-themes");
    }

    @Override
    protected void render() {
        Paragraph explain = new Paragraph(getTranslation(MeasureTexts.explain(Measure.THEME_MEAN)) + " "
                + getTranslation("map.themes.explain"));
        explain.addClassName("onderstroom-muted");
        List<String> themes = results.scan().themeKeys() == null ? List.of() : results.scan().themeKeys();
        grid.getStyle().set("grid-template-columns", "minmax(8em, 14em) repeat(" + themes.size() + ", minmax(4.5em, 7em))");
        grid.getElement().setAttribute("aria-label", getTranslation("map.tabs.themes"));
        grid.add(new Span(getTranslation("map.themes.corner")));
        for (String theme : themes) {
            Span head = new Span(Figures.theme(getLocale(), theme));
            head.addClassName("results-themes-head");
            grid.add(head);
        }
        List<MapNode> nodes = results.map().nodes().stream()
                .sorted(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)).toList();
        for (MapNode node : nodes) {
            Span name = new Span(node.name());
            name.addClassName("results-matrix-rowhead");
            grid.add(name);
            for (String theme : themes) {
                grid.add(cell(node.id() + "-" + theme, node.name(), theme,
                        node.figures() == null ? null : node.figures().themeMeans().get(theme), node.suppressed()));
            }
        }
        Span org = new Span(getTranslation("map.themes.organisation"));
        org.addClassNames("results-matrix-rowhead", "results-themes-total");
        grid.add(org);
        for (String theme : themes) {
            grid.add(cell("all-" + theme, getTranslation("map.themes.organisation"), theme,
                    results.map().metrics().organisationThemeMeans().get(theme), false));
        }
        Div scroller = new Div(grid);
        scroller.addClassName("results-scroll");
        add(explain, scroller);
    }

    private Span cell(String id, String row, String theme, Double mean, boolean suppressed) {
        Span cell = new Span();
        cell.setId("theme-" + id);
        cell.addClassName("results-matrix-cell");
        String title = row + " · " + Figures.theme(getLocale(), theme) + ": ";
        if (suppressed) {
            cell.addClassName("results-matrix-suppressed");
            cell.setText("×");
            title += getTranslation(MeasureTexts.label(Measure.SUPPRESSED));
        } else if (mean == null) {
            cell.addClassName("results-matrix-empty");
            title += getTranslation("map.themes.tooFew");
        } else {
            cell.getStyle().set("background", Figures.intensityColour(mean));
            if (Figures.darkIntensity(mean)) {
                cell.getStyle().set("color", "#ffffff");
            }
            cell.setText(Figures.number(mean, 1, getLocale()));
            title += Figures.number(mean, 1, getLocale());
        }
        cell.getElement().setAttribute("title", title);
        cell.getElement().setAttribute("aria-label", title);
        return cell;
    }
}
