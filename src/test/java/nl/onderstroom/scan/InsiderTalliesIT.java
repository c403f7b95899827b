package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.SystemSession;
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
 * The insider who skips the results screens: an advisor (or an administrator, or any code in the portal that is
 * handed the {@link ScanTallies} bean) reads the raw tallies of a scan that still collects, before and after one known
 * person answers, and subtracts. Every per-response figure, every unsuppressed count and every text is refused until
 * the scan closes; only the live counts under rule 4 say anything, and an open link's counter is one of them.
 */
@IntegrationTest
class InsiderTalliesIT {

    private static final String STORY = "Het overleg met Operatie stokt op dinsdag bij de planning";

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    LiveCountService liveCounts;
    @Autowired
    ResponseImport imports;
    @Autowired
    RespondentService respondents;
    @Autowired
    ScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    WebApplicationContext context;

    ScanFixture f;
    long scanId;
    List<String> codes;
    InvitationService.IssuedOpenLink link;

    @BeforeEach
    void anOpenScanWithThreeAnswersInSalesAndAnOpenLinkForIct() {
        f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        scanId = scans.create(f.ours, "Insider").id();
        codes = invitations.issueCodes(scanId, f.dept("Verkoop"), 4, false).codes();
        invitations.issueCodes(scanId, null, 1, true);
        link = invitations.createOpenLink(scanId, f.dept("ICT"), 20);
        scans.open(scanId);
        TestUsers.logout();
        for (int i = 0; i < 3; i++) {
            submit(codes.get(i), f.answers("Verkoop", "Operatie", STORY + " " + i));
        }
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private void submit(String code, SurveyAnswers answers) {
        RespondentService.Ticket ticket = respondents.enter(code, "insider-" + code, "10.7.0.1");
        assertThat(respondents.submit(ticket, answers)).isEqualTo(RespondentService.Outcome.SUBMITTED);
    }

    /** Every way to a scan's answers the tallies offer, by name. */
    private Map<String, Supplier<Object>> answerReads() {
        Map<String, Supplier<Object>> reads = new LinkedHashMap<>();
        reads.put("connections", () -> tallies.connections(scanId));
        reads.put("departments", () -> tallies.departments(scanId));
        reads.put("intendedIdentity", () -> tallies.intendedIdentity(scanId));
        for (ScanTallies.TextKind kind : ScanTallies.TextKind.values()) {
            reads.put("texts " + kind, () -> tallies.texts(scanId, kind));
        }
        reads.put("ownAnswers", () -> tallies.ownAnswers(scanId));
        reads.put("ownTexts", () -> tallies.ownTexts(scanId));
        return reads;
    }

    /** What of the answers each read still gives; empty when every read is refused. */
    private List<String> whatTheTalliesGive() {
        List<String> given = new ArrayList<>();
        answerReads().forEach((name, read) -> {
            try {
                given.add(name + " = " + read.get());
            } catch (NotFound refused) {
                // as for a scan that does not exist
            }
        });
        return given;
    }

    @Test
    void neither_advisor_nor_administrator_reads_an_open_scans_tallies_before_or_after_one_answer() {
        TestUsers.loginAs(users, f.advisor);
        assertThat(whatTheTalliesGive()).isEmpty();
        assertThat(SystemSession.call(this::whatTheTalliesGive)).isEmpty();
        // what stays readable says nothing about an answer
        assertThat(tallies.scan(scanId).status()).isEqualTo(ScanStatus.OPEN);
        assertThat(tallies.provenance(scanId).imported()).isZero();
        TestUsers.logout();

        submit(codes.get(3), f.answers("Verkoop", "Operatie", STORY + " known"));

        TestUsers.loginAs(users, f.advisor);
        assertThat(whatTheTalliesGive()).isEmpty();
        assertThat(SystemSession.call(this::whatTheTalliesGive)).isEmpty();

        // once closed, the same reads give the answers (to the map feature, which suppresses them)
        scans.close(scanId);
        assertThat(whatTheTalliesGive()).hasSize(answerReads().size());
        assertThat(tallies.connections(scanId)).singleElement()
                .satisfies(c -> assertThat(c.respondents()).isEqualTo(4));
        assertThat(tallies.texts(scanId, ScanTallies.TextKind.CONNECTION_STORY)).hasSize(4);
    }

    @Test
    void a_draft_scan_with_imported_answers_shows_none_of_them_either() {
        TestUsers.loginAs(users, f.advisor);
        long imported = scans.create(f.ours, "Imported").id();
        String csv = "respondent,department,target,frequency,importance,flow,stops,themes,story\n"
                + "r1,Verkoop,Operatie,WEEKLY,4,2,THEIRS,trust," + STORY + "\n";
        assertThat(imports.importResponses(imported, csv.getBytes(StandardCharsets.UTF_8)).ok()).isTrue();
        assertThatThrownBy(() -> tallies.connections(imported)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tallies.texts(imported, ScanTallies.TextKind.CONNECTION_STORY))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void an_open_links_counter_is_a_live_count_hidden_below_k() {
        TestUsers.loginAs(users, f.advisor);
        assertThat(invitations.openLinks(scanId)).singleElement().satisfies(l -> assertThat(l.responses()).isNull());
        TestUsers.logout();
        for (int i = 0; i < 4; i++) {
            RespondentService.Ticket ticket = respondents.enter(link.token(), "link-" + i, "10.7.1." + i);
            assertThat(respondents.submit(ticket, f.answers("ICT", "Verkoop", null)))
                    .isEqualTo(RespondentService.Outcome.SUBMITTED);
            TestUsers.loginAs(users, f.advisor);
            assertThat(invitations.openLinks(scanId)).as("after %d answers through the link", i + 1).singleElement()
                    .satisfies(l -> assertThat(l.responses()).isNull());
            // and the department's live count does not give it either
            assertThat(liveCounts.responseCounts(scanId).departments()).filteredOn(d -> d.departmentId() == f.dept("ICT"))
                    .singleElement().satisfies(d -> assertThat(d.responses()).isNull());
            TestUsers.logout();
        }
        RespondentService.Ticket fifth = respondents.enter(link.token(), "link-5", "10.7.1.5");
        respondents.submit(fifth, f.answers("ICT", "Verkoop", null));
        TestUsers.loginAs(users, f.advisor);
        assertThat(invitations.openLinks(scanId)).singleElement().satisfies(l -> assertThat(l.responses()).isEqualTo(5));
    }

    @Test
    void no_api_path_gives_an_open_scans_answers() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String auth = basic(f.advisor);
        for (String path : new String[] {"/map", "/map.graphml", "/matrix.csv", "/questions/results"}) {
            mvc.perform(get("/api/v1/scans/" + scanId + path).header("Authorization", auth))
                    .andExpect(status().isConflict());
        }
        // the counts: Verkoop's 3 answers are below k, so neither the department nor the total is given
        String counts = mvc.perform(get("/api/v1/scans/" + scanId + "/counts").header("Authorization", auth))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(counts).doesNotContain("\"responses\":3").doesNotContain("\"total\":3").doesNotContain(STORY);
    }

    private static String basic(AccountSummary account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.email() + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
