package nl.onderstroom.scan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.base.Translations;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The respondent's steps, without a browser. */
class SurveyViewTest extends nl.onderstroom.ViewTestSupport {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    nl.onderstroom.scan.RespondentService respondents;

    long organisation;
    long sales;
    long operations;
    long scanId;
    List<String> codes;

    @BeforeEach
    void anOpenScanWithCodes() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            organisation = organisations.create("Survey " + suffix).id();
            sales = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 10)).id();
            operations = organisations.addDepartment(organisation, new DepartmentDraft("Operatie", null, 10)).id();
            scanId = scans.create(organisation, "Scan " + suffix).id();
            codes = invitations.issueCodes(scanId, sales, 3, false).codes();
            scans.open(scanId);
        });
        TestUsers.logout();
    }

    private static String title() {
        return _get(H1.class, spec -> spec.withId("step-title")).getText();
    }

    private static void next() {
        _click(_get(Button.class, spec -> spec.withId("survey-next")));
    }

    /** The step's questions are drawn in the browser: the form that has a field with this id. */
    private static QuestionForm form(String id) {
        return _find(QuestionForm.class).stream().filter(f -> f.field(id).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + id));
    }

    /** What the browser sends when the respondent answers a question: the field's id and its value. */
    private static void answer(String id, elemental.json.JsonValue value) {
        QuestionForm form = form(id);
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        data.put("event.detail.id", id);
        data.put("event.detail.value", value);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(form.getElement(),
                new com.vaadin.flow.dom.DomEvent(form.getElement(), QuestionForm.ANSWER_EVENT, data));
    }

    /** Picks an option of a radio group (an enum by its name, a number as its digits). */
    private static void choose(String id, Object value) {
        assertThat(form(id).field(id).orElseThrow().kind()).isEqualTo(QuestionForm.Kind.RADIO);
        String v = value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        assertThat(form(id).field(id).orElseThrow().options()).extracting(QuestionForm.Option::value).as(id).contains(v);
        answer(id, elemental.json.Json.create(v));
    }

    private static void type(String id, String text) {
        assertThat(form(id).field(id).orElseThrow().kind()).isEqualTo(QuestionForm.Kind.TEXT);
        answer(id, elemental.json.Json.create(text));
    }

    /** Ticks exactly these departments in the list of departments worked with. */
    private static void pick(long... departments) {
        elemental.json.JsonArray ids = elemental.json.Json.createArray();
        for (long d : departments) {
            ids.set(ids.length(), Long.toString(d));
        }
        answer("connection-departments", ids);
    }

    /** The departments offered to pick. */
    private static List<Long> offered() {
        return form("connection-departments").field("connection-departments").orElseThrow().options().stream()
                .map(o -> Long.parseLong(o.value())).toList();
    }

    /** The answer a field shows, as the browser gets it. */
    private static String shown(String id) {
        Object v = form(id).value(id);
        return v == null ? null : String.valueOf(v);
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_respondent_answers_every_step_switches_language_midway_and_sends_once() {
        navigate("s/" + codes.get(0));
        assertThat(title()).isEqualTo(t("scan.survey.step.intro"));
        _assertOne(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("intro-rules"));
        // the privacy statement names the organisation's retention period (12 months unless changed)
        assertThat(_get(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withId("intro-retention")).getText())
                .isEqualTo(t("retention.survey.intro", 12)).contains("12");
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        // progress is visible: step 2 of 5 (the department is fixed by the code)
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("survey-progress-text")).getText())
                .isEqualTo(t("scan.survey.progress", 2, 5));
        next();
        assertMissing("inner-flow", "scan.respond.innerFlowMissing");

        choose("inner-flow", 4);
        pick(operations);
        choose("frequency-" + operations, Frequency.WEEKLY);
        choose("importance-" + operations, 5);
        choose("flow-" + operations, 2);
        choose("stops-" + operations, Stop.BOTH);
        String story = "<b>Het stokt</b> bij de overdracht\u0007";
        type("story-" + operations, story);

        Locale other = "nl".equals(locale().getLanguage()) ? Translations.ENGLISH : Translations.DUTCH;
        _setValue(_get(Select.class, spec -> spec.withId("survey-language")), other);
        assertThat(locale().getLanguage()).isEqualTo(other.getLanguage());
        assertThat(title()).isEqualTo(Translations.get(other, "scan.survey.step.connections"));
        assertThat(shown("story-" + operations)).isEqualTo("<b>Het stokt</b> bij de overdracht");
        assertThat(shown("flow-" + operations)).isEqualTo("2");

        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.undercurrents"));
        choose("theme-trust", 3);
        type("undercurrent-open", "Niemand zegt het");
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.identity"));
        type("text-identity-why", "Voor de klant");
        choose("rating-identity-integrity", 2);
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.review"));
        // typed HTML is shown as the text it is
        assertThat(_get(ReviewStep.class).lines()).contains("“<b>Het stokt</b> bij de overdracht”");

        Button submit = _get(Button.class, spec -> spec.withId("survey-submit"));
        assertThat(submit.isDisableOnClick()).isTrue();
        _click(submit);
        _assertOne(Div.class, spec -> spec.withId("survey-done"));
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select text from response_text where scan_id = ? and kind = 'CONNECTION_STORY'",
                String.class, scanId)).isEqualTo("<b>Het stokt</b> bij de overdracht");

        // the same code again: their answers were received, nothing more
        navigate("s/" + codes.get(0));
        assertReceived();
        // the browser's router comes to /s a second time after the forward: still not an empty form
        navigate("s");
        assertReceived();
        // an unknown code still gives no access, also after that second pass
        navigate("s/ABCD-EFGH-JKMN");
        assertThat(_get(Paragraph.class, spec -> spec.withId("code-error")).getText()).isEqualTo(t("scan.entry.unknown"));
        navigate("s");
        assertThat(_get(Paragraph.class, spec -> spec.withId("code-error")).getText()).isEqualTo(t("scan.entry.unknown"));
    }

    /** The field says what it needs, at the field; nothing is said at the bottom of the page. */
    private static void assertMissing(String id, String key) {
        assertThat(form(id).problems()).as(id + " marked").containsKey(id);
        assertThat(form(id).problems().get(id)).isEqualTo(t(key));
        assertThat(_get(Div.class, spec -> spec.withId("survey-error")).getText()).isEmpty();
    }

    private static void assertAnswered(String id) {
        assertThat(form(id).problems()).as(id + " not marked").doesNotContainKey(id);
    }

    /** What the browser does a second after a change: it asks for the delayed save. */
    private static void aSecondPasses() {
        SurveyView view = _get(SurveyView.class);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(view.getElement(),
                new com.vaadin.flow.dom.DomEvent(view.getElement(), DraftAutosave.EVENT, elemental.json.Json.createObject()));
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_answer_changed_without_pressing_next_survives_a_closed_tab() {
        navigate("s/" + codes.get(1));
        next();
        choose("inner-flow", 4);
        assertThat(offered()).containsExactly(operations);
        pick(operations);
        choose("frequency-" + operations, Frequency.MONTHLY);
        type("story-" + operations, "Het loopt vast bij de planning");
        aSecondPasses();
        // the tab is closed: a new browser, the code typed in
        newBrowser();
        navigate("s");
        _setValue(_get(TextField.class, spec -> spec.withId("code-field")), codes.get(1));
        _click(_get(Button.class, spec -> spec.withId("code-submit")));
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        assertThat(shown("inner-flow")).isEqualTo("4");
        assertThat(shown("frequency-" + operations)).isEqualTo(Frequency.MONTHLY.name());
        assertThat(shown("story-" + operations)).isEqualTo("Het loopt vast bij de planning");

        // a change a moment later, then the phone loses its connection
        choose("importance-" + operations, 2);
        aSecondPasses();
        newBrowser();
        navigate("s/" + codes.get(1));
        assertThat(shown("importance-" + operations)).isEqualTo("2");
        assertThat(shown("inner-flow")).isEqualTo("4");
    }

    @SuppressWarnings("unchecked")
    @Test
    void questions_that_need_an_answer_say_so_at_the_question_and_stop_saying_it_once_answered() {
        navigate("s/" + codes.get(2));
        next();
        assertThat(form("inner-flow").field("inner-flow").orElseThrow().required()).isTrue();
        assertThat(offered()).containsExactly(operations);
        pick(operations);
        for (String q : List.of("frequency-", "importance-", "flow-", "stops-")) {
            QuestionForm.Field field = form(q + operations).field(q + operations).orElseThrow();
            assertThat(field.required()).as(q).isTrue();
            // a screen reader hears which department the card's question is about
            assertThat(field.name()).as(q).isEqualTo(t("scan.survey.connections.about", field.label(), "Operatie"));
            assertThat(form(q + operations).problems()).as(q + " not marked before next").doesNotContainKey(q + operations);
        }
        assertThat(form("story-" + operations).field("story-" + operations).orElseThrow().required()).isFalse();
        choose("frequency-" + operations, Frequency.WEEKLY);
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        assertMissing("inner-flow", "scan.respond.innerFlowMissing");
        assertAnswered("frequency-" + operations);
        assertMissing("importance-" + operations, "scan.respond.importanceMissing");
        assertMissing("flow-" + operations, "scan.respond.flowMissing");
        assertMissing("stops-" + operations, "scan.respond.stopMissing");

        choose("inner-flow", 2);
        assertAnswered("inner-flow");
        assertMissing("importance-" + operations, "scan.respond.importanceMissing");
        choose("importance-" + operations, 4);
        assertAnswered("importance-" + operations);
        assertMissing("flow-" + operations, "scan.respond.flowMissing");

        // in Dutch the same, in Dutch
        _setValue(_get(Select.class, spec -> spec.withId("survey-language")), Translations.DUTCH);
        next();
        assertMissing("flow-" + operations, "scan.respond.flowMissing");
        assertThat(form("flow-" + operations).problems().get("flow-" + operations))
                .isEqualTo(Translations.get(Translations.DUTCH, "scan.respond.flowMissing"));
        choose("flow-" + operations, 3);
        choose("stops-" + operations, Stop.NONE);
        assertAnswered("flow-" + operations);
        assertAnswered("stops-" + operations);
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.undercurrents"));
    }

    /** The counter under a text as the browser writes it: the server's wording, the numbers in the reader's locale. */
    private static String counter(int length, int max) {
        java.text.NumberFormat n = java.text.NumberFormat.getIntegerInstance(locale());
        return QuestionForm.counterPattern(locale()).replace("{0}", n.format(length)).replace("{1}", n.format(max));
    }

    private static void assertReceived() {
        _assertOne(Div.class, spec -> spec.withId("survey-received"));
        assertThat(_get(H1.class, spec -> spec.withId("received-title")).getText()).isEqualTo(t("scan.survey.received.title"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("received-text")).getText()).isEqualTo(t("scan.entry.received"));
        _assertNone(Paragraph.class, spec -> spec.withId("code-error"));
        _assertNone(Button.class, spec -> spec.withId("survey-next"));
    }

    private void send(String code) {
        SystemSession.run(() -> {
            var ticket = respondents.enter(code, "sent-" + code, "10.66.0.1");
            var a = new nl.onderstroom.scan.SurveyAnswers();
            a.setInnerFlow(4);
            respondents.submit(ticket, a);
        });
    }

    @Test
    void a_respondent_whose_code_was_used_is_told_their_answers_were_received_in_their_language() {
        send(codes.get(1));
        // through the link on the card
        navigate("s/" + codes.get(1));
        assertReceived();
        assertThat(_get(Paragraph.class, spec -> spec.withId("received-text")).getText())
                .isEqualTo(Translations.get(Locale.ENGLISH, "scan.entry.received")).contains("received");
        // in Dutch, on the same screen
        _setValue(_get(Select.class, spec -> spec.withId("survey-language")), Translations.DUTCH);
        assertReceived();
        assertThat(_get(Paragraph.class, spec -> spec.withId("received-text")).getText())
                .isEqualTo(Translations.get(Translations.DUTCH, "scan.entry.received")).contains("ontvangen");
        // someone with another card on the same phone can still go on
        _click(_get(Button.class, spec -> spec.withId("received-other-code")));
        _setValue(_get(TextField.class, spec -> spec.withId("code-field")), codes.get(2));
        _click(_get(Button.class, spec -> spec.withId("code-submit")));
        assertThat(title()).isEqualTo(t("scan.survey.step.intro"));
    }

    @Test
    void a_used_code_typed_again_or_a_return_after_sending_says_received_not_no_access() {
        navigate("s/" + codes.get(1));
        next();
        choose("inner-flow", 4);
        next();
        next();
        next();
        _click(_get(Button.class, spec -> spec.withId("survey-submit")));
        _assertOne(Div.class, spec -> spec.withId("survey-done"));
        // back to the survey address in the same browser: not an empty form
        navigate("s");
        assertReceived();
        // a new browser session, the code typed in
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute("nl.onderstroom.scan.ui.RespondentSession.received", null);
        navigate("s");
        _setValue(_get(TextField.class, spec -> spec.withId("code-field")), codes.get(1));
        _click(_get(Button.class, spec -> spec.withId("code-submit")));
        assertReceived();
    }

    @Test
    void a_second_tab_of_a_sent_survey_says_received_on_its_next_save() {
        navigate("s/" + codes.get(2));
        next();
        send(codes.get(2));
        // the change is saved at once or a second later; either way the save finds the answers sent
        choose("inner-flow", 3);
        aSecondPasses();
        assertReceived();
    }

    @Test
    void a_respondent_resumes_on_the_step_where_they_left_by_typing_the_code() {
        navigate("s/" + codes.get(1));
        next();
        choose("inner-flow", 5);
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.undercurrents"));
        // a new browser session: the code typed into the entry page
        TestUsers.logout();
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(
                "nl.onderstroom.scan.ui.RespondentSession.ticket", null);
        navigate("s");
        _setValue(_get(TextField.class, spec -> spec.withId("code-field")), codes.get(1).toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("code-submit")));
        assertThat(title()).isEqualTo(t("scan.survey.step.undercurrents"));
        _click(_get(Button.class, spec -> spec.withId("survey-back")));
        assertThat(shown("inner-flow")).isEqualTo("5");
    }

    @Test
    void a_scan_closed_while_answering_ends_with_a_kind_message() {
        navigate("s/" + codes.get(2));
        next();
        SystemSession.run(() -> scans.close(scanId));
        choose("inner-flow", 3);
        // the change is saved at once when the last save is a second old (a slow machine), else on "next"
        if (!_find(Button.class, spec -> spec.withId("survey-next")).isEmpty()) {
            next();
        }
        _assertOne(Div.class, spec -> spec.withId("survey-closed"));
        assertThat(_get(Div.class, spec -> spec.withId("survey-closed")).getElement().getTextRecursively())
                .isEqualTo(t("scan.respond.closed"));
        _assertNone(Button.class, spec -> spec.withId("survey-next"));
    }

    @Test
    void a_story_longer_than_two_thousand_characters_is_refused_with_its_length() {
        navigate("s/" + codes.get(2));
        next();
        choose("inner-flow", 3);
        assertThat(offered()).containsExactly(operations);
        pick(operations);
        assertThat(form("story-" + operations).field("story-" + operations).orElseThrow().max()).isEqualTo(2000);
        type("story-" + operations, "x".repeat(2001));
        assertThat(counter(2001, 2000)).isEqualTo(t("scan.survey.counter", 2001, 2000));
        choose("frequency-" + operations, Frequency.DAILY);
        choose("importance-" + operations, 3);
        choose("flow-" + operations, 3);
        choose("stops-" + operations, Stop.NONE);
        next();
        assertThat(_get(Div.class, spec -> spec.withId("survey-error")).getText()).isEqualTo(t("scan.text.tooLong", 2000, 2001));
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
    }

    @Test
    void a_story_of_nineteen_hundred_emoji_is_refused_before_it_is_sent_with_a_message_that_counts_as_the_database_does() {
        navigate("s/" + codes.get(2));
        next();
        choose("inner-flow", 3);
        assertThat(offered()).containsExactly(operations);
        pick(operations);
        type("story-" + operations, "\uD83D\uDE00".repeat(1_900));
        // the browser counts as Java does (UTF-16 units): an emoji counts as two
        assertThat("\uD83D\uDE00".repeat(1_900).length()).isEqualTo(3800);
        assertThat(counter(3800, 2000)).isEqualTo(t("scan.survey.counter", 3800, 2000));
        choose("frequency-" + operations, Frequency.DAILY);
        choose("importance-" + operations, 3);
        choose("flow-" + operations, 3);
        choose("stops-" + operations, Stop.NONE);
        next();
        assertThat(_get(Div.class, spec -> spec.withId("survey-error")).getText()).isEqualTo(t("scan.text.tooLong", 2000, 3800));
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        assertThat(shown("story-" + operations)).as("nothing lost").hasSize(3800);
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_open_link_respondent_chooses_their_department_and_gets_a_resume_code() {
        String token = SystemSession.call(() -> invitations.createOpenLink(scanId, null, 10).token());
        navigate("s/" + token);
        String resume = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("resume-code")).getText();
        assertThat(resume).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.department"));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("survey-progress-text")).getText())
                .isEqualTo(t("scan.survey.progress", 2, 6));
        com.vaadin.flow.component.combobox.ComboBox<DepartmentNode> choice =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("department-choice"));
        assertThat(choice.isRequiredIndicatorVisible()).isTrue();
        next();
        // the message is at the department field, and goes once it is chosen
        assertThat(title()).isEqualTo(t("scan.survey.step.department"));
        assertThat(choice.isInvalid()).isTrue();
        assertThat(choice.getErrorMessage()).isEqualTo(t("scan.respond.departmentMissing"));
        assertThat(_get(Div.class, spec -> spec.withId("survey-error")).getText()).isEmpty();
        _setValue(choice, choice.getListDataView().getItems().filter(d -> d.id() == operations).findFirst().orElseThrow());
        assertThat(choice.isInvalid()).isFalse();
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        // the own department is not offered as a connection
        assertThat(offered()).containsExactly(sales);

        // back later with the resume code: same department, same step
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(
                "nl.onderstroom.scan.ui.RespondentSession.ticket", null);
        navigate("s");
        _setValue(_get(TextField.class, spec -> spec.withId("code-field")), resume);
        _click(_get(Button.class, spec -> spec.withId("code-submit")));
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("own-department")).getText())
                .isEqualTo(t("scan.survey.connections.own", "Operatie"));
    }

    @SuppressWarnings("unused")
    private void asAdvisor() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation)));
    }
}
