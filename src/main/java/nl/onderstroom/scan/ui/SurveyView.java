package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Saves of the draft while answering are at least this far apart; the last change is saved this long after. */
    static final long AUTOSAVE_MILLIS = 1_000;
    /** The DOM event the browser sends when a delayed save is due. */
    static final String AUTOSAVE_EVENT = "draft-due";

    private final RespondentService respondents;
    private final Clock clock;
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
    private long lastSave;
    private boolean dirty;
    private boolean autosaveDue;

    SurveyView(RespondentService respondents, Clock clock) {
        this.respondents = respondents;
        this.clock = clock;
        getElement().addEventListener(AUTOSAVE_EVENT, e -> {
            autosaveDue = false;
            autosave();
        });
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
        Span brand = new Span("Onderstroom");
        brand.addClassName("onderstroom-brand");
        LanguageSwitch language = new LanguageSwitch(this::switchLanguage);
        language.setId("survey-language");
        HorizontalLayout bar = new HorizontalLayout(brand, language);
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        add(bar);
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
        add(scanName, progress, where, title, current, error, navigation(step));
        title.getElement().callJsFunction("focus");
    }

    private Component navigation(Step step) {
        HorizontalLayout nav = new HorizontalLayout();
        nav.setWidthFull();
        nav.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        nav.getStyle().set("margin-top", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        Button back = new Button(getTranslation("scan.survey.back"), e -> go(index - 1));
        back.setId("survey-back");
        back.setEnabled(index > 0);
        nav.add(back);
        if (step == Step.REVIEW) {
            Button submit = new Button(getTranslation("scan.survey.submit"));
            submit.setId("survey-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setDisableOnClick(true);
            submit.addClickListener(e -> submit(submit));
            nav.add(submit);
        } else {
            Button next = new Button(getTranslation(step == Step.INTRO ? "scan.survey.start" : "scan.survey.next"),
                    e -> go(index + 1));
            next.setId("survey-next");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            nav.add(next);
        }
        return nav;
    }

    private void go(int target) {
        if (target > index && !check()) {
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
            dirty = false;
            lastSave = clock.millis();
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

    /**
     * An answer changed: saved now when the last save is a second old, else a second after it (the browser says when,
     * so the server holds no timer). A tab closed or a connection lost costs at most the last second.
     */
    private void changed() {
        recheck();
        if (context == null) {
            return;
        }
        dirty = true;
        long wait = lastSave + AUTOSAVE_MILLIS - clock.millis();
        if (wait <= 0) {
            autosave();
        } else if (!autosaveDue) {
            autosaveDue = true;
            getElement().executeJs("setTimeout(() => this.dispatchEvent(new CustomEvent($0)), $1)", AUTOSAVE_EVENT, (int) wait);
        }
    }

    /** Saves the answers as they are; the fields stay bound to them (the cleaned copy is for the next step). */
    private void autosave() {
        if (!dirty || context == null) {
            return;
        }
        dirty = false;
        lastSave = clock.millis();
        try {
            respondents.saveDraft(context.ticket, context.answers());
        } catch (UserError e) {
            saveFailed(e);
        }
    }

    // ---- what needs an answer --------------------------------------------------------------------------------

    /** Marks every question of the step that needs an answer, at the question; focuses the first. */
    private boolean check() {
        Map<String, String> messages = new LinkedHashMap<>();
        String general = "";
        for (AnswerRules.Problem p : current.problems()) {
            String field = SurveyStep.fieldOf(p);
            if (field == null) {
                general = general.isEmpty() ? getTranslation(p.key()) : general;
            } else {
                messages.putIfAbsent(field, getTranslation(p.key()));
            }
        }
        error.setText(general);
        current.mark(messages, true);
        return messages.isEmpty() && general.isEmpty();
    }

    /** After a change: clears the marks of what is answered now; marks nothing new before the next "next". */
    private void recheck() {
        if (current == null || current.marked().isEmpty()) {
            return;
        }
        Map<String, String> still = new LinkedHashMap<>();
        for (AnswerRules.Problem p : current.problems()) {
            String field = SurveyStep.fieldOf(p);
            if (field != null && current.marked().containsKey(field)) {
                still.putIfAbsent(field, getTranslation(p.key()));
            }
        }
        if (!still.equals(current.marked())) {
            current.mark(still, false);
        }
    }

    // ---- the end ---------------------------------------------------------------------------------------------

    private void submit(Button button) {
        try {
            Outcome outcome = respondents.submit(context.ticket, context.answers());
            RespondentSession.ticket(null);
            RespondentSession.received(true);
            context = null;
            frame(getTranslation("scan.survey.done.title"));
            Div done = new Div();
            done.setId("survey-done");
            H1 thanks = new H1(getTranslation("scan.survey.done.title"));
            thanks.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
            done.add(thanks, new Paragraph(getTranslation(outcome == Outcome.SUBMITTED
                    ? "scan.survey.done.text" : "scan.respond.alreadySubmitted")));
            add(done);
        } catch (UserError e) {
            if ("scan.respond.closed".equals(e.key())) {
                RespondentSession.ticket(null);
                context = null;
                showMessage("survey-closed", e);
            } else {
                error.setText(Translations.text(getLocale(), e));
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
