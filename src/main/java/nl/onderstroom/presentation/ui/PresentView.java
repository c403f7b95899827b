package nl.onderstroom.presentation.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.ReactionKind;
import nl.onderstroom.findings.ReactionView;
import nl.onderstroom.findings.ReactionsService;
import nl.onderstroom.presentation.LivePresentations;
import nl.onderstroom.presentation.PresentationChannel;
import nl.onderstroom.presentation.PresentationEvent;
import nl.onderstroom.report.ReportService;
import nl.onderstroom.security.Role;

/**
 * The advisor presents a published scan: one finding per slide, full screen, moved on by the arrow keys, Page
 * Up/Down, the space bar or the buttons. Beside the slide: who is watching, and the directors' reactions to this
 * slide as they come in.
 */
@Route(value = "scans/:scanId/present", autoLayout = false)
@RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
class PresentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LivePresentations presentations;
    private final FindingsService findings;
    private final ReactionsService reactionsService;
    private final ReportService reports;
    private final Div slideBox = new Div();
    private final UnorderedList viewers = new UnorderedList();
    private final Div reactions = new Div();
    private final Span status = new Span();
    private long scanId;
    private LivePresentations.Live live;
    private PresentationChannel.Subscription subscription;

    PresentView(LivePresentations presentations, FindingsService findings, ReactionsService reactionsService,
                ReportService reports) {
        this.presentations = presentations;
        this.findings = findings;
        this.reactionsService = reactionsService;
        this.reports = reports;
        setId("present-view");
        setSizeFull();
        setPadding(true);
        getStyle().set("background", "var(--lumo-base-color)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            scanId = Long.parseLong(event.getRouteParameters().get("scanId").orElse(""));
            live = presentations.start(scanId);
        } catch (NumberFormatException | NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (UserError e) {
            removeAll();
            Span refused = new Span(Translations.text(getLocale(), e));
            refused.setId("present-refused");
            add(refused);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        Button prev = new Button(getTranslation("present.previous"), VaadinIcon.ARROW_LEFT.create(), e -> move(-1));
        prev.setId("present-prev");
        Button next = new Button(getTranslation("present.next"), VaadinIcon.ARROW_RIGHT.create(), e -> move(1));
        next.setId("present-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button full = new Button(getTranslation("present.fullScreen"), VaadinIcon.EXPAND_SQUARE.create(),
                e -> getElement().executeJs("document.documentElement.requestFullscreen && document.documentElement.requestFullscreen()"));
        full.setId("present-fullscreen");
        full.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button end = new Button(getTranslation("present.end"), VaadinIcon.CLOSE.create(), e -> {
            presentations.end(scanId);
            getUI().ifPresent(ui -> ui.getPage().getHistory().back());
        });
        end.setId("present-end");
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        status.setId("present-status");
        status.addClassName("onderstroom-muted");
        Div bar = new Div(prev, next, status, full, end);
        bar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("width", "100%");

        viewers.setId("present-viewers");
        reactions.setId("present-reactions");
        Span watching = new Span(getTranslation("present.watching"));
        watching.getStyle().set("font-weight", "600");
        Span reacting = new Span(getTranslation("present.reactions"));
        reacting.getStyle().set("font-weight", "600");
        Div side = new Div(watching, viewers, reacting, reactions);
        side.setId("present-side");
        side.getStyle().set("min-width", "14rem").set("flex", "0 1 18rem");
        slideBox.getStyle().set("flex", "1 1 40rem").set("min-width", "0");
        Div body = new Div(slideBox, side);
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)").set("width", "100%");
        add(bar, body);

        for (Key key : List.of(Key.ARROW_RIGHT, Key.PAGE_DOWN)) {
            Shortcuts.addShortcutListener(this, () -> move(1), key);
        }
        for (Key key : List.of(Key.ARROW_LEFT, Key.PAGE_UP)) {
            Shortcuts.addShortcutListener(this, () -> move(-1), key);
        }
        render();
    }

    private void move(int delta) {
        live = presentations.show(scanId, live.slide() + delta);
        render();
    }

    private void render() {
        slideBox.removeAll();
        slideBox.add(new Slide(findings, reports, scanId, live.findingId(), live.slide(), live.slides(), getLocale()));
        status.setText(getTranslation("present.counter", live.slide() + 1, Math.max(1, live.slides())));
        renderViewers();
        renderReactions();
    }

    private void renderViewers() {
        viewers.removeAll();
        if (live.viewers().isEmpty()) {
            viewers.add(new ListItem(getTranslation("present.nobodyYet")));
        }
        live.viewers().forEach(v -> viewers.add(new ListItem(v.name())));
    }

    private void renderReactions() {
        reactions.removeAll();
        if (live.findingId() == null) {
            return;
        }
        List<ReactionView> list = reactionsService.reactions(live.findingId());
        long agree = list.stream().filter(r -> r.kind() == ReactionKind.AGREE).count();
        long doubt = list.stream().filter(r -> r.kind() == ReactionKind.DOUBT).count();
        Span counts = new Span(getTranslation("present.counts", agree, doubt));
        counts.setId("present-counts");
        UnorderedList questions = new UnorderedList();
        questions.setId("present-questions");
        list.stream().filter(r -> r.kind() == ReactionKind.QUESTION)
                .forEach(r -> questions.add(new ListItem(r.authorName() + ": " + r.text())));
        reactions.add(counts, questions);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        subscription = presentations.subscribe(event -> {
            if (event.scanId() != scanId || live == null) {
                return;
            }
            ui.access(() -> Secured.run(context, () -> on(event)));
        });
    }

    private void on(PresentationEvent event) {
        if (event instanceof PresentationEvent.SlideShown e) {
            // another screen of an advisor moved the presentation
            if (e.slide() != live.slide()) {
                live = new LivePresentations.Live(e.scanId(), e.organisationId(), e.presenter(), e.slide(),
                        e.slides(), e.findingId(), live.viewers());
                render();
            }
        } else if (event instanceof PresentationEvent.Joined || event instanceof PresentationEvent.Left) {
            presentations.current(scanId).ifPresent(l -> {
                live = new LivePresentations.Live(live.scanId(), live.organisationId(), live.presenter(), live.slide(),
                        live.slides(), live.findingId(), l.viewers());
                renderViewers();
            });
        } else if (event instanceof PresentationEvent.Reacted e) {
            if (live.findingId() != null && live.findingId() == e.findingId()) {
                renderReactions();
            }
        } else if (event instanceof PresentationEvent.Ended) {
            status.setText(getTranslation("present.ended"));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.cancel();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("present.title") + " · Onderstroom";
    }
}
