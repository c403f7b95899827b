package nl.onderstroom.findings.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
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
import nl.onderstroom.findings.ActionStatus;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.Narrative;
import nl.onderstroom.findings.SuggestedFinding;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ResultsNotYet;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.security.AccountPrincipal;
import nl.onderstroom.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A scan's findings: the suggestions to accept, edit or dismiss, the findings in presentation order with their
 * parts, narrative and actions, and who else is on the page. Advisors write; directors read (published scans) and
 * agree actions. The page refreshes by server push when someone changes a finding or comes and goes.
 */
@Route("scans/:scanId/findings")
@PermitAll
class FindingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FindingsService findings;
    private final ActionsService actions;
    private final MapService maps;
    private final FindingsPresence presence;
    private final FindingsBroadcaster broadcaster;

    private long scanId;
    private ScanResults results;
    private boolean advisor;
    private long me;
    private final Div presenceLine = new Div();
    private final Div suggestionList = new Div();
    private final Div findingList = new Div();
    private final Div actionList = new Div();
    private Registration presenceRegistration;
    private Registration pushRegistration;
    /** The id of the button to give focus back to after a re-render (moving a finding keeps the keyboard in place). */
    private String focusAfterRender;

    FindingsView(FindingsService findings, ActionsService actions, MapService maps, FindingsPresence presence,
                 FindingsBroadcaster broadcaster) {
        this.findings = findings;
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

        if (advisor) {
            H3 suggestionsHead = new H3(getTranslation("findings.view.suggestions"));
            Paragraph explain = new Paragraph(getTranslation("findings.view.suggestionsExplain"));
            explain.addClassName("onderstroom-muted");
            suggestionList.setId("findings-suggestions");
            Button restore = new Button(getTranslation("findings.view.restoreDismissed"),
                    e -> act(() -> findings.restoreDismissed(scanId)));
            restore.setId("findings-restore");
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(suggestionsHead, explain, suggestionList, restore);
        }
        H3 findingsHead = new H3(getTranslation("findings.view.findings"));
        findingList.setId("findings-list");
        findingList.addClassName("findings-list");
        add(findingsHead, findingList);
        if (advisor) {
            Button create = new Button(getTranslation("findings.view.new"), VaadinIcon.PLUS.create(),
                    e -> openEditor(null));
            create.setId("findings-new");
            add(create);
        }
        H3 actionsHead = new H3(getTranslation("findings.view.actions"));
        actionList.setId("findings-actions");
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
            renderSuggestions();
        }
        List<ActionView> allActions = actions.actions(scanId);
        findingList.removeAll();
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("findings.view.none"));
            none.addClassName("onderstroom-muted");
            findingList.add(none);
        }
        for (FindingView f : list) {
            findingList.add(card(f, list.size(), allActions.stream().filter(a -> a.findingId() == f.id()).toList()));
        }
        actionList.removeAll();
        if (allActions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("findings.view.noActions"));
            none.addClassName("onderstroom-muted");
            actionList.add(none);
        }
        allActions.forEach(a -> actionList.add(actionRow(a, "all")));
        if (focusAfterRender != null) {
            String id = focusAfterRender;
            focusAfterRender = null;
            findingList.getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                    .filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                    .filter(c -> c instanceof Button).ifPresent(c -> ((Button) c).focus());
        }
    }

    private void renderPresence() {
        List<String> others = presence.present(scanId).stream().filter(p -> p.accountId() != me)
                .map(FindingsPresence.Present::name).toList();
        presenceLine.setText(others.isEmpty() ? getTranslation("findings.view.aloneHere")
                : getTranslation("findings.view.alsoHere", String.join(", ", others)));
    }

    private void renderSuggestions() {
        suggestionList.removeAll();
        List<SuggestedFinding> suggestions = findings.suggestions(scanId, getLocale());
        if (suggestions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("findings.view.noSuggestions"));
            none.addClassName("onderstroom-muted");
            suggestionList.add(none);
        }
        int i = 0;
        for (SuggestedFinding s : suggestions) {
            Div card = new Div();
            card.addClassName("findings-suggestion");
            card.setId("suggestion-" + i);
            Styles.card(card);
            Span kind = new Span(getTranslation(Labels.kind(s.kind())));
            kind.addClassName("findings-kind");
            Styles.badge(kind, "var(--lumo-primary-color-10pct)");
            H4 head = new H4(s.title());
            Paragraph text = new Paragraph(s.text());
            Button accept = new Button(getTranslation("findings.view.accept"), VaadinIcon.CHECK.create(),
                    e -> act(() -> findings.accept(scanId, s.key(), getLocale())));
            accept.setId("suggestion-accept-" + i);
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button edit = new Button(getTranslation("findings.view.acceptEdit"), VaadinIcon.EDIT.create(), e -> {
                try {
                    FindingView created = findings.accept(scanId, s.key(), getLocale());
                    openEditor(created);
                } catch (UserError error) {
                    UiSetup.handle(error);
                }
            });
            edit.setId("suggestion-edit-" + i);
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button dismiss = new Button(getTranslation("findings.view.dismiss"), VaadinIcon.CLOSE_SMALL.create(),
                    e -> act(() -> {
                        findings.dismiss(scanId, s.key());
                        return null;
                    }));
            dismiss.setId("suggestion-dismiss-" + i);
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            FlexLayout buttons = new FlexLayout(accept, edit, dismiss);
            buttons.addClassName("findings-buttons");
            Styles.buttons(buttons);
            card.add(kind, head, text, buttons);
            suggestionList.add(card);
            i++;
        }
    }

    private Div card(FindingView f, int count, List<ActionView> own) {
        Div card = new Div();
        card.addClassName("findings-card");
        card.setId("finding-" + f.id());
        Styles.card(card);
        Span position = new Span(getTranslation("findings.view.position", f.position()));
        position.addClassName("findings-position");
        Styles.badge(position, "var(--lumo-contrast-10pct)");
        H4 head = new H4(f.title());
        head.addClassName("findings-card-title");
        head.getStyle().set("margin", "var(--lumo-space-xs) 0");
        card.add(position, head);
        if (f.editor() != null && f.editor().accountId() != me) {
            Span lock = new Span(getTranslation("findings.view.editing", f.editor().name()));
            lock.addClassName("findings-lock");
            Styles.badge(lock, "var(--lumo-warning-color-10pct, #fff3cd)");
            lock.setId("finding-lock-" + f.id());
            card.add(lock);
        }
        Html narrative = new Html("<div class=\"findings-narrative\">" + Narrative.toHtml(f.narrative()) + "</div>");
        card.add(narrative);
        String parts = PartLabels.summary(f.parts(), results, getLocale());
        if (!parts.isEmpty()) {
            Paragraph about = new Paragraph(getTranslation("findings.view.about", parts));
            about.addClassName("findings-about");
            card.add(about);
        }
        if (!f.stories().isEmpty()) {
            Span stories = new Span(getTranslation("findings.view.storyCount", f.stories().size()));
            stories.addClassName("onderstroom-muted");
            card.add(stories);
        }
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("findings-buttons");
        Styles.buttons(buttons);
        if (advisor) {
            Button edit = new Button(getTranslation("findings.view.edit"), VaadinIcon.EDIT.create(), e -> openEditor(f));
            edit.setId("finding-edit-" + f.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(f, -1, "finding-up-" + f.id()));
            up.setId("finding-up-" + f.id());
            up.setAriaLabel(getTranslation("findings.view.moveUp", f.title()));
            up.setTooltipText(getTranslation("findings.view.moveUpShort"));
            up.setEnabled(f.position() > 1);
            up.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(f, +1, "finding-down-" + f.id()));
            down.setId("finding-down-" + f.id());
            down.setAriaLabel(getTranslation("findings.view.moveDown", f.title()));
            down.setTooltipText(getTranslation("findings.view.moveDownShort"));
            down.setEnabled(f.position() < count);
            down.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> act(() -> {
                findings.delete(f.id());
                return null;
            }));
            delete.setId("finding-delete-" + f.id());
            delete.setAriaLabel(getTranslation("findings.view.delete", f.title()));
            delete.setTooltipText(getTranslation("findings.view.deleteShort"));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(edit, up, down, delete);
        }
        Button addAction = new Button(getTranslation("findings.view.addAction"), VaadinIcon.FLAG.create(),
                e -> new ActionDialog(actions, scanId, f, null, this::render).open());
        addAction.setId("finding-action-" + f.id());
        addAction.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons.add(addAction);
        card.add(buttons);
        own.forEach(a -> card.add(actionRow(a, "f" + f.id())));
        return card;
    }

    private Div actionRow(ActionView a, String where) {
        Div row = new Div();
        row.addClassName("findings-action");
        row.setId("action-" + where + "-" + a.id());
        if (a.overdue()) {
            row.addClassName("findings-action-overdue");
        }
        Styles.actionRow(row, a.overdue());
        String due = a.dueOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
        Span what = new Span(a.what());
        what.addClassName("findings-action-what");
        Span meta = new Span(getTranslation("findings.view.actionMeta",
                a.ownerName() == null ? getTranslation("findings.view.noOwner") : a.ownerName(), due,
                a.findingTitle()));
        meta.addClassName("onderstroom-muted");
        row.add(what, meta);
        if (a.overdue()) {
            Span overdue = new Span(getTranslation("findings.view.overdue"));
            overdue.addClassName("findings-overdue");
            Styles.badge(overdue, "var(--lumo-error-color-10pct)");
            overdue.getStyle().set("color", "var(--lumo-error-text-color)");
            row.add(overdue);
        }
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(Labels.status(s)));
        status.setValue(a.status());
        status.setAriaLabel(getTranslation("findings.action.status"));
        status.addClassName("findings-action-status");
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> actions.setStatus(a.id(), e.getValue()));
            }
        });
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> findingOf(a).ifPresent(f ->
                new ActionDialog(actions, scanId, f, a, this::render).open()));
        edit.setAriaLabel(getTranslation("findings.view.editAction", a.what()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(status, edit);
        return row;
    }

    private Optional<FindingView> findingOf(ActionView a) {
        return findings.findings(scanId).stream().filter(f -> f.id() == a.findingId()).findFirst();
    }

    private void move(FindingView f, int delta, String focus) {
        focusAfterRender = focus;
        act(() -> findings.move(f.id(), delta));
    }

    private void openEditor(FindingView existing) {
        FindingView opened = existing;
        if (existing != null) {
            try {
                opened = findings.beginEdit(existing.id());
            } catch (UserError | org.springframework.security.access.AccessDeniedException error) {
                UiSetup.handle(error);
                render();
                return;
            }
        }
        new FindingEditor(findings, results, opened, this::render).open();
    }

    private void act(Supplier<?> action) {
        try {
            action.get();
        } catch (UserError | org.springframework.security.access.AccessDeniedException error) {
            UiSetup.handle(error);
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("findings.view.title") + (results == null ? "" : " · " + results.scan().name())
                + " · Onderstroom";
    }
}
