package nl.onderstroom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.onderstroom.organisation.DepartmentNames;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.scan.ui.SurveyDriver;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile text typed into every text field of the advisor's forms (organisation, department, scan settings, question
 * set: own questions and theme labels) and the survey's free-text fields: bidi overrides, zero-width characters,
 * surrogate pairs and lone halves, emoji, NUL, a megabyte, spreadsheet formula prefixes, markup and random Unicode.
 * Each is either refused with a message the person can read (at the field or as a notice, never the "something went
 * wrong" apology) or taken cleanly; no click throws, and nothing stored breaks the names rule or its length.
 */
class RandomInputViewTest extends ViewTestSupport {

    private static final long SEED = 20261203L;

    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    AccountService accounts;

    long organisation;
    long sales;
    long operations;
    long scanId;
    AccountSummary advisor;
    final List<String> problems = new ArrayList<>();

    @BeforeEach
    void anOrganisationAndADraftScan() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            organisation = organisations.create("Invoer " + suffix).id();
            sales = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 10)).id();
            operations = organisations.addDepartment(organisation, new DepartmentDraft("Operatie", null, 10)).id();
            scanId = scans.create(organisation, "Invoer scan " + suffix).id();
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
    }

    @AfterEach
    void allWentWell() {
        assertThat(problems).isEmpty();
    }

    /** The fixed hostile inputs, then random ones. */
    static List<String> hostileInputs(int random) {
        List<String> inputs = new ArrayList<>(List.of(
                "Verkoop\u202Egnippoh", // right-to-left override
                "Ver\u200Bkoop", // zero-width space
                "\u2066Inkoop\u2069", // isolate
                "\uFEFFBOM", // byte order mark
                "Team \uD83D\uDE00 \uD83D\uDC69\u200D\u2695\uFE0F", // surrogate pairs, an emoji with a joiner
                "half \uD800 pair", // a lone high surrogate
                "end \uDFFF", // a lone low surrogate
                "nul\u0000byte",
                "regel\neinde",
                "x".repeat(1_000_000),
                "\uD83D\uDE00".repeat(150_000),
                "=HYPERLINK(\"http://evil.example\",\"klik\")",
                "+31 6 1234",
                "-2+3",
                "@SUM(A1:A9)",
                "<script>alert(1)</script>",
                "../../etc/passwd",
                "  Ｖｅｒｋｏｏｐ  "));
        Random r = new Random(SEED);
        for (int i = 0; i < random; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + r.nextInt(40);
            for (int j = 0; j < length; j++) {
                int cp;
                do {
                    cp = switch (r.nextInt(4)) {
                        case 0 -> 0x20 + r.nextInt(0x5F);
                        case 1 -> r.nextInt(0x3000);
                        case 2 -> 0x1F300 + r.nextInt(0x300);
                        default -> r.nextInt(0x110000);
                    };
                } while (!Character.isValidCodePoint(cp));
                s.appendCodePoint(cp);
            }
            inputs.add(s.toString());
        }
        return inputs;
    }

    private static String shortly(String s) {
        String escaped = s.codePoints().limit(30).mapToObj(cp -> cp < 0x20 || cp > 0x7E
                ? String.format("\\u%04x", cp) : String.valueOf((char) cp)).reduce("", String::concat);
        return escaped + (s.length() > 30 ? "… (" + s.length() + " units)" : "");
    }

    /** The notices on screen now, read and closed. */
    private static List<String> notices() {
        List<String> texts = NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", n.getElement().getTextRecursively())).toList();
        NotificationsKt.clearNotifications();
        return texts;
    }

    /** A field-level message, if the field shows one. */
    private static String fieldMessage(Component field) {
        if (field instanceof HasValidation v && v.isInvalid()) {
            return v.getErrorMessage();
        }
        return null;
    }

    /**
     * One try: a message that is not the apology, or a stored value that is the typed one cleaned (NFC, trimmed,
     * spaces joined) and obeys the rule.
     */
    private void judge(String where, String typed, String fieldMessage, List<String> notices, Supplier<List<String>> stored,
                       int max) {
        String label = where + " <" + shortly(typed) + ">";
        String apology = t("base.error.unexpected");
        if (notices.stream().anyMatch(n -> n.contains(apology))) {
            problems.add(label + ": the apology for an unexpected error");
            return;
        }
        for (String value : stored.get()) {
            if (DepartmentNames.hasInvisibleCharacter(value) || value.length() > max) {
                problems.add(label + ": stored <" + shortly(value) + ">");
            }
        }
        boolean message = fieldMessage != null && !fieldMessage.isBlank() || !notices.isEmpty();
        if (!message) {
            String clean = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
            String joined = clean.replaceAll("\\s+", " ");
            if (stored.get().stream().noneMatch(v -> v.equals(clean) || v.equals(joined))) {
                problems.add(label + ": neither a message nor stored as typed");
            }
        }
    }

    private List<String> organisationNames() {
        return SystemSession.call(() -> organisations.organisations().stream().map(o -> o.name()).toList());
    }

    private List<String> departmentNames() {
        return SystemSession.call(() -> organisations.departments(organisation).stream().map(DepartmentNode::name).toList());
    }

    @Test
    void hostile_text_in_the_organisation_and_department_forms_gets_a_message_or_is_stored_cleanly() {
        loginAs(advisor);
        for (String typed : hostileInputs(15)) {
            navigate("");
            _click(_get(Button.class, s -> s.withId("new-organisation")));
            TextField name = _get(TextField.class, s -> s.withId("organisation-name"));
            _setValue(name, typed);
            _click(_get(Button.class, s -> s.withId("organisation-save")));
            judge("new organisation", typed, fieldMessage(name), notices(), this::organisationNames, 200);
            _find(Dialog.class, s -> s.withId("organisation-dialog")).forEach(Dialog::close);

            navigate("organisations/" + organisation);
            _click(_get(Button.class, s -> s.withId("rename-organisation")));
            TextField rename = _get(TextField.class, s -> s.withId("organisation-rename-name"));
            _setValue(rename, typed);
            _click(_get(Button.class, s -> s.withId("organisation-rename-save")));
            judge("rename organisation", typed, fieldMessage(rename), notices(), this::organisationNames, 200);
            _find(Dialog.class).forEach(Dialog::close);

            navigate("organisations/" + organisation);
            _click(_get(Button.class, s -> s.withId("add-department")));
            TextField department = _get(TextField.class, s -> s.withId("department-name"));
            _setValue(department, typed);
            _click(_get(Button.class, s -> s.withId("department-save")));
            judge("new department", typed, fieldMessage(department), notices(), this::departmentNames, 100);
            _find(Dialog.class).forEach(Dialog::close);
        }
    }

    @Test
    void hostile_text_in_the_scan_settings_and_the_question_set_gets_a_message_or_is_stored_cleanly() {
        loginAs(advisor);
        for (String typed : hostileInputs(15)) {
            navigate("scans/" + scanId);
            TextField name = _get(TextField.class, s -> s.withId("scan-settings-name"));
            _setValue(name, typed);
            _click(_get(Button.class, s -> s.withId("scan-save")));
            judge("scan name", typed, fieldMessage(name), notices(),
                    () -> List.of(SystemSession.call(() -> scans.scan(scanId).name())), ScanService.MAX_NAME);

            questionsTab();
            TextField theme = _get(TextField.class, s -> s.withId("theme-en-trust"));
            _setValue(theme, typed);
            _click(_get(Button.class, s -> s.withId("questions-save")));
            judge("theme label", typed, fieldMessage(theme), notices(), () -> SystemSession.call(
                    () -> scans.questionSet(scanId).themes().stream().map(t -> t.label().en()).toList()),
                    QuestionSet.MAX_TEXT);

            questionsTab();
            _setValue(_get(TextField.class, s -> s.withId("new-question-en")), typed);
            _setValue(_get(TextField.class, s -> s.withId("new-question-nl")), "Vraag");
            _click(_get(Button.class, s -> s.withId("new-question-add")));
            _click(_get(Button.class, s -> s.withId("questions-save")));
            Supplier<List<String>> ownTexts = () -> SystemSession.call(() -> scans.questionSet(scanId).questions()
                    .stream().filter(q -> !q.builtIn()).map(q -> q.text().en()).toList());
            judge("own question", typed, null, notices(), ownTexts, QuestionSet.MAX_TEXT);
            // and as an answer option of a choice question
            questionsTab();
            _setValue(_get(com.vaadin.flow.component.select.Select.class, s -> s.withId("new-question-type")),
                    QuestionSet.Type.CHOICE);
            _setValue(_get(TextField.class, s -> s.withId("new-question-en")), "Which?");
            _setValue(_get(TextField.class, s -> s.withId("new-question-nl")), "Welke?");
            _setValue(_get(TextArea.class, s -> s.withId("new-question-choices")), "Ja|Ja\n" + typed + "|Nee");
            _click(_get(Button.class, s -> s.withId("new-question-add")));
            _click(_get(Button.class, s -> s.withId("questions-save")));
            List<String> choiceNotices = notices();
            List<String> choices = SystemSession.call(() -> scans.questionSet(scanId).questions().stream()
                    .flatMap(q -> q.choices().stream()).map(c -> c.en()).toList());
            for (String choice : choices) {
                if (DepartmentNames.hasInvisibleCharacter(choice) || choice.length() > QuestionSet.MAX_TEXT) {
                    problems.add("choice <" + shortly(typed) + ">: stored <" + shortly(choice) + ">");
                }
            }
            if (choiceNotices.stream().anyMatch(n -> n.contains(t("base.error.unexpected")))) {
                problems.add("choice <" + shortly(typed) + ">: the apology for an unexpected error");
            }
            // start the next round from the default set
            SystemSession.run(() -> scans.updateQuestionSet(scanId, QuestionSet.defaults()));
        }
    }

    /** The scan screen afresh, on its questions tab. */
    private void questionsTab() {
        navigate("scans/" + scanId);
        _get(com.vaadin.flow.component.tabs.TabSheet.class, s -> s.withId("scan-tabs")).setSelectedIndex(1);
    }

    @SuppressWarnings("unchecked")
    @Test
    void hostile_text_in_the_surveys_free_text_fields_gets_a_message_or_is_kept_without_hidden_characters() {
        List<String> inputs = hostileInputs(10);
        List<String> codes = SystemSession.call(() -> {
            List<String> made = invitations.issueCodes(scanId, sales, inputs.size(), false).codes();
            scans.open(scanId);
            return made;
        });
        TestUsers.logout();
        for (int i = 0; i < inputs.size(); i++) {
            String typed = inputs.get(i);
            String code = codes.get(i);
            newBrowser();
            navigate("s/" + code);
            _click(_get(Button.class, s -> s.withId("survey-next")));
            SurveyDriver.choose("inner-flow", 3);
            SurveyDriver.pick(operations);
            SurveyDriver.type("story-" + operations, typed);
            SurveyDriver.choose("frequency-" + operations, Frequency.DAILY);
            SurveyDriver.choose("importance-" + operations, 3);
            SurveyDriver.choose("flow-" + operations, 3);
            SurveyDriver.choose("stops-" + operations, Stop.NONE);
            _click(_get(Button.class, s -> s.withId("survey-next")));
            String error = _get(Div.class, s -> s.withId("survey-error")).getText();
            List<String> notices = notices();
            String label = "story <" + shortly(typed) + ">";
            if (notices.stream().anyMatch(n -> n.contains(t("base.error.unexpected")))) {
                problems.add(label + ": the apology for an unexpected error");
            }
            var ticket = respondents.enter(code, "random-" + i, "10.55.0." + i);
            SurveyAnswers draft = respondents.draft(ticket);
            List<String> stored = draft.getConnections().stream().map(c -> c.getStory())
                    .filter(java.util.Objects::nonNull).toList();
            for (String story : stored) {
                if (story.indexOf('\u0000') >= 0 || story.codePoints().anyMatch(cp -> Character.getType(cp) == Character.SURROGATE)
                        || !story.equals(nl.onderstroom.scan.FreeText.clean(story, Integer.MAX_VALUE).text())) {
                    problems.add(label + ": the draft keeps characters the cleaning removes <" + shortly(story) + ">");
                }
            }
            if (error.isBlank() && stored.isEmpty() && !typed.isBlank()) {
                problems.add(label + ": neither a message nor kept");
            }
            if (!error.isBlank() && typed.length() > RespondentService.MAX_TEXT) {
                assertThat(error).isEqualTo(t("scan.text.tooLong", RespondentService.MAX_TEXT, typed.length()));
            }
        }
    }
}
