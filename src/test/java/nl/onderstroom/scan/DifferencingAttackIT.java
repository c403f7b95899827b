package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.Translations;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ResultsNotYet;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The advisor's differencing attack: read the results of an open scan, let one person answer, read them again, and
 * take that person's answers from the difference. Every results path refuses while the scan collects.
 */
@IntegrationTest
class DifferencingAttackIT {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
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
    WebApplicationContext context;
    @Autowired
    Clock clock;

    ScanFixture f;
    long scanId;
    List<String> codes;
    LocalDate closesOn;

    @BeforeEach
    void anOpenScanWithFiveAnswersInSales() {
        f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        scanId = scans.create(f.ours, "Differencing").id();
        closesOn = LocalDate.now(clock).plusDays(14);
        scans.update(scanId, new ScanService.ScanSettings("Differencing", 5, null, null, closesOn));
        codes = invitations.issueCodes(scanId, f.dept("Verkoop"), 6, false).codes();
        scans.open(scanId);
        TestUsers.logout();
        for (int i = 0; i < 5; i++) {
            answer(codes.get(i), 2);
        }
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private void answer(String code, int flow) {
        RespondentService.Ticket ticket = respondents.enter(code, "diff-" + code, "10.0.0.9");
        SurveyAnswers a = f.answers("Verkoop", "Operatie", null);
        a.getConnections().get(0).setFlow(flow);
        assertThat(respondents.submit(ticket, a)).isEqualTo(RespondentService.Outcome.SUBMITTED);
    }

    /** Every way to results an advisor has, in the service. */
    private void everyResultsPathRefuses() {
        List<Consumer<MapService>> paths = List.of(
                m -> m.results(scanId),
                m -> m.map(scanId),
                m -> m.export(scanId),
                m -> m.identity(scanId),
                m -> m.connectionStories(scanId, f.dept("Verkoop"), f.dept("Operatie")),
                m -> m.departmentStories(scanId, f.dept("Verkoop")),
                m -> m.earlierScans(scanId));
        for (Consumer<MapService> path : paths) {
            assertThatThrownBy(() -> path.accept(maps)).isInstanceOf(ResultsNotYet.class)
                    .satisfies(e -> assertThat(((ResultsNotYet) e).closesOn()).isEqualTo(closesOn));
        }
    }

    @Test
    void reading_before_and_after_one_answer_gives_the_advisor_nothing_to_subtract() {
        TestUsers.loginAs(users, f.advisor);
        everyResultsPathRefuses();
        TestUsers.logout();

        answer(codes.get(5), 5);

        TestUsers.loginAs(users, f.advisor);
        everyResultsPathRefuses();
        // the other departments answer too, so that complementary suppression leaves Sales visible once closed
        for (String other : new String[] {"Operatie", "ICT", "Klantenservice"}) {
            List<String> more = invitations.issueCodes(scanId, f.dept(other), 5, false).codes();
            TestUsers.logout();
            for (String code : more) {
                RespondentService.Ticket ticket = respondents.enter(code, "diff-" + code, "10.0.0.9");
                respondents.submit(ticket, f.answers(other, "Verkoop", null));
            }
            TestUsers.loginAs(users, f.advisor);
            everyResultsPathRefuses();
        }
        scans.close(scanId);
        MapNode sales = maps.results(scanId).map().node(f.dept("Verkoop")).orElseThrow();
        assertThat(sales.suppressed()).isFalse();
        assertThat(sales.figures().respondents()).isEqualTo(6);
    }

    @Test
    void a_closed_scan_is_not_compared_with_a_wave_that_still_collects() {
        TestUsers.loginAs(users, f.advisor);
        long closed = scans.create(f.ours, "Earlier, closed").id();
        scans.open(closed);
        scans.close(closed);
        // the open scan is newer; from the closed one, it is not offered and cannot be compared
        assertThat(maps.earlierScans(closed)).extracting(s -> s.id()).doesNotContain(scanId);
        assertThatThrownBy(() -> maps.compare(closed, scanId)).isInstanceOf(ResultsNotYet.class);
    }

    @Test
    void the_api_answers_409_with_the_closing_date_in_the_callers_language() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String auth = basic(f.advisor);
        String month = closesOn.getMonth().getDisplayName(TextStyle.FULL, Translations.DUTCH);
        for (String path : new String[] {"/map", "/map.graphml", "/matrix.csv"}) {
            mvc.perform(get("/api/v1/scans/" + scanId + path).header("Authorization", auth).header("Accept-Language", "nl"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value(ResultsNotYet.KEY_WITH_DATE))
                    .andExpect(jsonPath("$.closesOn").value(closesOn.toString()))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("sluit op"),
                            org.hamcrest.Matchers.containsString(closesOn.getDayOfMonth() + " " + month))));
        }
        mvc.perform(get("/api/v1/scans/" + scanId + "/map").header("Authorization", auth).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("closes on")));
    }

    private static String basic(AccountSummary account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.email() + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
