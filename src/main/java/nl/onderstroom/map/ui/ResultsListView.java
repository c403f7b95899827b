package nl.onderstroom.map.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.MapService.ResultsEntry;

/** Where directors (and advisors) find the results they may open: one row per scan, newest first. */
@Route("results")
@Menu(title = "map.resultsList.menu", order = 30, icon = "SITEMAP")
@PermitAll
class ResultsListView extends VerticalLayout implements HasDynamicTitle {

    ResultsListView(MapService results) {
        setId("results-list-view");
        addClassName("onderstroom-page");
        setHeightFull();
        Paragraph explain = new Paragraph(getTranslation("map.resultsList.explain"));
        explain.addClassName("onderstroom-muted");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<ResultsEntry> grid = new Grid<>();
        grid.setId("results-grid");
        grid.addColumn(e -> e.scan().name()).setHeader(getTranslation("map.resultsList.scan")).setFlexGrow(1);
        grid.addColumn(ResultsEntry::organisationName).setHeader(getTranslation("map.resultsList.organisation")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("map.resultsList.status." + e.scan().status()))
                .setHeader(getTranslation("map.resultsList.status")).setAutoWidth(true);
        grid.addColumn(e -> e.scan().closesOn() == null ? "" : date.format(e.scan().closesOn()))
                .setHeader(getTranslation("map.resultsList.closes")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("map.resultsList.empty"));
        grid.setItems(results.scansWithResults());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("scans/" + e.getItem().scan().id() + "/map")));
        add(new H2(getTranslation("map.resultsList.title")), explain, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("map.resultsList.title") + " · Onderstroom";
    }
}
