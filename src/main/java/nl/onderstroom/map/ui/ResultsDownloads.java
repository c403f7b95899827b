package nl.onderstroom.map.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

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
        Anchor a = new Anchor(href, "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(key)));
        a.setId(id);
        a.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "0.3em")
                .set("min-height", "44px");
        a.addClassName("results-download");
        // a file, not a view: the router must not take the click, and the browser saves it
        a.getElement().setAttribute("router-ignore", true);
        a.getElement().setAttribute("download", true);
        a.getElement().setAttribute("title", getTranslation(key + ".title"));
        return a;
    }
}
