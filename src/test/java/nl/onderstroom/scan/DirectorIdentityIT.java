package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A director gives the intended identity from their own page, on MariaDB. */
@IntegrationTest
class DirectorIdentityIT {

    @Autowired
    DirectorIdentityService intended;
    @Autowired
    ScanService scans;
    @Autowired
    ScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    ScanFixture f;
    long scanId;

    @BeforeEach
    void setUp() {
        f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        scanId = scans.create(f.ours, "Scan 2026").id();
        scans.open(scanId);
        TestUsers.logout();
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    private static SurveyAnswers answers(int integrity) {
        SurveyAnswers a = new SurveyAnswers();
        a.getTexts().put("identity.why", "Wij maken het werk van klanten eenvoudiger.");
        a.getRatings().put("identity.identity", 5);
        a.getRatings().put("identity.integrity", integrity);
        a.getRatings().put("identity.image", 4);
        return a;
    }

    private int intendedRespondents() {
        // read from the table: the tallies show no answer of a scan that still collects
        return jdbc.queryForObject("select count(*) from response where scan_id = ? and respondent_group = 'DIRECTOR'",
                Integer.class, scanId);
    }

    @Test
    void a_director_answers_once_and_the_answer_is_stored_as_a_directors_answer() {
        TestUsers.loginAs(users, f.director);
        assertThat(intended.openScans()).singleElement().satisfies(s -> {
            assertThat(s.scanId()).isEqualTo(scanId);
            assertThat(s.answered()).isFalse();
        });
        assertThatThrownBy(() -> intended.answer(scanId, new SurveyAnswers()))
                .isInstanceOf(UserError.class).hasMessageContaining("scan.intended.empty");
        assertThat(intended.openScans()).singleElement().satisfies(s -> assertThat(s.answered()).isFalse());
        intended.answer(scanId, answers(4));
        assertThat(intended.openScans()).singleElement().satisfies(s -> assertThat(s.answered()).isTrue());
        assertThat(intended.form(scanId).answered()).isTrue();
        assertThatThrownBy(() -> intended.answer(scanId, answers(1)))
                .isInstanceOf(UserError.class).hasMessageContaining("scan.intended.already");
        TestUsers.logout();

        assertThat(intendedRespondents()).isEqualTo(1);
        SystemSession.run(() -> scans.close(scanId));
        var identity = SystemSession.call(() -> tallies.intendedIdentity(scanId)).identity();
        assertThat(identity.get("integrity")).containsExactly(0, 0, 0, 1, 0);
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ? and respondent_group = 'DIRECTOR'"
                + " and department_id is null", Integer.class, scanId)).isEqualTo(1);
        assertThat(SystemSession.call(() -> tallies.texts(scanId, ScanTallies.TextKind.IDENTITY_WHY)))
                .singleElement().satisfies(t -> assertThat(t.director()).isTrue());
    }

    @Test
    void what_remembers_the_director_holds_nothing_but_scan_and_account() {
        TestUsers.loginAs(users, f.director);
        intended.answer(scanId, answers(4));
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = database()"
                + " and table_name = 'director_answered' order by column_name", String.class);
        assertThat(columns).containsExactly("account_id", "scan_id");
        List<String> responseColumns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = database() and table_name = 'response'", String.class);
        assertThat(responseColumns).isNotEmpty().noneMatch(c -> c.contains("account") || c.contains("time") || c.contains("_at"));
    }

    @Test
    void another_organisations_director_cannot_see_or_answer_the_scan() {
        AccountSummary theirs = TestUsers.create(accounts, Role.DIRECTOR, f.theirs, Set.of());
        TestUsers.loginAs(users, theirs);
        assertThat(intended.openScans()).isEmpty();
        assertThatThrownBy(() -> intended.form(scanId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> intended.answer(scanId, answers(4))).isInstanceOf(NotFound.class);
        TestUsers.logout();
        assertThat(intendedRespondents()).isZero();
    }

    @Test
    void a_closed_scan_refuses_the_answer() {
        TestUsers.loginAs(users, f.advisor);
        scans.close(scanId);
        TestUsers.loginAs(users, f.director);
        assertThat(intended.openScans()).isEmpty();
        assertThatThrownBy(() -> intended.answer(scanId, answers(4)))
                .isInstanceOf(UserError.class).hasMessageContaining("scan.respond.closed");
        TestUsers.logout();
        assertThat(intendedRespondents()).isZero();
    }

    @Test
    void only_directors_answer_and_advisors_see_no_entry() {
        TestUsers.loginAs(users, f.advisor);
        assertThat(intended.openScans()).isEmpty();
        assertThatThrownBy(() -> intended.answer(scanId, answers(4))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_user_still_cannot_set_a_closing_date_in_the_past() {
        TestUsers.loginAs(users, f.advisor);
        long draft = scans.create(f.ours, "Scan 2027").id();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        assertThatThrownBy(() -> scans.update(draft, new ScanService.ScanSettings("Scan 2027", 5, null, null, yesterday)))
                .isInstanceOf(UserError.class).hasMessageContaining("scan.error.closesInPast");
        LocalDate opened = scans.scan(scanId).opensOn();
        assertThatThrownBy(() -> scans.update(scanId, new ScanService.ScanSettings("Scan 2026", 5, null, opened, yesterday)))
                .isInstanceOf(UserError.class).hasMessageContaining("scan.error.closesInPast");
        assertThat(scans.scan(draft).closesOn()).isNull();
    }
}
