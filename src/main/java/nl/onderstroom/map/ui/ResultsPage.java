package nl.onderstroom.map.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ResultsNotYet;
import nl.onderstroom.map.ScanResults;

/**
 * The frame of every results screen: the scan's name, tabs between map, matrix, themes, identity and own questions, and the
 * screen's own content. An unknown scan, another organisation's, or (for a director) an unpublished one is not
 * found.
 */
abstract class ResultsPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Page {
        MAP("map", MapView.class), MATRIX("matrix", MatrixView.class), THEMES("themes", ThemesView.class),
        IDENTITY("identity", IdentityView.class), QUESTIONS("questions", OwnQuestionsView.class);

        final String path;
        final Class<? extends ResultsPage> view;

        Page(String path, Class<? extends ResultsPage> view) {
            this.path = path;
            this.view = view;
        }
    }

    protected final MapService service;
    private final Page page;
    protected ScanResults results;
    protected long scanId;

    ResultsPage(MapService service, Page page) {
        this.service = service;
        this.page = page;
        addClassName("results-page");
        setPadding(true);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            scanId = Long.parseLong(event.getRouteParameters().get("scanId").orElse(""));
            results = service.results(scanId);
        } catch (ResultsNotYet notYet) {
            removeAll();
            add(NotYet.of(notYet, getLocale()));
            return;
        } catch (NumberFormatException | NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H2 title = new H2(results.scan().name());
        title.setId("results-title");
        title.addClassName("results-title");
        Span threshold = new Span(getTranslation("map.results.threshold", results.scan().threshold()));
        threshold.addClassName("onderstroom-muted");
        threshold.setId("results-threshold");
        add(new Div(title, threshold), tabs());
        add(new ResultsDownloads(scanId, getLocale()));
        render();
        add(new MethodSection(results));
    }

    private Component tabs() {
        Tabs tabs = new Tabs();
        tabs.setId("results-tabs");
        tabs.addClassName("results-tabs");
        Tab selected = null;
        for (Page p : Page.values()) {
            RouterLink link = new RouterLink(getTranslation("map.tabs." + p.path), p.view,
                    new RouteParameters("scanId", String.valueOf(scanId)));
            Tab tab = new Tab(link);
            tab.setId("tab-" + p.path);
            tabs.add(tab);
            if (p == page) {
                selected = tab;
            }
        }
        tabs.setSelectedTab(selected);
        return tabs;
    }

    /** Builds the screen's content from {@link #results}. */
    protected abstract void render();

    @Override
    public String getPageTitle() {
        String scan = results == null ? "" : results.scan().name() + " · ";
        return getTranslation("map.tabs." + page.path) + " · " + scan + "Onderstroom";
    }

    static List<Page> pages() {
        return List.of(Page.values());
    }
}
