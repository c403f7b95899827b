package nl.onderstroom.scan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.LiveCountService.DepartmentResponses;
import nl.onderstroom.scan.ScanService.ScanSummary;
import nl.onderstroom.scan.ScanStatus;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The advisor's scan screens, without a browser. */
class ScanViewTest extends nl.onderstroom.ViewTestSupport {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;

    long organisation;
    long sales;
    long operations;

    @BeforeEach
    void anOrganisation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            organisation = organisations.create("Advies " + suffix).id();
            sales = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 10)).id();
            operations = organisations.addDepartment(organisation, new DepartmentDraft("Operatie", null, 10)).id();
        });
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation)));
    }

    @Test
    void an_advisor_creates_a_scan_makes_codes_and_opens_it() {
        com.vaadin.flow.component.UI.getCurrent().navigate("scans",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("organisation", String.valueOf(organisation))));
        _setValue(_get(TextField.class, spec -> spec.withId("scan-name")), "Najaarsscan");
        _click(_get(Button.class, spec -> spec.withId("scan-create")));
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("scan-title")).getText()).isEqualTo("Najaarsscan");
        assertThat(_get(Span.class, spec -> spec.withId("scan-status")).getText()).isEqualTo(t("scan.status.DRAFT"));

        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("scan-tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Select<DepartmentNode> department = _get(Select.class, spec -> spec.withId("codes-department"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.id() == sales).findFirst().orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withId("codes-count")), 12);
        _click(_get(Button.class, spec -> spec.withId("codes-create")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("codes-once")).getText()).isEqualTo(t("scan.invite.once", 12));
        _assertOne(Anchor.class, spec -> spec.withId("codes-csv"));
        _assertOne(Anchor.class, spec -> spec.withId("codes-pdf"));

        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("scan-tabs")).setSelectedIndex(0);
        _click(_get(Button.class, spec -> spec.withId("scan-open")));
        assertThat(_get(Span.class, spec -> spec.withId("scan-status")).getText()).isEqualTo(t("scan.status.OPEN"));
        _assertOne(Button.class, spec -> spec.withId("scan-close"));
    }

    @Test
    void live_counts_show_fewer_than_k_instead_of_a_number() {
        List<String> codes = SystemSession.call(() -> {
            long id = scans.create(organisation, "Live").id();
            List<String> c = invitations.issueCodes(id, sales, 7, false).codes();
            scans.open(id);
            return c;
        });
        long scanId = SystemSession.call(() -> scans.scans(organisation).get(0).id());
        for (int i = 0; i < 6; i++) {
            SurveyAnswers a = new SurveyAnswers();
            a.setInnerFlow(3);
            respondents.submit(respondents.enter(codes.get(i), "v" + i, "10.7.0." + i), a);
        }
        navigate("scans/" + scanId);
        @SuppressWarnings("unchecked")
        Grid<DepartmentResponses> grid = _get(Grid.class, spec -> spec.withId("response-counts"));
        // Verkoop 6, Operatie 0: Verkoop is shown, the empty department is "< 5"
        assertThat(GridKt._getFormattedRow(grid, 0)).containsSubsequence("Operatie", "< 5");
        assertThat(GridKt._getFormattedRow(grid, 1)).containsSubsequence("Verkoop", "6");
        assertThat(_get(Span.class, spec -> spec.withId("response-total")).getText()).startsWith(t("scan.view.total", 6))
                .contains("%");
    }

    @Test
    void a_department_with_few_responses_never_shows_its_number() {
        long scanId = SystemSession.call(() -> {
            long id = scans.create(organisation, "Few").id();
            List<String> c = invitations.issueCodes(id, operations, 2, false).codes();
            scans.open(id);
            for (int i = 0; i < 2; i++) {
                SurveyAnswers a = new SurveyAnswers();
                a.setInnerFlow(3);
                respondents.submit(respondents.enter(c.get(i), "f" + i, "10.8.0." + i), a);
            }
            return id;
        });
        navigate("scans/" + scanId);
        @SuppressWarnings("unchecked")
        Grid<DepartmentResponses> grid = _get(Grid.class, spec -> spec.withId("response-counts"));
        for (int row = 0; row < GridKt._size(grid); row++) {
            // column 1 is the response count (column 2 counts codes handed out, not answers)
            assertThat(GridKt._getFormattedRow(grid, row).get(1)).isEqualTo("< 5");
        }
        assertThat(_get(Span.class, spec -> spec.withId("response-total")).getText()).isEqualTo(t("scan.view.totalHidden", 5));
    }

    @Test
    void a_count_hidden_to_protect_a_smaller_one_says_at_least_k_and_shows_no_rate() {
        long scanId = SystemSession.call(() -> {
            long id = scans.create(organisation, "Protect").id();
            List<String> s = invitations.issueCodes(id, sales, 6, false).codes();
            List<String> o = invitations.issueCodes(id, operations, 2, false).codes();
            scans.open(id);
            for (int i = 0; i < 6; i++) {
                SurveyAnswers a = new SurveyAnswers();
                a.setInnerFlow(3);
                respondents.submit(respondents.enter(s.get(i), "p" + i, "10.6.0." + i), a);
            }
            for (int i = 0; i < 2; i++) {
                SurveyAnswers a = new SurveyAnswers();
                a.setInnerFlow(3);
                respondents.submit(respondents.enter(o.get(i), "q" + i, "10.6.1." + i), a);
            }
            return id;
        });
        navigate("scans/" + scanId);
        @SuppressWarnings("unchecked")
        Grid<DepartmentResponses> grid = _get(Grid.class, spec -> spec.withId("response-counts"));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            rows.add(GridKt._getFormattedRow(grid, row));
        }
        // Verkoop 6 beside Operatie 2: Verkoop's number would give the 2 away from the total of 8
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("Verkoop", t("supp.counts.protecting", 5), "–"));
        assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("Operatie", "< 5", "–"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get(1)).isNotIn("6", "2"));
    }

    @Test
    void questions_can_be_edited_while_draft_and_are_frozen_once_open() {
        ScanSummary scan = SystemSession.call(() -> scans.create(organisation, "Vragen"));
        navigate("scans/" + scan.id());
        questionsTab();
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("question-nl-connections-flow")),
                "Hoe soepel loopt het?");
        _click(_get(Button.class, spec -> spec.withId("theme-remove-changeFatigue")));
        _click(_get(Button.class, spec -> spec.withId("questions-save")));
        var saved = SystemSession.call(() -> scans.questionSet(scan.id()));
        assertThat(saved.question("connections.flow").orElseThrow().text().nl()).isEqualTo("Hoe soepel loopt het?");
        assertThat(saved.themeKeys()).doesNotContain("changeFatigue").hasSize(7);

        SystemSession.run(() -> scans.open(scan.id()));
        navigate("scans/" + scan.id());
        questionsTab();
        _assertOne(Paragraph.class, spec -> spec.withId("questions-frozen"));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("questions-save"));
        assertThat(SystemSession.call(() -> scans.scan(scan.id())).status()).isEqualTo(ScanStatus.OPEN);
    }

    @Test
    void a_new_open_link_can_be_copied_with_a_confirmation_and_read_as_a_qr_code() throws Exception {
        ScanSummary scan = SystemSession.call(() -> scans.create(organisation, "Open"));
        navigate("scans/" + scan.id());
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("scan-tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Select<DepartmentNode> department = _get(Select.class, spec -> spec.withId("open-link-department"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.id() == sales).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("open-link-create")));
        String link = _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("open-link-url")).getValue();
        assertThat(link).startsWith("https://scan.example.test/s/");

        // copy: the browser is asked to put exactly this link on the clipboard, and the user is told it worked
        List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> sent = new java.util.ArrayList<>();
        var handlers = com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        List<kotlin.jvm.functions.Function1<com.vaadin.flow.component.internal.PendingJavaScriptInvocation, kotlin.Unit>> capturing =
                new java.util.ArrayList<>(handlers);
        capturing.add(i -> {
            sent.add(i);
            return kotlin.Unit.INSTANCE;
        });
        com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(capturing);
        try {
            _click(_get(Button.class, spec -> spec.withId("open-link-copy")));
            _get(Span.class, spec -> spec.withId("open-link-copied"));
        } finally {
            com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
        }
        var copy = sent.stream().filter(i -> i.getInvocation().getExpression().contains("clipboard")).findFirst().orElseThrow();
        assertThat(copy.getInvocation().getParameters()).contains(link);
        Span copied = _get(Span.class, spec -> spec.withId("open-link-copied"));
        assertThat(copied.getText()).isEmpty();
        copy.complete(elemental.json.Json.create(true));
        assertThat(copied.getText()).isEqualTo(t("scan.invite.copied"));
        assertThat(copied.getElement().getAttribute("aria-live")).isEqualTo("polite");

        // the QR code, as served to the browser, is the same link; its alt text says what it is
        com.vaadin.flow.component.html.Image qr = _get(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("open-link-qr"));
        assertThat(qr.getAlt()).contains(t("scan.invite.qrAlt", "Verkoop"));
        byte[] png = com.github.mvysny.kaributesting.v10.DownloadKt.download(qr);
        assertThat(nl.onderstroom.scan.PrintedSheet.decode(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png))))
                .containsExactly(link);

        // and the link opens the survey for that department once the scan is open
        SystemSession.run(() -> scans.open(scan.id()));
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(respondents.enter(token, "open-link-test", "10.5.5.5").departmentId()).isEqualTo(sales);
    }

    @Test
    void the_sheet_downloaded_from_the_screen_has_twenty_five_working_cards_in_the_advisors_language() {
        ScanSummary scan = SystemSession.call(() -> scans.create(organisation, "Blad"));
        navigate("scans/" + scan.id());
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("scan-tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Select<DepartmentNode> department = _get(Select.class, spec -> spec.withId("codes-department"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.id() == operations).findFirst().orElseThrow());
        _setValue(_get(IntegerField.class, spec -> spec.withId("codes-count")), 25);
        _click(_get(Button.class, spec -> spec.withId("codes-create")));
        byte[] pdf = com.github.mvysny.kaributesting.v10.DownloadKt._download(_get(Anchor.class, spec -> spec.withId("codes-pdf")));
        nl.onderstroom.scan.PrintedSheet sheet = nl.onderstroom.scan.PrintedSheet.read(pdf,
                java.nio.file.Path.of("target", "invitation-sheets", "view-25"));
        assertThat(sheet.pages()).hasSize(4);
        List<String> links = sheet.allQrCodes();
        assertThat(links).hasSize(25).doesNotHaveDuplicates().allMatch(l -> l.startsWith("https://scan.example.test/s/"));
        for (nl.onderstroom.scan.PrintedSheet.Page page : sheet.pages()) {
            assertThat(page.text()).contains(t("scan.sheet.howTo", "https://scan.example.test/s/").substring(0, 25));
            for (String link : page.qrCodes()) {
                assertThat(page.text()).contains(nl.onderstroom.scan.InvitationCodes.format(link.substring(link.lastIndexOf('/') + 1)));
            }
        }
        // opened as a respondent would (the QR code's address in a phone's browser): the survey starts
        SystemSession.run(() -> scans.open(scan.id()));
        TestUsers.logout();
        for (String link : List.of(links.get(0), links.get(24))) {
            navigate(java.net.URI.create(link).getPath().substring(1));
            assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("step-title")).getText())
                    .isEqualTo(t("scan.survey.step.intro"));
        }
    }

    private static void questionsTab() {
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("scan-tabs")).setSelectedIndex(1);
    }
}
