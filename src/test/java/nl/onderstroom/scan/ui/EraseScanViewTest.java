package nl.onderstroom.scan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The advisor erases a scan, with its answers, from the scan screen after typing its name. */
class EraseScanViewTest extends ViewTestSupport {

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
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    long organisation;
    long scanId;
    String name;
    AccountSummary advisor;

    @BeforeEach
    void aScanWithOneAnswer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        name = "Te wissen " + suffix;
        long[] department = new long[1];
        SystemSession.run(() -> {
            organisation = organisations.create("Wis " + suffix).id();
            department[0] = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 9)).id();
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
        List<String> codes = SystemSession.call(() -> {
            scanId = scans.create(organisation, name).id();
            List<String> made = invitations.issueCodes(scanId, department[0], 1, false).codes();
            scans.open(scanId);
            return made;
        });
        SurveyAnswers answers = new SurveyAnswers();
        answers.setDepartmentId(department[0]);
        answers.setInnerFlow(3);
        respondents.submit(respondents.enter(codes.get(0), "erase-view", "10.88.0.1"), answers);
    }

    @Test
    void the_advisor_types_the_scan_name_and_scan_and_answers_are_gone() {
        loginAs(advisor);
        navigate("scans/" + scanId);
        _click(_get(Button.class, s -> s.withId("erase-scan")));
        assertThat(_get(Dialog.class, s -> s.withId("erase-dialog")).getHeaderTitle())
                .isEqualTo(t("anon.erase.scan.title", name));
        assertThat(_get(Paragraph.class, s -> s.withId("erase-what")).getText()).isEqualTo(t("anon.erase.scan.what"));
        Button erase = _get(Button.class, s -> s.withId("erase-confirm"));
        _setValue(_get(TextField.class, s -> s.withId("erase-name")), "Te wissen");
        assertThat(erase.isEnabled()).isFalse();
        _setValue(_get(TextField.class, s -> s.withId("erase-name")), name);
        _click(erase);

        assertThat(currentView()).isEqualTo(ScansView.class);
        assertThat(jdbc.queryForObject("select count(*) from scan where id = ?", Integer.class, scanId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId)).isZero();
        assertThat(SystemSession.call(() -> audit.ofScan(scanId))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.Action.SCAN_ERASED);
            assertThat(e.amount()).isEqualTo(1);
            assertThat(e.actor()).isEqualTo(advisor.email());
        });
    }

    @Test
    void closing_the_dialog_keeps_the_scan() {
        loginAs(advisor);
        navigate("scans/" + scanId);
        _click(_get(Button.class, s -> s.withId("erase-scan")));
        _click(_get(Button.class, s -> s.withId("erase-cancel")));
        _assertNone(Dialog.class, s -> s.withId("erase-dialog"));
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId))
                .isEqualTo(1);
    }
}
