package nl.onderstroom.map.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import nl.onderstroom.base.ui.DownloadLink;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The download buttons of the results screens: the PDF report and the map picture in the reader's language, the
 * matrix as CSV and the map as GraphML. Everyone who may see the results may download them, directors included;
 * the files are served behind the session by the report feature ({@code /downloads/scans/{id}/...}), which applies
 * the same access rules as these screens.
 */
class ResultsDownloads extends Div {

    ResultsDownloads(long scanId, Locale locale) {
        setId("results-downloads");
        addClassName("results-downloads");
        // styled here rather than in the bundled stylesheet, so the frontend bundle need not be rebuilt
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin", "var(--lumo-space-s) 0")
                .set("font-size", "var(--lumo-font-size-s)");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("report.downloads.label"));
        String lang = "nl".equals(locale.getLanguage()) ? "nl" : "en";
        String base = "downloads/scans/" + scanId + "/";
        Span label = new Span(getTranslation("report.downloads.label"));
        label.addClassName("onderstroom-muted");
        add(label,
                link("download-report", base + "report.pdf?lang=" + lang, "report.downloads.pdf"),
                link("download-png", base + "map.png?lang=" + lang, "report.downloads.png"),
                link("download-csv", base + "matrix.csv", "report.downloads.csv"),
                link("download-graphml", base + "map-graph.graphml", "report.downloads.graphml"));
    }

    private Anchor link(String id, String href, String key) {
        DownloadLink a = new DownloadLink(id, href, getTranslation(key), getTranslation(key + ".title"));
        a.addClassName("results-download");
        return a;
    }
}
