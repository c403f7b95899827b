package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The privacy statement's claims about storage, against the database: what the respondent reads (built from
 * {@link RespondentService#survey}, as the intro page builds it) and what the portal then does. The claims about
 * what the results show are pinned by map.StatementClaimsTest; the e-mail address's deletion at close by
 * EmailInvitationServiceIT.
 */
@IntegrationTest
class StatementClaimsIT {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    RetentionService retention;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    CodeSecret secret;
    @Autowired
    JdbcTemplate jdbc;

    ScanFixture f;
    long scanId;
    List<String> codes;

    @BeforeEach
    void anOpenScanOfAnOrganisationWithItsOwnRetentionAndContact() {
        f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        organisations.changeRetentionMonths(f.ours, 18);
        organisations.changePrivacyContact(f.ours, "Anna de Vries, privacy@example.test");
        scanId = scans.create(f.ours, "Statement scan").id();
        scans.update(scanId, new ScanService.ScanSettings("Statement scan", 4, 6, null, null));
        codes = invitations.issueCodes(scanId, f.dept("ICT"), 3, false).codes();
        scans.open(scanId);
        TestUsers.logout();
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    private PrivacyStatement statement(RespondentService.Ticket ticket) {
        return PrivacyStatement.of(respondents.survey(ticket));
    }

    @Test
    void the_statement_shows_the_organisations_retention_contact_and_the_scans_thresholds() {
        PrivacyStatement statement = statement(respondents.enter(codes.get(0), "s1", "10.7.0.1"));
        String organisation = SystemSession.call(() -> organisations.organisation(f.ours).name());
        for (Locale locale : List.of(Translations.DUTCH, Locale.ENGLISH)) {
            assertThat(statement.line("retention").text(locale)).contains("18");
            assertThat(statement.line("contact").text(locale)).contains("Anna de Vries, privacy@example.test");
            assertThat(statement.line("responsible").text(locale)).contains(organisation);
            assertThat(statement.line("threshold").text(locale)).contains(" 4 ").contains(" 6 ");
        }
        // a change of the organisation's setting changes what the next respondent reads
        TestUsers.loginAs(users, f.advisor);
        organisations.changeRetentionMonths(f.ours, 7);
        organisations.changePrivacyContact(f.ours, "  ");
        TestUsers.logout();
        PrivacyStatement after = statement(respondents.enter(codes.get(1), "s2", "10.7.0.2"));
        assertThat(after.line("retention").text(Locale.ENGLISH)).contains(" 7 ").doesNotContain("18");
        assertThat(after.line("contact").key()).isEqualTo("scan.statement.noContact");
    }

    @Test
    void texts_are_deleted_the_number_of_months_the_statement_names_after_the_scan_closes() {
        PrivacyStatement statement = statement(respondents.enter(codes.get(0), "s3", "10.7.0.3"));
        int months = (int) statement.line("retention").args().get(0);
        TestUsers.loginAs(users, f.advisor);
        scans.close(scanId);
        Instant closedAt = jdbc.queryForObject("select closed_at from scan where id = ?", Timestamp.class, scanId).toInstant();
        assertThat(retention.textsDeletedAfter(scanId))
                .isEqualTo(closedAt.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant());
        assertThat(months).isEqualTo(18);
    }

    @Test
    void the_draft_is_kept_under_a_keyed_hash_of_the_code_until_sent_and_the_code_works_until_then() {
        String code = codes.get(0);
        RespondentService.Ticket ticket = respondents.enter(code, "s4", "10.7.0.4");
        SurveyAnswers answers = f.answers("ICT", "Verkoop", "A story");
        answers.setStep(2);
        respondents.saveDraft(ticket, answers);

        // stored under a keyed hash of the code, not the code
        List<String> keys = jdbc.queryForList("select key_hash from draft where scan_id = ?", String.class, scanId);
        assertThat(keys).containsExactly(secret.codeHash(InvitationCodes.normalise(code).code()));
        assertThat(keys.get(0)).doesNotContainIgnoringCase(InvitationCodes.normalise(code).code());
        assertThat(jdbc.queryForObject("select count(*) from draft where content like ?", Integer.class,
                "%" + InvitationCodes.normalise(code).code() + "%")).isZero();

        // the same code continues later, until sent
        RespondentService.Ticket again = respondents.enter(code, "s5", "10.7.0.5");
        assertThat(respondents.draft(again).getStep()).isEqualTo(2);
        assertThat(respondents.submit(again, answers)).isEqualTo(RespondentService.Outcome.SUBMITTED);

        // after sending: the draft is gone and the code no longer opens the survey
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isZero();
        assertThatThrownBy(() -> respondents.enter(code, "s6", "10.7.0.6")).isInstanceOf(UserError.class)
                .extracting("key").isEqualTo(RespondentService.RECEIVED);
        PrivacyStatement statement = statement(respondents.enter(codes.get(2), "s7", "10.7.0.7"));
        assertThat(statement.line("draft").text(Locale.ENGLISH)).contains("keyed hash")
                .contains("continue later, until you send").contains("no longer opens the survey");
    }

    @Test
    void unsent_answers_are_deleted_when_the_scan_closes() {
        RespondentService.Ticket ticket = respondents.enter(codes.get(0), "s8", "10.7.0.8");
        respondents.saveDraft(ticket, f.answers("ICT", "Verkoop", null));
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isOne();
        TestUsers.loginAs(users, f.advisor);
        scans.close(scanId);
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isZero();
        assertThat(PrivacyStatement.of("X", null, 5, 7, 12).line("draft").text(Locale.ENGLISH))
                .contains("never sent are deleted when the survey closes");
    }

    @Test
    void a_sent_response_holds_no_time_no_code_and_no_invitation() {
        // "without your code or invitation, and without the time you answered": no such column exists
        for (String table : List.of("response", "response_connection", "response_theme", "response_answer", "response_text")) {
            List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns"
                    + " where lower(table_name) = ? and table_schema = database()", String.class, table);
            assertThat(columns).as(table).isNotEmpty()
                    .noneMatch(c -> c.contains("invitation") || c.contains("code") || c.contains("hash")
                            || c.contains("time") || c.contains("date") || c.endsWith("_at") || c.contains("address"));
            List<String> types = jdbc.queryForList("select lower(data_type) from information_schema.columns"
                    + " where lower(table_name) = ? and table_schema = database()", String.class, table);
            assertThat(types).as(table).noneMatch(t -> t.contains("time") || t.contains("date"));
        }
        assertThat(PrivacyStatement.of("X", null, 5, 7, 12).line("stored").text(Locale.ENGLISH))
                .contains("without your code or invitation, and without the time you answered");
    }
}
