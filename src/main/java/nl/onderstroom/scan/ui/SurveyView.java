package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.LanguageSwitch;
import nl.onderstroom.scan.AnswerRules;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.RespondentService.Outcome;
import nl.onderstroom.scan.RespondentService.Ticket;

/**
 * The anonymous survey: code entry, then intro → department → connections → undercurrents → identity → review. This
 * view is the frame (language, progress, title, navigation) and the flow between the steps, each a component of its
 * own. The draft is saved on the server as answers change (at most once a second, and a second after the last
 * change) and on every step; the language can be switched at every step without losing answers. A question that
 * needs an answer says so at the question, with the rules of {@link AnswerRules}. Whatever people typed is only ever
 * shown as text. The respondent's UI has no push connection and keeps its questions in the browser
 * (docs/decisions/light-respondent-session.md).
 */
@Route(value = "s", autoLayout = false)
@AnonymousAllowed
class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Step { INTRO, DEPARTMENT, CONNECTIONS, UNDERCURRENTS, IDENTITY, REVIEW }

    private final RespondentService respondents;
    private final DraftAutosave autosave;
    private final Div error = new Div();
    private SurveyContext context;
    private List<Step> steps = List.of();
    private int index;
    private SurveyStep current;
    private boolean showingReceived;
    /** The problem of the code in the link this view was opened with, until another code is tried. */
    private RespondentSession.Problem linkProblem;
    /** The browser's title for what is shown now: the step and where it is in the survey. */
    private String pageTitle;

    SurveyView(RespondentService respondents, Clock clock) {
        this.respondents = respondents;
        this.autosave = new DraftAutosave(getElement(), clock, this::saveAsTyped);
        setId("survey-view");
        // the page's one main landmark: everything the respondent reads is in it
        getElement().setAttribute("role", "main");
        setPadding(false);
        getStyle().set("max-width", "44rem").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        error.setId("survey-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public String getPageTitle() {
        return pageTitle == null ? getTranslation("scan.survey.title") : pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RespondentPush.off();
        // whatever came in through the address bar, it does not stay there
        UI.getCurrent().getPage().getHistory().replaceState(null, "s");
        Ticket ticket = RespondentSession.ticket();
        if (ticket == null) {
            // The browser's router navigates a second time after the forward from /s/<code>, to the same view
            // instance: the problem of the link stays with the instance, or the second pass would show an empty form.
            RespondentSession.Problem taken = RespondentSession.takeProblem();
            if (taken != null) {
                linkProblem = taken;
            }
            if (linkProblem != null && RespondentService.RECEIVED.equals(linkProblem.key())
                    || linkProblem == null && RespondentSession.received()) {
                showReceived();
            } else {
                showCodeEntry(linkProblem);
            }
        } else {
            start(ticket);
        }
    }

    private void start(Ticket ticket) {
        try {
            context = new SurveyContext(ticket, respondents.survey(ticket), respondents.draft(ticket), this::changed);
        } catch (UserError e) {
            RespondentSession.ticket(null);
            context = null;
            if ("scan.respond.closed".equals(e.key())) {
                showMessage("survey-closed", e);
            } else if (RespondentService.RECEIVED.equals(e.key())) {
                showReceived();
            } else {
                showCodeEntry(new RespondentSession.Problem(e.key(), e.args()));
            }
            return;
        }
        steps = ticket.director()
                ? List.of(Step.INTRO, Step.IDENTITY, Step.REVIEW)
                : ticket.departmentFixed()
                ? List.of(Step.INTRO, Step.CONNECTIONS, Step.UNDERCURRENTS, Step.IDENTITY, Step.REVIEW)
                : List.of(Step.INTRO, Step.DEPARTMENT, Step.CONNECTIONS, Step.UNDERCURRENTS, Step.IDENTITY, Step.REVIEW);
        index = Math.max(0, Math.min(context.answers().getStep(), steps.size() - 1));
        render();
    }

    // ---- frame -----------------------------------------------------------------------------------------------

    private void frame(String shown) {
        current = null;
        removeAll();
        add(new SurveyBar(this::switchLanguage));
        // the page speaks the reader's language, and its title says where they are
        pageTitle = shown + " – " + getTranslation("scan.survey.title");
        UI.getCurrent().getPage().setTitle(pageTitle);
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }

    /** Keeps every answer: saved as a draft first, then drawn again in the other language. */
    private void switchLanguage(Locale locale) {
        if (context != null) {
            trySave();
        }
        LanguageSwitch.remember(locale);
        if (context != null) {
            render();
        } else if (showingReceived) {
            showReceived();
        } else {
            showCodeEntry(null);
        }
    }

    private void showCodeEntry(RespondentSession.Problem problem) {
        showingReceived = false;
        frame(getTranslation("scan.survey.enter.title"));
        add(new CodeEntryStep(respondents, problem, ticket -> {
            linkProblem = null;
            start(ticket);
        }, this::showReceived));
    }

    private void render() {
        Step step = steps.get(index);
        String stepName = getTranslation("scan.survey.step." + step.name().toLowerCase(Locale.ROOT));
        frame(getTranslation("scan.survey.pageTitle", stepName, index + 1, steps.size()));
        error.setText("");
        H1 title = new H1(stepName);
        title.setId("step-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin-top", "var(--lumo-space-s)");
        title.getElement().setAttribute("tabindex", "-1");
        Span where = new Span(getTranslation("scan.survey.progress", index + 1, steps.size()));
        where.setId("survey-progress-text");
        where.addClassName("onderstroom-muted");
        ProgressBar progress = new ProgressBar(0, steps.size(), index + 1);
        progress.setId("survey-progress");
        progress.getElement().setAttribute("aria-label", where.getText());
        Span scanName = new Span(context.info.organisationName() + " – " + context.info.scanName());
        scanName.addClassName("onderstroom-muted");
        current = switch (step) {
            case INTRO -> new IntroStep(context);
            case DEPARTMENT -> new DepartmentStep(context);
            case CONNECTIONS -> new ConnectionsStep(context);
            case UNDERCURRENTS -> new ThemesStep(context);
            case IDENTITY -> new IdentityStep(context);
            case REVIEW -> new ReviewStep(context, steps::indexOf, this::go);
        };
        add(scanName, progress, where, title, current, error, new SurveyNavigation(index == 0, step == Step.REVIEW,
                () -> go(index - 1), () -> go(index + 1), this::submit));
        title.getElement().callJsFunction("focus");
    }

    private void go(int target) {
        if (target > index && !current.markAll(error::setText)) {
            return;
        }
        int previous = index;
        index = Math.max(0, Math.min(target, steps.size() - 1));
        context.answers().setStep(index);
        if (!trySave()) {
            if (context != null) {
                index = previous;
                context.answers().setStep(index);
            }
            return;
        }
        render();
    }

    // ---- saving ----------------------------------------------------------------------------------------------

    /** Saves the draft; on a broken rule says so and returns false. A closed scan ends the survey kindly. */
    private boolean trySave() {
        try {
            context.answers(respondents.saveDraft(context.ticket, context.answers()));
            autosave.saved();
            return true;
        } catch (UserError e) {
            saveFailed(e);
            return false;
        }
    }

    private void saveFailed(UserError e) {
        if ("scan.respond.closed".equals(e.key())) {
            RespondentSession.ticket(null);
            context = null;
            showMessage("survey-closed", e);
        } else if (RespondentService.RECEIVED.equals(e.key())) {
            // another tab sent these answers already
            RespondentSession.ticket(null);
            RespondentSession.received(true);
            showReceived();
        } else {
            error.setText(Translations.text(getLocale(), e));
        }
    }

    /** An answer changed: marks of what is answered now go, and the draft is saved soon ({@link DraftAutosave}). */
    private void changed() {
        if (current != null) {
            current.unmarkAnswered();
        }
        if (context != null) {
            autosave.changed();
        }
    }

    /** Saves the answers as they are; the fields stay bound to them (the cleaned copy is for the next step). */
    private void saveAsTyped() {
        if (context == null) {
            return;
        }
        try {
            respondents.saveDraft(context.ticket, context.answers());
        } catch (UserError e) {
            saveFailed(e);
        }
    }

    // ---- the end ---------------------------------------------------------------------------------------------

    /** Sends once (the button disables itself); it comes back while the answers are still here, after any error. */
    private void submit(Button button) {
        try {
            Outcome outcome = respondents.submit(context.ticket, context.answers());
            RespondentSession.ticket(null);
            RespondentSession.received(true);
            context = null;
            frame(getTranslation("scan.survey.done.title"));
            add(new DoneStep(outcome));
        } catch (UserError e) {
            if ("scan.respond.closed".equals(e.key())) {
                RespondentSession.ticket(null);
                context = null;
                showMessage("survey-closed", e);
            } else {
                error.setText(Translations.text(getLocale(), e));
            }
        } finally {
            if (context != null) {
                button.setEnabled(true);
            }
        }
    }

    private void showReceived() {
        showingReceived = true;
        context = null;
        frame(getTranslation("scan.survey.received.title"));
        add(new ReceivedStep(() -> {
            RespondentSession.received(false);
            linkProblem = null;
            showCodeEntry(null);
        }));
    }

    private void showMessage(String id, UserError e) {
        frame(getTranslation("scan.survey.title"));
        Div message = new Div(new Paragraph(Translations.text(getLocale(), e)));
        message.setId(id);
        add(message);
    }
}
