package nl.onderstroom.map.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.ui.PageTitles;
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
        H1 title = new H1(results.scan().name());
        title.setId("results-title");
        title.addClassName("results-title");
        Span threshold = new Span(getTranslation("map.results.threshold", results.scan().threshold()));
        threshold.addClassName("onderstroom-muted");
        threshold.setId("results-threshold");
        // the screen's name as the heading of its content: h1 scan, h2 screen, h3 its sections
        H2 screen = new H2(getTranslation("map.tabs." + page.path));
        screen.setId("results-screen");
        screen.addClassName("onderstroom-sr-only");
        add(new Div(title, threshold), tabs(), screen);
        render();
        // below the screen's content: on a laptop the map's lead, ranking and legend stay above the fold
        add(new ResultsDownloads(scanId, getLocale()));
        add(new MethodSection(results));
    }

    /**
     * The results' screens as links in a navigation landmark, the current one marked {@code aria-current="page"}:
     * links, not tabs holding links (a control inside a control is announced twice and focused twice).
     */
    private Component tabs() {
        Nav tabs = new Nav();
        tabs.setId("results-tabs");
        tabs.addClassName("results-tabs");
        tabs.getElement().setAttribute("aria-label", getTranslation("a11y.results.tabs"));
        for (Page p : Page.values()) {
            RouterLink link = new RouterLink(getTranslation("map.tabs." + p.path), p.view,
                    new RouteParameters("scanId", String.valueOf(scanId)));
            link.setId("tab-" + p.path);
            link.addClassName("results-tab");
            if (p == page) {
                link.getElement().setAttribute("aria-current", "page");
            }
            tabs.add(link);
        }
        // by route, not by class: the findings feature builds on the results, not the other way round
        com.vaadin.flow.component.html.Anchor findings = new com.vaadin.flow.component.html.Anchor(
                "scans/" + scanId + "/findings", getTranslation("findings.tab"));
        findings.setId("tab-findings");
        findings.addClassName("results-tab");
        tabs.add(findings);
        return tabs;
    }

    /** Builds the screen's content from {@link #results}. */
    protected abstract void render();

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("map.tabs." + page.path), results == null ? null : results.scan().name());
    }

    static List<Page> pages() {
        return List.of(Page.values());
    }
}
