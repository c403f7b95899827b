package nl.onderstroom.findings.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.FocusedMaps;
import nl.onderstroom.findings.SuggestionsService;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ResultsNotYet;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.security.AccountPrincipal;
import nl.onderstroom.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A scan's findings: the suggestions to accept, edit or dismiss ({@link SuggestionList}), the findings in
 * presentation order with their parts, narrative and actions ({@link FindingList}), all agreed actions
 * ({@link ActionList}), and who else is on the page. Advisors write; directors read (published scans) and agree
 * actions. The page refreshes by server push when someone changes a finding or comes and goes.
 */
@Route("scans/:scanId/findings")
@PermitAll
class FindingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FindingsService findings;
    private final FocusedMaps pictures;
    private final FindingEditService edits;
    private final SuggestionsService suggestions;
    private final ActionsService actions;
    private final MapService maps;
    private final FindingsPresence presence;
    private final FindingsBroadcaster broadcaster;

    private long scanId;
    private ScanResults results;
    private boolean advisor;
    private long me;
    private final Div presenceLine = new Div();
    private SuggestionList suggestionList;
    private FindingList findingList;
    private ActionList actionList;
    private Registration presenceRegistration;
    private Registration pushRegistration;

    FindingsView(FindingsService findings, FindingEditService edits, SuggestionsService suggestions,
                 ActionsService actions, MapService maps, FindingsPresence presence, FindingsBroadcaster broadcaster,
                 FocusedMaps pictures) {
        this.findings = findings;
        this.pictures = pictures;
        this.edits = edits;
        this.suggestions = suggestions;
        this.actions = actions;
        this.maps = maps;
        this.presence = presence;
        this.broadcaster = broadcaster;
        addClassName("findings-page");
        setPadding(true);
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            scanId = Long.parseLong(event.getRouteParameters().get("scanId").orElse(""));
            results = maps.results(scanId);
            findings.findings(scanId);
        } catch (ResultsNotYet notYet) {
            add(new Paragraph(getTranslation("findings.view.notYet")));
            return;
        } catch (NumberFormatException | NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        advisor = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADVISOR.authority())
                || a.getAuthority().equals(Role.ADMIN.authority()));
        me = auth.getPrincipal() instanceof AccountPrincipal p ? p.accountId() : -1;

        H2 title = new H2(results.scan().name());
        title.setId("findings-title");
        Anchor back = new Anchor("scans/" + scanId + "/map", getTranslation("findings.view.toMap"));
        back.setId("findings-to-map");
        presenceLine.setId("findings-presence");
        presenceLine.addClassName("findings-presence");
        presenceLine.getElement().setAttribute("aria-live", "polite");
        Paragraph intro = new Paragraph(getTranslation(advisor ? "findings.view.introAdvisor" : "findings.view.introDirector"));
        intro.addClassName("onderstroom-muted");
        add(new Div(title, back), presenceLine, intro);

        suggestionList = advisor ? new SuggestionList(suggestions, scanId, this::openEditor, this::render) : null;
        if (advisor) {
            H3 suggestionsHead = new H3(getTranslation("findings.view.suggestions"));
            Paragraph explain = new Paragraph(getTranslation("findings.view.suggestionsExplain"));
            explain.addClassName("onderstroom-muted");
            add(suggestionsHead, explain, suggestionList, suggestionList.restoreButton());
        }
        H3 findingsHead = new H3(getTranslation("findings.view.findings"));
        findingList = new FindingList(new FindingList.Context(edits, actions, results, me, advisor, this::openEditor,
                this::findingOf, this::render));
        add(findingsHead, findingList);
        if (advisor) {
            Button create = new Button(getTranslation("findings.view.new"), VaadinIcon.PLUS.create(),
                    e -> openEditor(null));
            create.setId("findings-new");
            add(create);
        }
        H3 actionsHead = new H3(getTranslation("findings.view.actions"));
        actionList = new ActionList(actions, scanId, this::findingOf, this::render);
        add(actionsHead, actionList);
        add(new WaveChangesList(actions, scanId));
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (results == null) {
            return;
        }
        UI ui = event.getUI();
        pushRegistration = broadcaster.register(scanId, ui, this::render);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? p.displayName() : "?";
        presenceRegistration = presence.join(scanId, this, new FindingsPresence.Present(me, name));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pushRegistration != null) {
            pushRegistration.remove();
            pushRegistration = null;
        }
        if (presenceRegistration != null) {
            presenceRegistration.remove();
            presenceRegistration = null;
        }
        super.onDetach(event);
    }

    /** Re-reads everything from the services (a click here, or someone else's change pushed to this page). */
    void render() {
        if (results == null) {
            return;
        }
        List<FindingView> list;
        try {
            list = findings.findings(scanId);
        } catch (NotFound | ResultsNotYet gone) {
            removeAll();
            add(new Paragraph(getTranslation("base.error.notFound")));
            return;
        }
        renderPresence();
        if (advisor) {
            suggestionList.render();
        }
        List<ActionView> allActions = actions.actions(scanId);
        findingList.render(list, allActions);
        actionList.render(allActions);
    }

    private void renderPresence() {
        List<String> others = presence.present(scanId).stream().filter(p -> p.accountId() != me)
                .map(FindingsPresence.Present::name).toList();
        presenceLine.setText(others.isEmpty() ? getTranslation("findings.view.aloneHere")
                : getTranslation("findings.view.alsoHere", String.join(", ", others)));
    }

    private Optional<FindingView> findingOf(long findingId) {
        return findings.findings(scanId).stream().filter(f -> f.id() == findingId).findFirst();
    }

    private void openEditor(FindingView existing) {
        FindingView opened = existing;
        if (existing != null) {
            try {
                opened = edits.beginEdit(existing.id());
            } catch (UserError | AccessDeniedException error) {
                UiSetup.handle(error);
                render();
                return;
            }
        }
        new FindingEditor(findings, edits, pictures, results, opened, this::render).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("findings.view.title") + (results == null ? "" : " · " + results.scan().name())
                + " · Onderstroom";
    }
}
