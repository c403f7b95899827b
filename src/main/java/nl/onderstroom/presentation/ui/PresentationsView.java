package nl.onderstroom.presentation.ui;

import nl.onderstroom.scan.ScanStatus;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.map.MapService;
import nl.onderstroom.presentation.LivePresentations;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.Role;

/** The advisor's list of published scans to present, with how many findings each has and whether one runs now. */
@Route("present")
@Menu(title = "present.menu", order = 35, icon = "PRESENTATION")
@RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
class PresentationsView extends VerticalLayout implements HasDynamicTitle {

    PresentationsView(MapService maps, FindingsService findings, LivePresentations presentations) {
        setId("presentations-view");
        addClassName("onderstroom-page");
        add(new H2(getTranslation("present.menu")));
        List<MapService.ResultsEntry> published = maps.scansWithResults().stream()
                .filter(e -> e.scan().status() == ScanStatus.PUBLISHED).toList();
        if (published.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("present.nonePublished"));
            none.setId("presentations-none");
            add(none);
        }
        List<Long> running = presentations.runningForMe().stream().map(LivePresentations.Live::scanId).toList();
        for (MapService.ResultsEntry e : published) {
            long scanId = e.scan().id();
            int count = findings.findings(scanId).size();
            Span name = new Span(e.scan().name() + " · " + e.organisationName());
            name.getStyle().set("font-weight", "600");
            Span detail = new Span(getTranslation("present.findingsCount", count)
                    + (running.contains(scanId) ? " · " + getTranslation("present.runningNow") : ""));
            detail.addClassName("onderstroom-muted");
            Button present = new Button(getTranslation("present.start"), VaadinIcon.PRESENTATION.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate("scans/" + scanId + "/present")));
            present.setId("present-" + scanId);
            present.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            present.setEnabled(count > 0);
            Div row = new Div(new Div(name), new Div(detail), present);
            row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("width", "100%");
            add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("present.menu") + " · Onderstroom";
    }
}
