package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.AuditLog.Action;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TenantAccess;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention and erasure on MariaDB: texts go after the organisation's period while the map stays; erasing a scan or
 * an organisation leaves no row of it in any table that has a scan_id or organisation_id column.
 */
@IntegrationTest
class RetentionIT {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    ScanRepository scanRepository;
    @Autowired
    RespondentService respondents;
    @Autowired
    DirectorIdentityService directorIdentity;
    @Autowired
    RetentionService retention;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    TenantAccess tenants;
    @Autowired
    AuditLog audit;
    @Autowired
    MapService maps;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

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

    /** A scan of our organisation answered by five people in each department, each with a story; left open. */
    private long answeredScan(String name) {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, name).id();
        scans.open(scanId);
        List<String[]> codes = new ArrayList<>();
        for (String from : f.departments.keySet()) {
            for (String code : invitations.issueCodes(scanId, f.dept(from), 6, false).codes()) {
                codes.add(new String[] {from, code});
            }
        }
        invitations.createOpenLink(scanId, f.dept("ICT"), 10);
        TestUsers.logout();
        int n = 0;
        for (String[] c : codes) {
            String to = c[0].equals("Verkoop") ? "Operatie" : "Verkoop";
            RespondentService.Ticket ticket = respondents.enter(c[1], "ret-" + c[1], "10.0.0.7");
            if (n++ % 6 == 5) {
                respondents.saveDraft(ticket, f.answers(c[0], to, "Unfinished story"));
            } else {
                respondents.submit(ticket, f.answers(c[0], to, "Story of " + c[0]));
            }
        }
        TestUsers.loginAs(users, f.director);
        SurveyAnswers intended = new SurveyAnswers();
        intended.getTexts().put("identity.why", "Wij bestaan voor de klant");
        intended.getRatings().put("identity.identity", 5);
        directorIdentity.answer(scanId, intended);
        TestUsers.logout();
        return scanId;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private List<String> tablesWithColumn(String column) {
        return jdbc.queryForList("select table_name from information_schema.columns where table_schema = database() "
                + "and column_name = ? and table_name <> 'audit_event' order by table_name", String.class, column);
    }

    /** Rows of the scan left anywhere: every table with a scan_id column, and the scan itself. */
    private int rowsOfScan(long scanId) {
        int rows = count("select count(*) from scan where id = ?", scanId);
        for (String table : tablesWithColumn("scan_id")) {
            rows += count("select count(*) from " + table + " where scan_id = ?", scanId);
        }
        return rows;
    }

    private int rowsOfOrganisation(long organisationId, List<Long> scanIds) {
        int rows = count("select count(*) from organisation where id = ?", organisationId);
        for (String table : tablesWithColumn("organisation_id")) {
            rows += count("select count(*) from " + table + " where organisation_id = ?", organisationId);
        }
        for (long scanId : scanIds) {
            rows += rowsOfScan(scanId);
        }
        return rows;
    }

    private List<AuditLog.Entry> auditOf(long scanId) {
        return SystemSession.call(() -> audit.ofScan(scanId));
    }

    /** The retention job as the scheduler runs it, with the clock moved by {@code ahead}. */
    private int runRetention(Duration ahead) {
        RetentionService moved = new RetentionService(scanRepository, organisations, tenants, audit, jdbc,
                Clock.offset(clock, ahead));
        return SystemSession.call(() -> transactions.execute(status -> moved.deleteExpiredTexts()));
    }

    @Test
    void texts_go_after_the_organisations_period_and_the_map_still_computes() {
        long scanId = answeredScan("Retention");
        TestUsers.loginAs(users, f.advisor);
        assertThat(organisations.retentionMonths(f.ours)).isEqualTo(12);
        organisations.changeRetentionMonths(f.ours, 1);
        assertThatThrownBy(() -> organisations.changeRetentionMonths(f.ours, 0)).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> organisations.changeRetentionMonths(f.theirs, 3)).isInstanceOf(NotFound.class);
        scans.close(scanId);
        OrganisationMap before = maps.results(scanId).map();
        TestUsers.logout();
        int texts = count("select count(*) from response_text where scan_id = ?", scanId);
        int responses = count("select count(*) from response where scan_id = ?", scanId);
        int connections = count("select count(*) from response_connection where scan_id = ?", scanId);
        assertThat(texts).isGreaterThan(0);

        // within the period: nothing goes
        runRetention(Duration.ofDays(27)); // other tests' closed scans may go; this scan's texts must not
        assertThat(count("select count(*) from response_text where scan_id = ?", scanId)).isEqualTo(texts);

        // past it (one month after closing): the texts go, the aggregates stay
        int deleted = runRetention(Duration.ofDays(32));
        assertThat(deleted).isGreaterThanOrEqualTo(texts);
        assertThat(count("select count(*) from response_text where scan_id = ?", scanId)).isZero();
        assertThat(count("select count(*) from response where scan_id = ?", scanId)).isEqualTo(responses);
        assertThat(count("select count(*) from response_connection where scan_id = ?", scanId)).isEqualTo(connections);

