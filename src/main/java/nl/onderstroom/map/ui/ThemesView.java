package nl.onderstroom.map.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;

/**
 * Department × undercurrent theme heat map: how strongly each theme plays in each shown department (0..4), as a real
 * table ({@link HeatTable}); the text on every colour contrasts at least 4.5:1.
 */
@Route("scans/:scanId/themes")
@PermitAll
@CssImport("./src/onderstroom-results.css")
class ThemesView extends ResultsPage {

    ThemesView(MapService service) {
        super(service, Page.THEMES);
        setId("themes-view");
    }

    @Override
    protected void render() {
        Paragraph explain = new Paragraph(getTranslation(MeasureTexts.explain(Measure.THEME_MEAN)) + " "
                + getTranslation("map.themes.explain"));
        explain.addClassName("onderstroom-muted");
        List<String> themes = results.scan().themeKeys() == null ? List.of() : results.scan().themeKeys();
        HeatTable table = new HeatTable("theme-matrix", getTranslation("map.tabs.themes"),
                getTranslation("map.themes.corner"), themes.stream().map(t -> Figures.theme(getLocale(), t)).toList())
                .columnHeadClass("results-themes-head");
        table.table().addClassName("results-themes");
        List<MapNode> nodes = results.map().nodes().stream()
                .sorted(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)).toList();
        for (MapNode node : nodes) {
            NativeTableRow row = table.row(node.name());
            for (String theme : themes) {
                row.add(cell(node.id() + "-" + theme, node.name(), theme,
                        node.figures() == null ? null : node.figures().themeMeans().get(theme), node.suppressed()));
            }
        }
        String organisation = getTranslation("map.themes.organisation");
        NativeTableRow total = table.row(organisation, "results-themes-total");
        for (String theme : themes) {
            total.add(cell("all-" + theme, organisation, theme,
                    results.map().metrics().organisationThemeMeans().get(theme), false));
        }
        add(explain, table);
    }

    private NativeTableCell cell(String id, String row, String theme, Double mean, boolean suppressed) {
        String title = row + " · " + Figures.theme(getLocale(), theme) + ": ";
        if (suppressed) {
            String hidden = getTranslation(MeasureTexts.label(Measure.SUPPRESSED));
            return HeatTable.mark("theme-" + id, "×", hidden, title + hidden, "results-matrix-suppressed");
        }
        if (mean == null) {
            String tooFew = getTranslation("map.themes.tooFew");
            return HeatTable.mark("theme-" + id, "–", tooFew, title + tooFew, "results-matrix-empty");
        }
        String value = Figures.number(mean, 1, getLocale());
        return HeatTable.value("theme-" + id, value, title + value, Figures.intensityColour(mean));
    }
}
