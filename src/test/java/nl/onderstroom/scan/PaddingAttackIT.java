package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.UserError;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ResultsMethod;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The advisor's padding attack: one real respondent in a small department, six answers of the advisor's own added
 * (imported, or given with codes the advisor made), and the real person's answers follow by subtraction. Where it
 * can be prevented it is; where it cannot, the results' method section says so.
 */
@IntegrationTest
class PaddingAttackIT {

    private static final String HEADER = "respondent,department,target,frequency,importance,flow,stops,themes,story\n";

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResponseImport imports;
    @Autowired
    RespondentService respondents;
    @Autowired
    MapService maps;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    ScanFixture f;

    @BeforeEach
    void setUp() {
        f = ScanFixture.create(organisations, accounts);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private static byte[] fakes(String department, int count) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("fake").append(i).append(',').append(department).append(",Operatie,WEEKLY,4,2,THEIRS,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private int responses(long scanId) {
        return jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId);
    }

    private void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserError.class).extracting("key").isEqualTo(key);
    }

    @Test
    void six_fake_answers_cannot_be_imported_beside_one_real_one() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Padding by import").id();
        String code = invitations.issueCodes(scanId, f.dept("ICT"), 1, false).codes().get(0);
        scans.open(scanId);
        TestUsers.logout();
        respondents.submit(respondents.enter(code, "real", "10.1.1.1"), f.answers("ICT", "Operatie", null));

        TestUsers.loginAs(users, f.advisor);
        assertRefused(() -> imports.importResponses(scanId, fakes("ICT", 6)), "scan.import.error.onlineResponses");
        SurveyAnswers fake = f.answers("ICT", "Operatie", null);
        assertRefused(() -> scans.importAnswers(scanId, List.of(fake, fake, fake, fake, fake, fake), false),
                "scan.import.error.onlineResponses");
        assertThat(responses(scanId)).as("only the real answer").isEqualTo(1);
    }

    @Test
    void a_scan_with_imported_answers_takes_none_online_whatever_the_way_in() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Padding around an import").id();
        // made before the import, so the import itself is allowed: the codes must stop working
        List<String> codes = invitations.issueCodes(scanId, f.dept("ICT"), 2, false).codes();
        InvitationService.IssuedOpenLink link = invitations.createOpenLink(scanId, f.dept("ICT"), 10);
        scans.open(scanId);
        TestUsers.logout();
        RespondentService.Ticket early = respondents.enter(codes.get(0), "early", "10.1.1.2");

        TestUsers.loginAs(users, f.advisor);
        assertThat(imports.importResponses(scanId, fakes("ICT", 6)).ok()).isTrue();
        assertRefused(() -> invitations.issueCodes(scanId, f.dept("ICT"), 1, false), "scan.invite.error.imported");
        assertRefused(() -> invitations.createOpenLink(scanId, f.dept("ICT"), 5), "scan.invite.error.imported");
        TestUsers.logout();

        assertRefused(() -> respondents.enter(codes.get(1), "late", "10.1.1.3"), "scan.entry.imported");
        assertRefused(() -> respondents.enter(link.token(), "late-link", "10.1.1.4"), "scan.entry.imported");
        assertRefused(() -> respondents.submit(early, f.answers("ICT", "Operatie", null)), "scan.entry.imported");
        assertThat(responses(scanId)).as("only the imported ones").isEqualTo(6);
    }

    @Test
    void nothing_is_added_to_a_closed_scan() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Padding after close").id();
        scans.open(scanId);
        scans.close(scanId);
        assertRefused(() -> imports.importResponses(scanId, fakes("ICT", 6)), "scan.error.importClosed");
        assertRefused(() -> scans.importAnswers(scanId, List.of(f.answers("ICT", "Operatie", null)), false),
                "scan.error.importClosed");
        assertRefused(() -> invitations.issueCodes(scanId, f.dept("ICT"), 6, false), "scan.error.closed");
        assertRefused(() -> invitations.createOpenLink(scanId, f.dept("ICT"), 6), "scan.error.closed");
        scans.publish(scanId);
        assertRefused(() -> imports.importResponses(scanId, fakes("ICT", 6)), "scan.error.importClosed");
        assertRefused(() -> invitations.issueCodes(scanId, f.dept("ICT"), 6, false), "scan.error.closed");
        assertThat(responses(scanId)).isZero();
    }

    @Test
    void padding_with_self_made_codes_shows_in_the_results_method() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Padding with codes").id();
        // ICT has 10 staff; the advisor makes 12 codes for it and answers 11 of them (1 real person + 10 own)
        List<String> codes = invitations.issueCodes(scanId, f.dept("ICT"), 12, false).codes();
        List<String> others = invitations.issueCodes(scanId, f.dept("Operatie"), 5, false).codes();
        List<String> more = invitations.issueCodes(scanId, f.dept("Verkoop"), 5, false).codes();
        scans.open(scanId);
        TestUsers.logout();
        for (String code : codes.subList(0, 11)) {
            respondents.submit(respondents.enter(code, "s-" + code, "10.1.2.1"), f.answers("ICT", "Operatie", null));
        }
        for (String code : others) {
            respondents.submit(respondents.enter(code, "s-" + code, "10.1.2.1"), f.answers("Operatie", "ICT", null));
        }
        for (String code : more) {
            respondents.submit(respondents.enter(code, "s-" + code, "10.1.2.1"), f.answers("Verkoop", "ICT", null));
        }
        TestUsers.loginAs(users, f.advisor);
        scans.close(scanId);

        ResultsMethod method = maps.results(scanId).method();

        assertThat(method.anyImported()).isFalse();
        assertThat(method.importedResponses()).isZero();
        assertThat(method.departments()).singleElement().satisfies(ict -> {
            assertThat(ict.departmentId()).isEqualTo(f.dept("ICT"));
            assertThat(ict.codes()).isEqualTo(12);
            assertThat(ict.moreCodesThanHeadcount()).isTrue();
            assertThat(ict.moreResponsesThanHeadcount()).isTrue();
        });
    }

    @Test
    void an_imported_scan_says_how_many_answers_came_by_import() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Imported").id();
        StringBuilder csv = new StringBuilder(HEADER);
        for (String department : new String[] {"Verkoop", "Operatie", "ICT", "Klantenservice"}) {
            for (int i = 0; i < 5; i++) {
                csv.append(department).append(i).append(',').append(department).append(',').append(department)
                        .append(",DAILY,4,4,NONE,,\n");
            }
        }
        assertThat(imports.importResponses(scanId, csv.toString().getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
        scans.open(scanId);
        scans.close(scanId);

        ResultsMethod method = maps.results(scanId).method();

        assertThat(method.anyImported()).isTrue();
        assertThat(method.importedResponses()).isEqualTo(20);
    }
}
