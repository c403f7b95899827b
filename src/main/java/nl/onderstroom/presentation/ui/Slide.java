package nl.onderstroom.presentation.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.StreamResource;
import nl.onderstroom.findings.Evidence;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.Narrative;
import nl.onderstroom.report.EvidenceLines;
import nl.onderstroom.report.ReportService;

/**
 * One finding as a slide: its title, the map focused on its departments, its figures, its narrative (rendered by
 * {@link Narrative}, which lets no script through) and the stories picked as evidence. Everything comes from the
 * findings service as the viewer may see it.
 */
class Slide extends Div {

    /** Two columns (map and figures, narrative) from about 1,170 px wide, so the map is large enough to read; one below. */
    Slide(FindingsService findings, ReportService reports, long scanId, Long findingId, int slide, int slides,
          Locale locale) {
        setId("slide");
        addClassName("slide");
        getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 36rem), 1fr))").set("align-items", "start");
        getElement().setAttribute("data-slide", String.valueOf(slide));
        if (findingId == null) {
            Paragraph none = new Paragraph(getTranslation("present.noFindings"));
            none.setId("slide-empty");
            add(none);
            return;
        }
        FindingView f = findings.finding(findingId);
        Evidence evidence = findings.evidence(findingId);
        getElement().setAttribute("data-finding", String.valueOf(findingId));
        H1 title = new H1(f.title());
        title.setId("slide-title");
        title.getStyle().set("grid-column", "1 / -1").set("margin", "0").set("font-size", "var(--lumo-font-size-xxxl)");
        Span counter = new Span(getTranslation("present.counter", slide + 1, slides));
        counter.setId("slide-counter");
        counter.addClassName("onderstroom-muted");
        counter.getStyle().set("grid-column", "1 / -1");
        add(counter, title);

        java.util.Set<Long> focus = nl.onderstroom.findings.EvidenceLines.focus(f.parts());
        Div left = new Div();
        if (!focus.isEmpty()) {
            byte[] png = reports.focusedMapPng(scanId, focus, locale);
            java.util.Map<Long, String> names = new java.util.HashMap<>();
            evidence.departments().forEach(d -> names.put(d.id(), d.name()));
            evidence.connections().forEach(c -> {
                names.put(c.from(), c.fromName());
                names.put(c.to(), c.toName());
            });
            String about = String.join(", ", EvidenceLines.parts(f.parts(), id -> names.getOrDefault(id, ""), locale));
            Image map = new Image(new StreamResource("slide-" + findingId + ".png", () -> new ByteArrayInputStream(png)),
                    getTranslation("present.mapAlt", about));
            map.setId("slide-map");
            map.getStyle().set("max-width", "100%").set("height", "auto").set("border", "1px solid var(--lumo-contrast-10pct)");
            left.add(map);
        }
        List<String> lines = EvidenceLines.of(evidence, locale);
        if (!lines.isEmpty()) {
            UnorderedList figures = new UnorderedList();
            figures.setId("slide-figures");
            lines.forEach(l -> figures.add(new ListItem(l)));
            left.add(figures);
        }
        Div right = new Div();
        String html = Narrative.toHtml(f.narrative());
        if (!html.isBlank()) {
            Html narrative = new Html("<div id=\"slide-narrative\" style=\"font-size: var(--lumo-font-size-l)\">" + html + "</div>");
            right.add(narrative);
        }
        if (!evidence.pickedStories().isEmpty()) {
            UnorderedList stories = new UnorderedList();
            stories.setId("slide-stories");
            evidence.pickedStories().forEach(s -> {
                ListItem item = new ListItem("“" + s.text() + "”");
                item.getStyle().set("font-style", "italic");
                stories.add(item);
            });
            right.add(stories);
        }
        add(left, right);
    }
}
