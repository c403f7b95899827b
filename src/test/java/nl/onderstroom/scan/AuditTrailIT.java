package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.AuditLog.Action;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** The audit log: what an advisor did to a scan, per department and with counts; never an answer, story or code. */
@IntegrationTest
class AuditTrailIT {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResponseImport imports;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    WebApplicationContext context;

    ScanFixture f;
    AccountSummary admin;

    @BeforeEach
    void setUp() {
        f = ScanFixture.create(organisations, accounts);
        admin = TestUsers.create(accounts, Role.ADMIN, null, Set.of());
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private List<AuditLog.Entry> entries(long scanId) {
        TestUsers.loginAs(users, admin);
        try {
            return audit.ofScan(scanId);
        } finally {
            TestUsers.logout();
        }
    }

    @Test
    void imports_and_codes_are_recorded_with_their_count_per_department_and_who_did_it() {
        TestUsers.loginAs(users, f.advisor);
        long imported = scans.create(f.ours, "Audit import").id();
        String csv = "respondent,department,target,frequency,importance,flow,stops,themes,story\n"
                + "a,ICT,Verkoop,WEEKLY,4,2,THEIRS,,\nb,ICT,Verkoop,WEEKLY,4,2,THEIRS,,\nc,Verkoop,ICT,WEEKLY,4,2,THEIRS,,\n";
        imports.importResponses(imported, csv.getBytes(StandardCharsets.UTF_8));
        long online = scans.create(f.ours, "Audit codes").id();
        invitations.issueCodes(online, f.dept("ICT"), 7, false);
        invitations.issueCodes(online, null, 2, true);
        invitations.createOpenLink(online, f.dept("Verkoop"), 40);
        scans.open(online);
        scans.close(online);
        scans.publish(online);
        TestUsers.logout();

        assertThat(entries(imported)).extracting(AuditLog.Entry::action, AuditLog.Entry::departmentId,
                AuditLog.Entry::amount, AuditLog.Entry::actor).containsExactly(
                tuple(Action.SCAN_CREATED, null, null, f.advisor.email()),
                tuple(Action.RESPONSES_IMPORTED, f.dept("Verkoop"), 1, f.advisor.email()),
                tuple(Action.RESPONSES_IMPORTED, f.dept("ICT"), 2, f.advisor.email()));
        assertThat(entries(online)).extracting(AuditLog.Entry::action, AuditLog.Entry::departmentId,
                AuditLog.Entry::amount).containsExactly(
                tuple(Action.SCAN_CREATED, null, null),
                tuple(Action.CODES_ISSUED, f.dept("ICT"), 7),
                tuple(Action.CODES_ISSUED, null, 2),
                tuple(Action.OPEN_LINK_CREATED, f.dept("Verkoop"), 40),
                tuple(Action.SCAN_OPENED, null, null),
                tuple(Action.SCAN_CLOSED, null, null),
                tuple(Action.SCAN_PUBLISHED, null, null));
        assertThat(entries(online)).allSatisfy(e -> assertThat(e.organisationId()).isEqualTo(f.ours));
    }

    @Test
    void an_entry_is_written_with_its_action_or_not_at_all() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Audit rollback").id();
        transactions.executeWithoutResult(tx -> {
            invitations.issueCodes(scanId, f.dept("ICT"), 3, false);
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from invitation where scan_id = ?", Integer.class, scanId)).isZero();
        assertThat(entries(scanId)).extracting(AuditLog.Entry::action).containsExactly(Action.SCAN_CREATED);
        assertThatThrownBy(() -> audit.scan(Action.CODES_ISSUED, f.ours, scanId, null, 1))
                .as("outside a transaction there is no action to go with").isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void the_audit_log_holds_no_answer_no_story_and_no_code() {
        String importedStory = "Ingelezen-verhaal-audit-3c9e";
        String onlineStory = "Online-verhaal-audit-71d2";
        String openText = "Onderstroom-audit-open-5a0b";
        TestUsers.loginAs(users, f.advisor);
        long imported = scans.create(f.ours, "Audit canary import").id();
        imports.importResponses(imported, ("respondent,department,target,frequency,importance,flow,stops,themes,story\n"
                + "r1,ICT,Verkoop,WEEKLY,4,2,THEIRS,,\"" + importedStory + "\"\n").getBytes(StandardCharsets.UTF_8));
        long online = scans.create(f.ours, "Audit canary online").id();
        List<String> codes = new ArrayList<>(invitations.issueCodes(online, f.dept("Verkoop"), 2, false).codes());
        InvitationService.IssuedOpenLink link = invitations.createOpenLink(online, f.dept("ICT"), 5);
        scans.open(online);
        TestUsers.logout();
        SurveyAnswers answers = f.answers("Verkoop", "Operatie", onlineStory);
        answers.getTexts().put("undercurrents.open", openText);
        respondents.submit(respondents.enter(codes.get(0), "audit", "10.2.2.2"), answers);
        TestUsers.loginAs(users, f.advisor);
        scans.close(online);
        TestUsers.logout();

        String texts = String.join("\n", jdbc.queryForList("select text from response_text where scan_id in (?, ?)",
                String.class, imported, online));
        assertThat(texts).as("the canaries are stored, so looking for them can find them")
                .contains(importedStory, onlineStory, openText);
        String log = String.join("\n", jdbc.query("select * from audit_event where scan_id in (?, ?)", (rs, i) -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(rs.getString(c)).append('|');
            }
            return row.toString();
        }, imported, online));
        assertThat(log).as("the rows are read").contains("CODES_ISSUED", f.advisor.email());
        assertThat(log).doesNotContain(importedStory).doesNotContain(onlineStory).doesNotContain(openText)
                .doesNotContain(codes.get(0)).doesNotContain(InvitationCodes.format(codes.get(0)))
                .doesNotContain(codes.get(1)).doesNotContain(link.token()).doesNotContain("10.2.2.2");
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'audit_event'"
                + " and table_schema = database() and data_type in ('text', 'mediumtext', 'longtext', 'blob')", String.class))
                .as("no column that could hold a text").isEmpty();
    }

    @Test
    void account_changes_are_recorded_and_only_administrators_read_the_log() throws Exception {
        AccountSummary created = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.ours));
        TestUsers.loginAs(users, admin);
        accounts.setEnabled(created.id(), false);
        assertThat(audit.recent(50)).filteredOn(e -> created.id() == (e.accountId() == null ? -1 : e.accountId()))
                .extracting(AuditLog.Entry::action).containsExactly(Action.ACCOUNT_DISABLED, Action.ACCOUNT_CREATED);
        TestUsers.logout();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/api/v1/audit?limit=5").header("Authorization", basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("ACCOUNT_DISABLED"))
                .andExpect(jsonPath("$[0].accountId").value(created.id()))
                .andExpect(jsonPath("$[0].actor").value(admin.email()));
        mvc.perform(get("/api/v1/audit").header("Authorization", basic(f.advisor)))
                .andExpect(status().isForbidden());
    }

    private static String basic(AccountSummary account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.email() + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
