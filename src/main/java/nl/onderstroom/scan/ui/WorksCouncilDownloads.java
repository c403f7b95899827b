package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.Anchor;
import nl.onderstroom.base.ui.DownloadLink;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The advisor's download of the works-council information sheet, in Dutch and in English, in every status of the
 * scan (a draft too: the sheet is shared for consent before the scan opens). The file is served behind the session
 * by the report feature ({@code /downloads/scans/{id}/works-council-sheet.pdf?lang=nl|en}), which applies the
 * sheet's access rules (advisors and administrators of the organisation); linked by path, so scans does not depend
 * on the report feature.
 */
class WorksCouncilDownloads extends Div {

    WorksCouncilDownloads(long scanId) {
        setId("works-council-downloads");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("gaps.council.label"));
        Span label = new Span(getTranslation("gaps.council.label"));
        label.addClassName("onderstroom-muted");
        String path = "downloads/scans/" + scanId + "/works-council-sheet.pdf?lang=";
        add(label, link("works-council-nl", path + "nl", "gaps.council.nl"),
                link("works-council-en", path + "en", "gaps.council.en"));
    }

    private Anchor link(String id, String href, String key) {
        DownloadLink a = new DownloadLink(id, href, getTranslation(key), getTranslation(key + ".title"));
        return a;
    }
}