        // a second run (or a second instance) deletes nothing and writes no second entry
        runRetention(Duration.ofDays(32));
        List<AuditLog.Entry> entries = auditOf(scanId).stream().filter(e -> e.action() == Action.TEXTS_DELETED).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualTo(texts);
            assertThat(e.organisationId()).isEqualTo(f.ours);
            assertThat(e.actor()).isEqualTo("system");
        });

        TestUsers.loginAs(users, f.advisor);
        OrganisationMap after = maps.results(scanId).map();
        assertThat(after.nodes()).extracting(MapNode::id).containsExactlyElementsOf(
                before.nodes().stream().map(MapNode::id).toList());
        assertThat(after.nodes()).extracting(RetentionIT::respondents)
                .containsExactlyElementsOf(before.nodes().stream().map(RetentionIT::respondents).toList());
        assertThat(after.nodes()).extracting(RetentionIT::respondents).contains(5);
        assertThat(after.edges()).hasSameSizeAs(before.edges()).isNotEmpty();
        assertThat(maps.connectionStories(scanId, f.dept("Operatie"), f.dept("Verkoop"))).isEmpty();
    }

    @Test
    void erasing_a_scan_leaves_no_row_of_it_in_any_table() {
        long earlier = answeredScan("Erase earlier");
        TestUsers.loginAs(users, f.advisor);
        scans.close(earlier);
        TestUsers.logout();
        long scanId = answeredScan("Erase me");
        assertThat(count("select count(*) from draft where scan_id = ?", scanId)).isGreaterThan(0);
        assertThat(count("select count(*) from director_answered where scan_id = ?", scanId)).isEqualTo(1);
        int responses = count("select count(*) from response where scan_id = ?", scanId);
        int earlierRows = rowsOfScan(earlier);

        TestUsers.loginAs(users, f.advisor);
        retention.eraseScan(scanId);
        TestUsers.logout();

        assertThat(rowsOfScan(scanId)).isZero();
        assertThat(rowsOfScan(earlier)).isEqualTo(earlierRows);
        assertThat(auditOf(scanId)).filteredOn(e -> e.action() == Action.SCAN_ERASED).singleElement()
                .satisfies(e -> assertThat(e.amount()).isEqualTo(responses));
    }

    @Test
    void erasing_an_organisation_leaves_no_row_of_it_in_any_table() {
        long first = answeredScan("Org first");
        TestUsers.loginAs(users, f.advisor);
        scans.close(first);
        TestUsers.logout();
        long second = answeredScan("Org second");
        jdbc.update("update scan set previous_scan_id = ? where id = ?", first, second);
        int theirs = count("select count(*) from department where organisation_id = ?", f.theirs);

        TestUsers.loginAs(users, admin);
        retention.eraseOrganisation(f.ours);
        TestUsers.logout();

        assertThat(rowsOfOrganisation(f.ours, List.of(first, second))).isZero();
        assertThat(count("select count(*) from account where id = ?", f.director.id())).isZero();
        assertThat(count("select count(*) from account where id = ?", f.advisor.id())).isEqualTo(1);
        assertThat(count("select count(*) from department where organisation_id = ?", f.theirs)).isEqualTo(theirs);
        List<AuditLog.Entry> recent = SystemSession.call(() -> audit.recent(50));
        assertThat(recent).filteredOn(e -> e.action() == Action.ORGANISATION_ERASED && f.ours == e.organisationId())
                .singleElement().satisfies(e -> assertThat(e.amount()).isEqualTo(2));
    }

    @Test
    void an_advisor_of_another_organisation_or_a_director_cannot_erase() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Not yours").id();
        TestUsers.logout();

        TestUsers.loginAs(users, f.otherAdvisor);
        assertThatThrownBy(() -> retention.eraseScan(scanId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> retention.eraseOrganisation(f.ours)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.changeRetentionMonths(f.ours, 2)).isInstanceOf(NotFound.class);
        TestUsers.logout();
        TestUsers.loginAs(users, f.advisor);
        assertThatThrownBy(() -> retention.eraseOrganisation(f.ours)).isInstanceOf(AccessDeniedException.class);
        TestUsers.logout();
        TestUsers.loginAs(users, f.director);
        assertThatThrownBy(() -> retention.eraseScan(scanId)).isInstanceOf(AccessDeniedException.class);
        TestUsers.logout();

        assertThat(rowsOfScan(scanId)).isEqualTo(1);
        assertThat(count("select count(*) from organisation where id = ?", f.ours)).isEqualTo(1);
    }

    private static int respondents(MapNode node) {
        return node.figures() == null ? -1 : node.figures().respondents();
    }

    private static String basic(AccountSummary account) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (account.email() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_api_reads_and_changes_retention_and_erases_only_within_the_callers_reach() throws Exception {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Api erase").id();
        TestUsers.logout();
        String ours = "/api/v1/organisations/" + f.ours + "/retention";
        mvc.perform(get(ours).header("Authorization", basic(f.advisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.months").value(12));
        mvc.perform(put(ours).header("Authorization", basic(f.advisor)).header("Accept-Language", "nl")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"months\":0}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("De bewaartermijn is een heel aantal maanden van 1 tot 120."));
        mvc.perform(put(ours).header("Authorization", basic(f.advisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"months\":6}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.months").value(6));
        // the API is for advisors and administrators; directors read their organisation on screen
        mvc.perform(get(ours).header("Authorization", basic(f.director))).andExpect(status().isForbidden());
        mvc.perform(put(ours).header("Authorization", basic(f.otherAdvisor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"months\":2}"))
                .andExpect(status().isNotFound());

        mvc.perform(delete("/api/v1/scans/" + scanId).header("Authorization", basic(f.otherAdvisor)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/organisations/" + f.ours).header("Authorization", basic(f.advisor)))
                .andExpect(status().isForbidden());
        assertThat(rowsOfScan(scanId)).isEqualTo(1);
        mvc.perform(delete("/api/v1/scans/" + scanId).header("Authorization", basic(f.advisor)))
                .andExpect(status().isNoContent());
        assertThat(rowsOfScan(scanId)).isZero();
        assertThat(SystemSession.call(() -> organisations.retentionMonths(f.ours))).isEqualTo(6);
    }
}
