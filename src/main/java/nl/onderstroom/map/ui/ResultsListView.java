package nl.onderstroom.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.MapService.ResultsEntry;
import nl.onderstroom.scan.DirectorIdentityService;

/** Where directors (and advisors) find the results they may open: one row per scan, newest first. */
@Route("results")
@Menu(title = "map.resultsList.menu", order = 30, icon = "SITEMAP")
@PermitAll
class ResultsListView extends VerticalLayout implements HasDynamicTitle {

    ResultsListView(MapService results, DirectorIdentityService intended) {
        setId("results-list-view");
        addClassName("onderstroom-page");
        setHeightFull();
        Paragraph explain = new Paragraph(getTranslation("map.resultsList.explain"));
        explain.addClassName("onderstroom-muted");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<ResultsEntry> grid = new Grid<>();
        grid.setId("results-grid");
        grid.addComponentColumn(this::describe).setHeader(getTranslation("map.resultsList.scan")).setFlexGrow(1);
        grid.addColumn(e -> e.scan().closesOn() == null ? "" : date.format(e.scan().closesOn()))
                .setHeader(getTranslation("map.resultsList.closes")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("map.resultsList.empty"));
        grid.setItems(results.scansWithResults());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("scans/" + e.getItem().scan().id() + "/map")));
        add(new H1(getTranslation("map.resultsList.title")));
        DateTimeFormatter closes = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        for (DirectorIdentityService.OpenScan open : intended.openScans()) {
            add(intendedEntry(open, closes));
        }
        add(explain, grid);
    }

    /** A director's way to the intended identity of an open scan, or that they have given it. */
    private Div intendedEntry(DirectorIdentityService.OpenScan open, DateTimeFormatter date) {
        Div box = new Div();
        box.setId("intended-entry-" + open.scanId());
        box.setWidthFull();
        box.getStyle().set("box-sizing", "border-box").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-primary-color-10pct)");
        String until = open.closesOn() == null ? "" : " " + getTranslation("map.intended.until", date.format(open.closesOn()));
        if (open.answered()) {
            box.add(new Span(getTranslation("map.intended.answered", open.name())));
            return box;
        }
        Paragraph text = new Paragraph(getTranslation("map.intended.invite", open.name()) + until);
        text.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        Button go = new Button(getTranslation("map.intended.go"), e -> getUI().ifPresent(ui -> ui.navigate("scans/" + open.scanId() + "/intended")));
        go.setId("intended-go-" + open.scanId());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(text, go);
        return box;
    }

    /** The scan's name, and under it its organisation and status: readable on a phone as on a desktop. */
    private Div describe(ResultsEntry entry) {
        Span name = new Span(entry.scan().name());
        name.addClassName("results-scan-name");
        name.getStyle().set("font-weight", "600");
        Span detail = new Span(entry.organisationName() + " · "
                + getTranslation("map.resultsList.status." + entry.scan().status()));
        detail.addClassName("onderstroom-muted");
        Div cell = new Div(name, new Div(detail));
        if (!MapService.resultsShown(entry.scan())) {
            Span wait = new Span(entry.scan().closesOn() == null ? getTranslation("map.notYet.listNoDate")
                    : getTranslation("map.notYet.list", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(getLocale()).format(entry.scan().closesOn())));
            wait.addClassName("onderstroom-muted");
            wait.addClassName("results-not-yet");
            cell.add(new Div(wait));
        }
        cell.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-xs) 0");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.resultsList.title") + " · Onderstroom";
    }
}
