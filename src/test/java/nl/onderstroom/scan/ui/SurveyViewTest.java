package nl.onderstroom.scan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

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
            codes = scans.issueCodes(scanId, sales, 3, false).codes();
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

    @SuppressWarnings("unchecked")
    private static <T> void choose(String id, T value) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_respondent_answers_every_step_switches_language_midway_and_sends_once() {
        navigate("s/" + codes.get(0));
        assertThat(title()).isEqualTo(t("scan.survey.step.intro"));
        _assertOne(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("intro-rules"));
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        // progress is visible: step 2 of 5 (the department is fixed by the code)
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("survey-progress-text")).getText())
                .isEqualTo(t("scan.survey.progress", 2, 5));
        next();
        assertThat(_get(Div.class, spec -> spec.withId("survey-error")).getText()).isEqualTo(t("scan.respond.innerFlowMissing"));

        choose("inner-flow", 4);
        CheckboxGroup<DepartmentNode> pick = _get(CheckboxGroup.class, spec -> spec.withId("connection-departments"));
        DepartmentNode ops = pick.getListDataView().getItems().filter(d -> d.id() == operations).findFirst().orElseThrow();
        _setValue(pick, Set.of(ops));
        choose("frequency-" + operations, Frequency.WEEKLY);
        choose("importance-" + operations, 5);
        choose("flow-" + operations, 2);
        choose("stops-" + operations, Stop.BOTH);
        String story = "<b>Het stokt</b> bij de overdracht\u0007";
        _setValue(_get(TextArea.class, spec -> spec.withId("story-" + operations)), story);

        Locale other = "nl".equals(locale().getLanguage()) ? Translations.ENGLISH : Translations.DUTCH;
        _setValue(_get(Select.class, spec -> spec.withId("survey-language")), other);
        assertThat(locale().getLanguage()).isEqualTo(other.getLanguage());
        assertThat(title()).isEqualTo(Translations.get(other, "scan.survey.step.connections"));
        assertThat(_get(TextArea.class, spec -> spec.withId("story-" + operations)).getValue()).isEqualTo("<b>Het stokt</b> bij de overdracht");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("flow-" + operations)).getValue()).isEqualTo(2);

        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.undercurrents"));
        choose("theme-trust", 3);
        _setValue(_get(TextArea.class, spec -> spec.withId("undercurrent-open")), "Niemand zegt het");
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.identity"));
        _setValue(_get(TextArea.class, spec -> spec.withId("text-identity-why")), "Voor de klant");
        choose("rating-identity-integrity", 2);
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.review"));
        // typed HTML is shown as the text it is
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).contains("“<b>Het stokt</b> bij de overdracht”");

        Button submit = _get(Button.class, spec -> spec.withId("survey-submit"));
        assertThat(submit.isDisableOnClick()).isTrue();
        _click(submit);
        _assertOne(Div.class, spec -> spec.withId("survey-done"));
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select text from response_text where scan_id = ? and kind = 'CONNECTION_STORY'",
                String.class, scanId)).isEqualTo("<b>Het stokt</b> bij de overdracht");

        // the same code again: the same plain answer as an unknown one
        navigate("s/" + codes.get(0));
        String used = _get(Paragraph.class, spec -> spec.withId("code-error")).getText();
        navigate("s/ABCD-EFGH-JKMN");
        assertThat(_get(Paragraph.class, spec -> spec.withId("code-error")).getText()).isEqualTo(used)
                .isEqualTo(t("scan.entry.unknown"));
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
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("inner-flow")).getValue()).isEqualTo(5);
    }

    @Test
    void a_scan_closed_while_answering_ends_with_a_kind_message() {
        navigate("s/" + codes.get(2));
        next();
        SystemSession.run(() -> scans.close(scanId));
        choose("inner-flow", 3);
        next();
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
        CheckboxGroup<DepartmentNode> pick = _get(CheckboxGroup.class, spec -> spec.withId("connection-departments"));
        _setValue(pick, Set.copyOf(pick.getListDataView().getItems().toList()));
        TextArea story = _get(TextArea.class, spec -> spec.withId("story-" + operations));
        assertThat(story.getMaxLength()).isEqualTo(2000);
        _setValue(story, "x".repeat(2001));
        assertThat(story.getHelperText()).isEqualTo(t("scan.survey.counter", 2001, 2000));
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
        CheckboxGroup<DepartmentNode> pick = _get(CheckboxGroup.class, spec -> spec.withId("connection-departments"));
        _setValue(pick, Set.copyOf(pick.getListDataView().getItems().toList()));
        TextArea story = _get(TextArea.class, spec -> spec.withId("story-" + operations));
        _setValue(story, "\uD83D\uDE00".repeat(1_900));
        assertThat(story.getHelperText()).isEqualTo(t("scan.survey.counter", 3800, 2000));
        choose("frequency-" + operations, Frequency.DAILY);
        choose("importance-" + operations, 3);
        choose("flow-" + operations, 3);
        choose("stops-" + operations, Stop.NONE);
        next();
        assertThat(_get(Div.class, spec -> spec.withId("survey-error")).getText()).isEqualTo(t("scan.text.tooLong", 2000, 3800));
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        assertThat(story.getValue()).as("nothing lost").hasSize(3800);
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_open_link_respondent_chooses_their_department_and_gets_a_resume_code() {
        String token = SystemSession.call(() -> scans.createOpenLink(scanId, null, 10).token());
        navigate("s/" + token);
        String resume = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("resume-code")).getText();
        assertThat(resume).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.department"));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("survey-progress-text")).getText())
                .isEqualTo(t("scan.survey.progress", 2, 6));
        next();
        assertThat(_get(Div.class, spec -> spec.withId("survey-error")).getText()).isEqualTo(t("scan.respond.departmentMissing"));
        com.vaadin.flow.component.combobox.ComboBox<DepartmentNode> choice =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("department-choice"));
        _setValue(choice, choice.getListDataView().getItems().filter(d -> d.id() == operations).findFirst().orElseThrow());
        next();
        assertThat(title()).isEqualTo(t("scan.survey.step.connections"));
        // the own department is not offered as a connection
        CheckboxGroup<DepartmentNode> pick = _get(CheckboxGroup.class, spec -> spec.withId("connection-departments"));
        assertThat(pick.getListDataView().getItems().map(DepartmentNode::id).toList()).containsExactly(sales);

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
