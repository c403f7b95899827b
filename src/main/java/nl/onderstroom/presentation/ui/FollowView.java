package nl.onderstroom.presentation.ui;

import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.ReactionKind;
import nl.onderstroom.findings.ReactionsService;
import nl.onderstroom.presentation.LivePresentations;
import nl.onderstroom.presentation.PresentationChannel;
import nl.onderstroom.presentation.PresentationEvent;
import nl.onderstroom.report.ReportService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A director follows the presentation on their own screen: the advisor's slide arrives by server push, a late
 * arrival starts on the current slide, the names of everyone watching are listed, and on each slide they can agree,
 * doubt or ask a question, which the advisor sees at once and which stays with the finding.
 */
@Route(value = "scans/:scanId/follow", autoLayout = false)
@PermitAll
class FollowView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LivePresentations presentations;
    private final FindingsService findings;
    private final ReportService reports;
    private final String viewer = UUID.randomUUID().toString();
    private final Div slideBox = new Div();
    private final Span watching = new Span();
    private final Span feedback = new Span();
    private final Div react = new Div();
    private long scanId;
    private LivePresentations.Live live;
    private PresentationChannel.Subscription subscription;
    private SecurityContext context;

    FollowView(LivePresentations presentations, FindingsService findings, ReportService reports) {
        this.presentations = presentations;
        this.findings = findings;
        this.reports = reports;
        setId("follow-view");
        setSizeFull();
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            scanId = Long.parseLong(event.getRouteParameters().get("scanId").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            live = presentations.join(scanId, viewer);
        } catch (NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (UserError e) {
            live = null;
        }
        context = SecurityContextHolder.getContext();
        build();
    }

    private void build() {
        removeAll();
        Anchor back = new Anchor("", getTranslation("present.back"));
        back.setId("follow-back");
        watching.setId("follow-watching");
        watching.addClassName("onderstroom-muted");
        Div bar = new Div(back, watching);
        bar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "center").set("width", "100%");
        slideBox.setWidthFull();
        add(bar);
        if (live == null) {
            showEnded();
            return;
        }
        add(slideBox, reactBar());
        render();
    }

    private Div reactBar() {
        Button agree = new Button(getTranslation("present.agree"), VaadinIcon.THUMBS_UP.create(),
                e -> react(ReactionKind.AGREE, null));
        agree.setId("follow-agree");
        Button doubt = new Button(getTranslation("present.doubt"), VaadinIcon.QUESTION_CIRCLE.create(),
                e -> react(ReactionKind.DOUBT, null));
        doubt.setId("follow-doubt");
        TextField question = new TextField();
        question.setId("follow-question");
        question.setPlaceholder(getTranslation("present.questionPlaceholder"));
        question.setAriaLabel(getTranslation("present.question"));
        question.setMaxLength(ReactionsService.MAX_REACTION);
        question.getStyle().set("flex", "1 1 16rem");
        Button ask = new Button(getTranslation("present.ask"), VaadinIcon.COMMENT.create(), e -> {
            if (react(ReactionKind.QUESTION, question.getValue())) {
                question.clear();
            }
        });
        ask.setId("follow-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        feedback.setId("follow-feedback");
        feedback.getElement().setAttribute("role", "status");
        react.removeAll();
        react.add(agree, doubt, question, ask, feedback);
        react.setId("follow-react");
        react.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("width", "100%");
        return react;
    }

    private boolean react(ReactionKind kind, String text) {
        if (live == null || live.findingId() == null) {
            return false;
        }
        try {
            presentations.react(scanId, live.findingId(), kind, text);
            feedback.setText(getTranslation("present.reacted." + kind.name()));
            return true;
        } catch (UserError e) {
            feedback.setText(Translations.text(getLocale(), e));
            return false;
        }
    }

    private void render() {
        slideBox.removeAll();
        slideBox.add(new Slide(findings, reports, scanId, live.findingId(), live.slide(), live.slides(), getLocale()));
        react.setVisible(live.findingId() != null);
        feedback.setText("");
        renderWatching();
    }

    private void renderWatching() {
        watching.setText(getTranslation("present.watchingList", live.presenter(),
                String.join(", ", live.viewers().stream().map(LivePresentations.Viewer::name).toList())));
    }

    private void showEnded() {
        slideBox.removeAll();
        react.setVisible(false);
        Paragraph ended = new Paragraph(getTranslation("present.notRunning"));
        ended.setId("follow-ended");
        add(new H2(getTranslation("present.title")), ended);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        subscription = presentations.subscribe(event -> {
            if (event.scanId() == scanId) {
                ui.access(() -> Secured.run(context, () -> on(event)));
            }
        });
    }

    private void on(PresentationEvent event) {
        if (event instanceof PresentationEvent.SlideShown e) {
            if (live == null) {
                // started again after it ended: join again
                live = presentations.join(scanId, viewer);
                build();
                return;
            }
            boolean moved = e.slide() != live.slide() || !java.util.Objects.equals(e.findingId(), live.findingId());
            live = new LivePresentations.Live(e.scanId(), e.organisationId(), e.presenter(), e.slide(), e.slides(),
                    e.findingId(), live.viewers());
            if (moved) {
                render();
            }
        } else if (event instanceof PresentationEvent.Joined || event instanceof PresentationEvent.Left) {
            refreshViewers();
        } else if (event instanceof PresentationEvent.Ended) {
            live = null;
            build();
        }
    }

    private void refreshViewers() {
        if (live != null) {
            presentations.current(scanId).ifPresent(l -> {
                live = new LivePresentations.Live(live.scanId(), live.organisationId(), live.presenter(), live.slide(),
                        live.slides(), live.findingId(), l.viewers());
                renderWatching();
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.cancel();
        }
        if (context != null) {
            Secured.run(context, () -> presentations.leave(scanId, viewer));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("present.follow") + " · Onderstroom";
    }
}
