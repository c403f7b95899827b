package nl.onderstroom.start;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.presentation.LivePresentations;
import nl.onderstroom.security.Role;

/**
 * What a director sees first: the latest published scan in three plain sentences, a link into its map, the
 * presentation running now (to join), and the actions they own, overdue ones marked. Only published scans of
 * their own organisation take part ({@link MapService#scansWithResults}).
 */
@Route("start")
@Menu(title = "start.menu", order = 5, icon = "HOME")
@RolesAllowed(Role.DIRECTOR_NAME)
class StartView extends VerticalLayout implements HasDynamicTitle {

    StartView(MapService maps, LivePresentations presentations, ActionsService actions) {
        setId("start-view");
        addClassName("onderstroom-page");
        setMaxWidth("60rem");

        List<LivePresentations.Live> running = presentations.runningForMe();
        if (!running.isEmpty()) {
            LivePresentations.Live live = running.get(0);
            Div banner = new Div();
            banner.setId("start-presentation");
            banner.getStyle().set("background", "var(--lumo-primary-color-10pct)").set("padding", "var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("width", "100%")
                    .set("box-sizing", "border-box");
            Span what = new Span(getTranslation("start.presentation.running", live.presenter()));
            Button join = new Button(getTranslation("start.presentation.join"), VaadinIcon.PRESENTATION.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("scans/" + live.scanId() + "/follow")));
            join.setId("start-join");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.getStyle().set("margin-left", "var(--lumo-space-m)");
            banner.add(what, join);
            add(banner);
        }

        List<MapService.ResultsEntry> scans = maps.scansWithResults();
        if (scans.isEmpty()) {
            add(new H2(getTranslation("start.title")));
            Paragraph none = new Paragraph(getTranslation("start.noScan"));
            none.setId("start-no-scan");
            add(none);
        } else {
            long scanId = scans.get(0).scan().id();
            ScanResults results = maps.results(scanId);
            H2 title = new H2(results.scan().name());
            title.setId("start-title");
            Span subtitle = new Span(getTranslation("start.subtitle", scans.get(0).organisationName()));
            subtitle.addClassName("onderstroom-muted");
            Div sentences = new Div();
            sentences.setId("start-sentences");
            List<String> lines = new StartSentences(results, maps.identity(scanId), getLocale(), this::getTranslation)
                    .sentences();
            String[] ids = {"start-stops", "start-islands", "start-identity"};
            for (int i = 0; i < lines.size(); i++) {
                Paragraph p = new Paragraph(lines.get(i));
                p.setId(lines.size() == 1 ? "start-too-few" : ids[i]);
                p.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0 0 var(--lumo-space-s)");
                sentences.add(p);
            }
            Anchor map = new Anchor("scans/" + scanId + "/map", getTranslation("start.openMap"));
            map.setId("start-map");
            map.getStyle().set("font-weight", "600").set("display", "inline-block").set("min-height", "44px")
                    .set("line-height", "44px");
            add(new Div(title, subtitle), sentences, map);
            add(new nl.onderstroom.findings.ui.WaveChangesList(actions, scanId));
        }

        H3 mine = new H3(getTranslation("start.actions.title"));
        UnorderedList list = new UnorderedList();
        list.setId("start-actions");
        List<ActionView> own = actions.myActions();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (ActionView a : own) {
            ListItem item = new ListItem();
            item.setId("start-action-" + a.id());
            Span what = new Span(a.what());
            what.getStyle().set("font-weight", "600");
            Span detail = new Span(" · " + getTranslation("start.actions.due", a.dueOn() == null ? "–" : dates.format(a.dueOn()))
                    + " · " + getTranslation("report.actions.status." + a.status().name())
                    + " · " + getTranslation("start.actions.finding", a.findingTitle()));
            detail.addClassName("onderstroom-muted");
            item.add(what, detail);
            if (a.overdue()) {
                Span overdue = new Span(getTranslation("report.actions.overdue"));
                overdue.addClassName("start-overdue");
                overdue.getElement().getThemeList().add("badge error");
                overdue.getStyle().set("margin-left", "var(--lumo-space-s)");
                item.add(overdue);
                item.getElement().setAttribute("data-overdue", "true");
                item.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-s)");
            }
            item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            list.add(item);
        }
        add(mine);
        if (own.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("start.actions.none"));
            none.setId("start-no-actions");
            add(none);
        } else {
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.title") + " · Onderstroom";
    }
}
