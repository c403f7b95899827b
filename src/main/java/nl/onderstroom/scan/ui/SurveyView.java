package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.onderstroom.scan.AnswerRules;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.QuestionSet.Question;
import nl.onderstroom.scan.QuestionSet.Section;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.RespondentService.Outcome;
import nl.onderstroom.scan.RespondentService.SurveyInfo;
import nl.onderstroom.scan.RespondentService.Ticket;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;

/**
 * The anonymous survey: code entry, then intro → department → connections → undercurrents → identity → review.
 * The draft is saved on the server as answers change (at most once a second, and a second after the last change) and
 * on every step; the language can be switched at every step without losing answers. A question that needs an answer
 * says so at the question, with the rules of {@link AnswerRules}. Whatever people typed is only ever shown as text.
 */
@Route(value = "s", autoLayout = false)
@AnonymousAllowed
class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Step { INTRO, DEPARTMENT, CONNECTIONS, UNDERCURRENTS, IDENTITY, REVIEW }

    static final String LANGUAGE_COOKIE = "onderstroom-lang";
    /** Saves of the draft while answering are at least this far apart; the last change is saved this long after. */
    static final long AUTOSAVE_MILLIS = 1_000;
    /** The DOM event the browser sends when a delayed save is due. */
    static final String AUTOSAVE_EVENT = "draft-due";

    private final RespondentService respondents;
    private final Div content = new Div();
    private final Div error = new Div();
    private Ticket ticket;
    private SurveyInfo info;
    private SurveyAnswers answers;
    private List<Step> steps = List.of();
    private int index;
    private final Map<Long, String> departmentPaths = new HashMap<>();
    private boolean showingReceived;
    /** The problem of the code in the link this view was opened with, until another code is tried. */
    private RespondentSession.Problem linkProblem;
    private final Clock clock;
    private long lastSave;
    private boolean dirty;
    private boolean autosaveDue;
    /** The ids of the fields now marked as needing an answer. */
    private final Set<String> flagged = new HashSet<>();

    SurveyView(RespondentService respondents, Clock clock) {
        this.respondents = respondents;
        this.clock = clock;
        getElement().addEventListener(AUTOSAVE_EVENT, e -> {
            autosaveDue = false;
            autosave();
        });
        setId("survey-view");
        setPadding(false);
        getStyle().set("max-width", "44rem").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box");
        error.setId("survey-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        content.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.survey.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // whatever came in through the address bar, it does not stay there
        UI.getCurrent().getPage().getHistory().replaceState(null, "s");
        ticket = RespondentSession.ticket();
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
            start();
        }
    }

    private void start() {
        try {
            info = respondents.survey(ticket);
            answers = respondents.draft(ticket);
        } catch (UserError e) {
            RespondentSession.ticket(null);
            if ("scan.respond.closed".equals(e.key())) {
                showMessage("survey-closed", e);
            } else if (RespondentService.RECEIVED.equals(e.key())) {
                showReceived();
            } else {
                showCodeEntry(new RespondentSession.Problem(e.key(), e.args()));
            }
            return;
        }
        departmentPaths.clear();
        Map<Long, DepartmentNode> byId = new HashMap<>();
        info.departments().forEach(d -> byId.put(d.id(), d));
        for (DepartmentNode d : info.departments()) {
            List<String> names = new ArrayList<>();
            for (DepartmentNode at = d; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
                names.add(0, at.name());
                if (names.size() > 10) {
                    break;
                }
            }
            departmentPaths.put(d.id(), String.join(" › ", names));
        }
        steps = ticket.director()
                ? List.of(Step.INTRO, Step.IDENTITY, Step.REVIEW)
                : ticket.departmentFixed()
                ? List.of(Step.INTRO, Step.CONNECTIONS, Step.UNDERCURRENTS, Step.IDENTITY, Step.REVIEW)
                : List.of(Step.INTRO, Step.DEPARTMENT, Step.CONNECTIONS, Step.UNDERCURRENTS, Step.IDENTITY, Step.REVIEW);
        index = Math.max(0, Math.min(answers.getStep(), steps.size() - 1));
        render();
    }

    // ---- code entry ------------------------------------------------------------------------------------------

    private void showCodeEntry(RespondentSession.Problem problem) {
        showingReceived = false;
        removeAll();
        add(header());
        H1 title = new H1(getTranslation("scan.survey.enter.title"));
        title.setId("code-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph explain = new Paragraph(getTranslation("scan.survey.enter.explain"));
        TextField code = new TextField(getTranslation("scan.survey.enter.code"));
        code.setId("code-field");
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("spellcheck", "false");
        code.setWidthFull();
        code.setMaxLength(40);
        Paragraph problemText = new Paragraph();
        problemText.setId("code-error");
        problemText.getElement().setAttribute("role", "alert");
        problemText.getStyle().set("color", "var(--lumo-error-text-color)");
        if (problem != null) {
            problemText.setText(Translations.get(getLocale(), problem.key(), problem.args()));
        }
        Button go = new Button(getTranslation("scan.survey.enter.submit"), e -> {
            linkProblem = null;
            try {
                ticket = RespondentSession.enter(respondents, code.getValue());
                code.clear();
                start();
            } catch (UserError ex) {
                if (RespondentService.RECEIVED.equals(ex.key())) {
                    showReceived();
                    return;
                }
                problemText.setText(Translations.text(getLocale(), ex));
                code.focus();
            }
        });
        go.setId("code-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        add(title, explain, code, problemText, go);
        code.focus();
    }

    // ---- frame -----------------------------------------------------------------------------------------------

    private Component header() {
        Span brand = new Span("Onderstroom");
        brand.addClassName("onderstroom-brand");
        Select<Locale> language = new Select<>();
        language.setId("survey-language");
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> "nl".equals(l.getLanguage()) ? "Nederlands" : "English");
        language.setAriaLabel(getTranslation("base.language.label"));
        language.setValue("nl".equals(getLocale().getLanguage()) ? Translations.DUTCH : Translations.ENGLISH);
        language.setWidth("9.5em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchLanguage(e.getValue());
            }
        });
        HorizontalLayout bar = new HorizontalLayout(brand, language);
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        return bar;
    }

    /** Keeps every answer: saved as a draft first, then drawn again in the other language. */
    private void switchLanguage(Locale locale) {
        if (ticket != null && answers != null) {
            trySave();
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        if (ticket != null && info != null) {
            render();
        } else if (showingReceived) {
            showReceived();
        } else {
            showCodeEntry(null);
        }
    }

    private void render() {
        removeAll();
        error.setText("");
        flagged.clear();
        Step step = steps.get(index);
        H1 title = new H1(getTranslation("scan.survey.step." + step.name().toLowerCase(Locale.ROOT)));
        title.setId("step-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin-top", "var(--lumo-space-s)");
        title.getElement().setAttribute("tabindex", "-1");
        Span where = new Span(getTranslation("scan.survey.progress", index + 1, steps.size()));
        where.setId("survey-progress-text");
        where.addClassName("onderstroom-muted");
        ProgressBar progress = new ProgressBar(0, steps.size(), index + 1);
        progress.setId("survey-progress");
        progress.getElement().setAttribute("aria-label", where.getText());
        Span scanName = new Span(info.organisationName() + " – " + info.scanName());
        scanName.addClassName("onderstroom-muted");
        add(header(), scanName, progress, where, title);
        content.removeAll();
        switch (step) {
            case INTRO -> intro();
            case DEPARTMENT -> department();
            case CONNECTIONS -> connections();
            case UNDERCURRENTS -> undercurrents();
            case IDENTITY -> identity();
            case REVIEW -> review();
        }
        add(content, error, navigation(step));
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
        if (target > index && !check(steps.get(index))) {
            return;
        }
        int previous = index;
        index = Math.max(0, Math.min(target, steps.size() - 1));
        answers.setStep(index);
        if (!trySave()) {
            index = previous;
            answers.setStep(index);
            return;
        }
        render();
    }

    /** Saves the draft; on a broken rule says so and returns false. A closed scan ends the survey kindly. */
    private boolean trySave() {
        try {
            answers = respondents.saveDraft(ticket, answers);
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
            ticket = null;
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
        if (ticket == null || answers == null) {
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
        if (!dirty || ticket == null || answers == null) {
            return;
        }
        dirty = false;
        lastSave = clock.millis();
        try {
            respondents.saveDraft(ticket, answers);
        } catch (UserError e) {
            saveFailed(e);
        }
    }

    // ---- what needs an answer --------------------------------------------------------------------------------

    private List<AnswerRules.Problem> problemsOf(Step step) {
        Set<Long> departments = new HashSet<>();
        info.departments().forEach(d -> departments.add(d.id()));
        return switch (step) {
            case DEPARTMENT -> AnswerRules.department(answers, departments);
            case CONNECTIONS -> AnswerRules.connections(answers, departments);
            default -> List.of();
        };
    }

    /** The field a problem is shown at, or {@code null} for one that belongs to no single field. */
    private static String fieldOf(AnswerRules.Problem p) {
        return switch (p.field()) {
            case DEPARTMENT -> "department-choice";
            case INNER_FLOW -> "inner-flow";
            case FREQUENCY -> "frequency-" + p.targetId();
            case IMPORTANCE -> "importance-" + p.targetId();
            case FLOW -> "flow-" + p.targetId();
            case STOP -> "stops-" + p.targetId();
            case CONNECTION -> null;
        };
    }

    /** Marks every question of the step that needs an answer, at the question; focuses the first. */
    private boolean check(Step step) {
        Map<String, String> messages = new LinkedHashMap<>();
        String general = "";
        for (AnswerRules.Problem p : problemsOf(step)) {
            String field = fieldOf(p);
            if (field == null) {
                general = general.isEmpty() ? getTranslation(p.key()) : general;
            } else {
                messages.putIfAbsent(field, getTranslation(p.key()));
            }
        }
        error.setText(general);
        List<Component> marked = mark(messages);
        marked.stream().findFirst().ifPresent(first ->
                first.getElement().executeJs("this.focus(); this.scrollIntoView({block: 'center'})"));
        return messages.isEmpty() && general.isEmpty();
    }

    /** After a change: clears the marks of what is answered now; marks nothing new before the next "next". */
    private void recheck() {
        if (flagged.isEmpty() || info == null || steps.isEmpty()) {
            return;
        }
        Map<String, String> still = new LinkedHashMap<>();
        for (AnswerRules.Problem p : problemsOf(steps.get(index))) {
            String field = fieldOf(p);
            if (field != null && flagged.contains(field)) {
                still.putIfAbsent(field, getTranslation(p.key()));
            }
        }
        mark(still);
    }

    /** Sets the fields with a message invalid (in screen order) and the other marked ones valid again. */
    private List<Component> mark(Map<String, String> messages) {
        Set<String> touched = new HashSet<>(flagged);
        touched.addAll(messages.keySet());
        flagged.clear();
        List<Component> marked = new ArrayList<>();
        descendants(content).forEach(c -> c.getId().filter(touched::contains).ifPresent(id -> {
            if (c instanceof HasValidation field) {
                String message = messages.get(id);
                field.setErrorMessage(message);
                field.setInvalid(message != null);
                if (message != null) {
                    flagged.add(id);
                    marked.add(c);
                }
            }
        }));
        return marked;
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }

    /** A question that needs an answer: marked for the eye and for screen readers; its message is set by us. */
    private static <C extends Component & HasValidation> C required(C field) {
        field.getElement().setAttribute("aria-required", "true");
        if (field instanceof RadioButtonGroup<?> group) {
            group.setRequiredIndicatorVisible(true);
            group.setManualValidation(true);
        } else if (field instanceof ComboBox<?> box) {
            box.setRequiredIndicatorVisible(true);
            box.setManualValidation(true);
        }
        return field;
    }

    private void submit(Button button) {
        try {
            Outcome outcome = respondents.submit(ticket, answers);
            RespondentSession.ticket(null);
            RespondentSession.received(true);
            ticket = null;
            removeAll();
            add(header());
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
                showMessage("survey-closed", e);
            } else {
                error.setText(Translations.text(getLocale(), e));
                button.setEnabled(true);
            }
        }
    }

    /**
     * For a respondent whose code was used, or who comes back to this browser after sending: their answers were
     * received. Nothing more: not when, not what (docs/decisions/returning-respondent.md).
     */
    private void showReceived() {
        showingReceived = true;
        ticket = null;
        info = null;
        removeAll();
        add(header());
        Div received = new Div();
        received.setId("survey-received");
        received.getElement().setAttribute("role", "status");
        H1 title = new H1(getTranslation("scan.survey.received.title"));
        title.setId("received-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph text = new Paragraph(getTranslation(RespondentService.RECEIVED));
        text.setId("received-text");
        Button other = new Button(getTranslation("scan.survey.received.otherCode"), e -> {
            RespondentSession.received(false);
            linkProblem = null;
            showCodeEntry(null);
        });
        other.setId("received-other-code");
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        received.add(title, text, other);
        add(received);
    }

    private void showMessage(String id, UserError e) {
        removeAll();
        add(header());
        Div message = new Div(new Paragraph(Translations.text(getLocale(), e)));
        message.setId(id);
        add(message);
    }

    // ---- steps -----------------------------------------------------------------------------------------------

    private void intro() {
        content.setId("step-intro");
        content.add(new Paragraph(getTranslation("scan.survey.intro.what")));
        content.add(new StatementList(nl.onderstroom.scan.PrivacyStatement.of(info)));
        if (ticket.resumeCode() != null) {
            Div resume = new Div();
            resume.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("padding", "var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            Span code = new Span(nl.onderstroom.scan.InvitationCodes.format(ticket.resumeCode()));
            code.setId("resume-code");
            code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
            resume.add(new Paragraph(getTranslation("scan.survey.intro.resume")), code);
            content.add(resume);
        }
    }

    private void department() {
        content.setId("step-department");
        ComboBox<DepartmentNode> choice = new ComboBox<>(getTranslation("scan.survey.department.choose"));
        choice.setId("department-choice");
        choice.setItems(info.departments());
        choice.setItemLabelGenerator(d -> departmentPaths.get(d.id()));
        choice.setWidthFull();
        required(choice);
        info.departments().stream().filter(d -> answers.getDepartmentId() != null && d.id() == answers.getDepartmentId())
                .findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            answers.setDepartmentId(e.getValue() == null ? null : e.getValue().id());
            answers.getConnections().removeIf(c -> c.getTargetId().equals(answers.getDepartmentId()));
            changed();
        });
        content.add(new Paragraph(getTranslation("scan.survey.department.explain")), choice);
    }

    private void connections() {
        content.setId("step-connections");
        QuestionSet q = info.questions();
        Long own = answers.getDepartmentId();
        Span ownName = new Span(getTranslation("scan.survey.connections.own", departmentPaths.getOrDefault(own, "")));
        ownName.setId("own-department");
        content.add(new Paragraph(ownName));
        RadioButtonGroup<Integer> inner = rating("inner-flow", q.text("connections.innerFlow", getLocale()), 1, 5,
                answers.getInnerFlow(), answers::setInnerFlow, "scan.survey.scale.flow");
        content.add(required(inner));

        CheckboxGroup<DepartmentNode> pick = new CheckboxGroup<>(getTranslation("scan.survey.connections.pick"));
        pick.setId("connection-departments");
        pick.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        List<DepartmentNode> others = info.departments().stream().filter(d -> own == null || d.id() != own).toList();
        pick.setItems(others);
        pick.setItemLabelGenerator(d -> departmentPaths.get(d.id()));
        Set<DepartmentNode> selected = new LinkedHashSet<>();
        others.stream().filter(d -> answers.connection(d.id()).isPresent()).forEach(selected::add);
        pick.setValue(selected);
        Div cards = new Div();
        cards.setId("connection-cards");
        cards.setWidthFull();
        Runnable drawCards = () -> {
            cards.removeAll();
            for (ConnectionAnswer c : answers.getConnections()) {
                cards.add(connectionCard(c));
            }
        };
        pick.addValueChangeListener(e -> {
            Set<Long> ids = new LinkedHashSet<>();
            e.getValue().forEach(d -> ids.add(d.id()));
            answers.getConnections().removeIf(c -> !ids.contains(c.getTargetId()));
            for (DepartmentNode d : others) {
                if (ids.contains(d.id()) && answers.connection(d.id()).isEmpty()) {
                    answers.getConnections().add(new ConnectionAnswer(d.id()));
                }
            }
            drawCards.run();
            changed();
        });
        drawCards.run();
        content.add(new Paragraph(getTranslation("scan.survey.connections.explain")), pick, cards);
    }

    private Component connectionCard(ConnectionAnswer c) {
        QuestionSet q = info.questions();
        long id = c.getTargetId();
        Div card = new Div();
        card.setId("connection-" + id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin", "var(--lumo-space-m) 0");
        H2 name = new H2(departmentPaths.getOrDefault(id, ""));
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-top", "0");
        card.add(name);

        RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>(q.text("connections.frequency", getLocale()));
        frequency.setId("frequency-" + id);
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("scan.frequency." + f.name()));
        frequency.setValue(c.getFrequency());
        frequency.addValueChangeListener(e -> {
            c.setFrequency(e.getValue());
            changed();
        });
        card.add(required(frequency));
        card.add(required(rating("importance-" + id, q.text("connections.importance", getLocale()), 1, 5, c.getImportance(),
                c::setImportance, "scan.survey.scale.importance")));
        card.add(required(rating("flow-" + id, q.text("connections.flow", getLocale()), 1, 5, c.getFlow(), c::setFlow,
                "scan.survey.scale.flow")));
        RadioButtonGroup<Stop> stop = new RadioButtonGroup<>(q.text("connections.stops", getLocale()));
        stop.setId("stops-" + id);
        stop.setItems(Stop.values());
        stop.setItemLabelGenerator(s -> getTranslation("scan.stop." + s.name()));
        stop.setValue(c.getStop());
        stop.addValueChangeListener(e -> {
            c.setStop(e.getValue());
            changed();
        });
        card.add(required(stop));
        if (q.has(QuestionSet.STORY)) {
            card.add(longText("story-" + id, q.text(QuestionSet.STORY, getLocale()), c.getStory(), c::setStory));
            CheckboxGroup<QuestionSet.Theme> themes = new CheckboxGroup<>(getTranslation("scan.survey.connections.storyThemes"));
            themes.setId("story-themes-" + id);
            themes.setItems(q.themes());
            themes.setItemLabelGenerator(t -> t.label().in(getLocale()));
            Set<QuestionSet.Theme> chosen = new LinkedHashSet<>();
            q.themes().stream().filter(t -> c.getStoryThemes().contains(t.key())).forEach(chosen::add);
            themes.setValue(chosen);
            themes.addValueChangeListener(e -> {
                c.setStoryThemes(e.getValue().stream().map(QuestionSet.Theme::key).toList());
                changed();
            });
            card.add(themes);
        }
        return card;
    }

    private void undercurrents() {
        content.setId("step-undercurrents");
        QuestionSet q = info.questions();
        content.add(new Paragraph(q.text("undercurrents.intensity", getLocale())));
        Paragraph scale = new Paragraph(getTranslation("scan.survey.scale.theme"));
        scale.addClassName("onderstroom-muted");
        content.add(scale);
        for (QuestionSet.Theme t : q.themes()) {
            content.add(rating("theme-" + t.key(), t.label().in(getLocale()), 0, 4, answers.getThemes().get(t.key()),
                    v -> answers.getThemes().put(t.key(), v), null));
        }
        if (q.has(QuestionSet.UNDERCURRENT_OPEN)) {
            content.add(longText("undercurrent-open", q.text(QuestionSet.UNDERCURRENT_OPEN, getLocale()),
                    answers.getTexts().get(QuestionSet.UNDERCURRENT_OPEN), v -> answers.getTexts().put(QuestionSet.UNDERCURRENT_OPEN, v)));
        }
        custom(Section.UNDERCURRENTS);
    }

    private void identity() {
        content.setId("step-identity");
        QuestionSet q = info.questions();
        content.add(new Paragraph(getTranslation(ticket.director() ? "scan.survey.identity.director" : "scan.survey.identity.explain")));
        for (String key : QuestionSet.IDENTITY_TEXTS) {
            if (q.has(key)) {
                content.add(longText("text-" + key.replace('.', '-'), q.text(key, getLocale()), answers.getTexts().get(key),
                        v -> answers.getTexts().put(key, v)));
            }
        }
        for (String key : QuestionSet.IDENTITY_RATINGS) {
            if (q.has(key)) {
                content.add(rating("rating-" + key.replace('.', '-'), q.text(key, getLocale()), 1, 5,
                        answers.getRatings().get(key), v -> answers.getRatings().put(key, v), "scan.survey.scale.agree"));
            }
        }
        custom(Section.IDENTITY);
    }

    private void custom(Section section) {
        for (Question question : info.questions().custom(section)) {
            String id = "custom-" + question.key();
            String current = answers.getCustom().get(question.key());
            String label = question.text().in(getLocale());
            switch (question.type()) {
                case RATING -> content.add(rating(id, label, 1, 5, current == null ? null : Integer.valueOf(current),
                        v -> answers.getCustom().put(question.key(), v == null ? null : v.toString()), "scan.survey.scale.agree"));
                case CHOICE -> {
                    RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(label);
                    choice.setId(id);
                    choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                    choice.setItems(IntStream.range(0, question.choices().size()).boxed().toList());
                    choice.setItemLabelGenerator(i -> question.choices().get(i).in(getLocale()));
                    if (current != null) {
                        choice.setValue(Integer.valueOf(current));
                    }
                    choice.addValueChangeListener(e -> {
                        answers.getCustom().put(question.key(), e.getValue() == null ? null : e.getValue().toString());
                        changed();
                    });
                    content.add(choice);
                }
                case TEXT -> content.add(longText(id, label, current, v -> answers.getCustom().put(question.key(), v)));
            }
        }
    }

    private void review() {
        content.setId("step-review");
        content.add(new Paragraph(getTranslation("scan.survey.review.explain")));
        QuestionSet q = info.questions();
        if (!ticket.director()) {
            section(getTranslation("scan.survey.step.connections"), steps.indexOf(Step.CONNECTIONS), lines -> {
                lines.add(getTranslation("scan.survey.connections.own", departmentPaths.getOrDefault(answers.getDepartmentId(), "")));
                lines.add(q.text("connections.innerFlow", getLocale()) + " " + value(answers.getInnerFlow()));
                for (ConnectionAnswer c : answers.getConnections()) {
                    lines.add(departmentPaths.getOrDefault(c.getTargetId(), "") + ": "
                            + (c.getFrequency() == null ? "–" : getTranslation("scan.frequency." + c.getFrequency().name()))
                            + " · " + getTranslation("scan.survey.review.importance", value(c.getImportance()))
                            + " · " + getTranslation("scan.survey.review.flow", value(c.getFlow()))
                            + " · " + (c.getStop() == null ? "–" : getTranslation("scan.stop." + c.getStop().name())));
                    if (c.getStory() != null) {
                        lines.add("“" + c.getStory() + "”");
                    }
                }
            });
            section(getTranslation("scan.survey.step.undercurrents"), steps.indexOf(Step.UNDERCURRENTS), lines -> {
                for (QuestionSet.Theme t : q.themes()) {
                    lines.add(t.label().in(getLocale()) + ": " + value(answers.getThemes().get(t.key())));
                }
                String open = answers.getTexts().get(QuestionSet.UNDERCURRENT_OPEN);
                if (open != null) {
                    lines.add("“" + open + "”");
                }
            });
        }
        section(getTranslation("scan.survey.step.identity"), steps.indexOf(Step.IDENTITY), lines -> {
            for (String key : QuestionSet.IDENTITY_TEXTS) {
                String v = answers.getTexts().get(key);
                if (v != null && q.has(key)) {
                    lines.add(q.text(key, getLocale()) + " “" + v + "”");
                }
            }
            for (String key : QuestionSet.IDENTITY_RATINGS) {
                if (q.has(key)) {
                    lines.add(q.text(key, getLocale()) + " " + value(answers.getRatings().get(key)));
                }
            }
        });
    }

    private void section(String title, int stepIndex, Consumer<List<String>> fill) {
        List<String> lines = new ArrayList<>();
        fill.accept(lines);
        H3 head = new H3(title);
        head.getStyle().set("font-size", "var(--lumo-font-size-l)");
        Button edit = new Button(getTranslation("scan.survey.review.edit"), e -> go(stepIndex));
        edit.setId("review-edit-" + stepIndex);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(head, edit);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        UnorderedList list = new UnorderedList();
        list.addClassName("review-list");
        for (String line : lines) {
            ListItem item = new ListItem();
            item.setText(line);
            item.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere");
            list.add(item);
        }
        content.add(row, list);
    }

    private String value(Integer v) {
        return v == null ? "–" : v.toString();
    }

    // ---- fields ----------------------------------------------------------------------------------------------

    private RadioButtonGroup<Integer> rating(String id, String label, int from, int to, Integer value,
                                             Consumer<Integer> onChange, String scaleKey) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label);
        group.setId(id);
        group.setItems(IntStream.rangeClosed(from, to).boxed().toList());
        group.setValue(value);
        if (scaleKey != null) {
            group.setHelperText(getTranslation(scaleKey));
        }
        group.addValueChangeListener(e -> {
            onChange.accept(e.getValue());
            changed();
        });
        group.getStyle().set("width", "100%");
        return group;
    }

    private TextArea longText(String id, String label, String value, Consumer<String> onChange) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(RespondentService.MAX_TEXT);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValue(value == null ? "" : value);
        area.setHelperText(counter(area.getValue()));
        area.addValueChangeListener(e -> {
            onChange.accept(e.getValue());
            area.setHelperText(counter(e.getValue()));
            changed();
        });
        return area;
    }

    private String counter(String text) {
        // counted as FreeText and the column count it (UTF-16 units), so the counter and the check agree
        int length = text == null ? 0 : text.length();
        return getTranslation("scan.survey.counter", length, RespondentService.MAX_TEXT);
    }

    static List<Object> args(Object... a) {
        return Arrays.asList(a);
    }
}
