package nl.onderstroom.map.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.LiveCountService;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * From stored responses to what a person reads, with no fake in between: answers submitted with codes
 * (RespondentService) and imported (ScanService.importAnswers, the import path), stored on MariaDB, read through
 * JdbcScanTallies, shown by the REST API (map JSON, GraphML, matrix CSV) and the screens (map, matrix, themes).
 * Lab has k - 1 = 4 respondents. Two scans differ only in Lab's answers: nothing a user can read may differ.
 */
@IntegrationTest
class SmallGroupEndToEndIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    LiveCountService liveCounts;
    @Autowired
    RespondentService respondents;
    @Autowired
    MapService maps;
    @Autowired
    MockMvc mvc;

    long organisation;
    long sales;
    long operations;
    long ict;
    long lab;
    AccountSummary advisor;

    @AfterEach
    void tearDown() {
        KaribuSpring.stop();
    }

    private void organisation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            organisation = organisations.create("E2E " + suffix).id();
            sales = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 10)).id();
            operations = organisations.addDepartment(organisation, new DepartmentDraft("Operatie", null, 10)).id();
            ict = organisations.addDepartment(organisation, new DepartmentDraft("ICT", null, 12)).id();
            lab = organisations.addDepartment(organisation, new DepartmentDraft("Lab", null, 5)).id();
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
    }

    private static SurveyAnswers answers(long from, long to, int rating, int theme) {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(from);
        a.setInnerFlow(rating);
        SurveyAnswers.ConnectionAnswer c = new SurveyAnswers.ConnectionAnswer(to);
        c.setFrequency(Frequency.WEEKLY);
        c.setImportance(rating);
        c.setFlow(rating);
        c.setStop(rating < 3 ? Stop.THEIRS : Stop.NONE);
        a.getConnections().add(c);
        a.getThemes().put("trust", theme);
        a.getThemes().put("workload", theme);
        a.getRatings().put("identity.identity", rating);
        return a;
    }

    private static SurveyAnswers director() {
        SurveyAnswers a = new SurveyAnswers();
        a.getRatings().put("identity.identity", 5);
        a.getRatings().put("identity.integrity", 5);
        return a;
    }

    /**
     * One scan: 8 of Verkoop, 4 of Lab, 7 of Operatie, 6 of ICT and 3 directors. A scan takes answers either online
     * or by import, never both (padding, docs/decisions/padding-and-audit-log.md): {@code online} answers them all
     * with codes, else all are imported. The two scans the test compares come one by each path.
     */
    private long scan(int labRating, int labTheme, boolean online) {
        TestUsers.loginAs(users, advisor);
        long scanId = scans.create(organisation, "E2E " + labRating).id();
        Map<Long, Integer> staff = new LinkedHashMap<>();
        staff.put(sales, 8);
        staff.put(lab, 4);
        staff.put(operations, 7);
        staff.put(ict, 6);
        Map<Long, List<String>> codes = new LinkedHashMap<>();
        List<String> directorCodes = List.of();
        if (online) {
            staff.forEach((department, n) -> codes.put(department, invitations.issueCodes(scanId, department, n, false).codes()));
            directorCodes = invitations.issueCodes(scanId, null, 3, true).codes();
        }
        scans.open(scanId);
        List<SurveyAnswers> all = new ArrayList<>();
        staff.forEach((department, n) -> {
            for (int i = 0; i < n; i++) {
                all.add(department == lab ? answers(lab, sales, labRating, labTheme)
                        : department == sales ? answers(sales, operations, 4, 3) : answers(department, sales, 4, 3));
            }
        });
        if (online) {
            TestUsers.logout();
            Map<Long, Integer> next = new java.util.HashMap<>();
            for (SurveyAnswers a : all) {
                long department = a.getDepartmentId();
                int i = next.merge(department, 1, Integer::sum) - 1;
                respondents.submit(respondents.enter(codes.get(department).get(i), "s" + scanId + department + i,
                        "10." + (department % 200) + "." + i + ".1"), a);
            }
            for (int i = 0; i < directorCodes.size(); i++) {
                respondents.submit(respondents.enter(directorCodes.get(i), "d" + scanId + i, "10.7." + i + ".1"),
                        director());
            }
        } else {
            scans.importAnswers(scanId, all, false);
            scans.importAnswers(scanId, List.of(director(), director(), director()), true);
            TestUsers.logout();
        }
        TestUsers.loginAs(users, advisor);
        LiveCountService.ResponseCounts counts = liveCounts.responseCounts(scanId);
        assertThat(counts.total()).as("staff only: the 3 directors change no total").isEqualTo(25);
        scans.close(scanId);
        scans.publish(scanId);
        assertThat(liveCounts.responseCounts(scanId).total()).isEqualTo(maps.map(scanId).metrics().totalRespondents());
        TestUsers.logout();
        return scanId;
    }

    private String api(long scanId, String file) throws Exception {
        return mvc.perform(get("/api/v1/scans/" + scanId + "/" + file).with(httpBasic(advisor.email(), TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void four_respondents_of_a_department_leave_no_figure_in_any_output_and_their_answers_change_nothing() throws Exception {
        organisation();
        long low = scan(1, 0, true);
        long high = scan(5, 4, true);
        long importedLow = scan(1, 0, false);
        long importedHigh = scan(5, 4, false);

        // the API: the same bytes whatever Lab answered, answered online and imported alike
        for (String file : List.of("map", "map.graphml", "matrix.csv")) {
            assertThat(api(low, file)).as(file).isEqualTo(api(high, file));
            assertThat(api(importedLow, file)).as(file + ", imported").isEqualTo(api(importedHigh, file));
        }
        JsonNode map = new ObjectMapper().readTree(api(low, "map"));
        for (JsonNode node : map.get("nodes")) {
            if (node.get("id").asLong() == lab) {
                assertThat(node.get("suppressed").asBoolean()).isTrue();
                assertThat(node.has("respondents") || node.has("cohesion")).isFalse();
            }
            if (node.get("id").asLong() == ict) {
                assertThat(node.get("countHidden").asBoolean()).as("ICT's 6 protects Lab's 4").isTrue();
                assertThat(node.get("cohesion").asDouble()).as("ICT keeps its figures").isEqualTo(4.0);
            }
        }
        for (JsonNode edge : map.get("edges")) {
            assertThat(edge.get("source").asLong()).as("Lab rated Verkoop: not listed").isNotEqualTo(lab);
        }
        assertThat(map.get("metrics").get("totalRespondents").asInt()).isEqualTo(25);
        assertThat(api(low, "map.graphml")).contains("source=\"d" + ict + "\"").doesNotContain("source=\"d" + lab + "\"");

        // the service: organisation-wide means pool no hidden count
        TestUsers.loginAs(users, advisor);
        OrganisationMap computed = maps.map(low);
        assertThat(computed.metrics().organisationThemeMeans()).containsEntry("trust", 3.0).containsEntry("workload", 3.0);
        assertThat(maps.identity(low).rows().get(0).perceived()).isEqualTo(4.0);
        assertThat(maps.identity(low).rows().get(0).intended()).as("3 directors < k").isNull();
        assertThat(maps.identity(high).rows().get(0).perceived()).isEqualTo(4.0);
        TestUsers.logout();

        // the screens
        for (long scanId : List.of(low, high)) {
            KaribuSpring.signInAndStart(context, users, advisor);
            UI.getCurrent().navigate("scans/" + scanId + "/themes");
            assertThat(_get(NativeTableCell.class, s -> s.withId("theme-" + lab + "-trust")).getElement().getTextRecursively())
                    .as("the hidden mark, and the words a screen reader hears").startsWith("×");
            assertThat(_get(NativeTableCell.class, s -> s.withId("theme-all-trust")).getText()).isIn("3.0", "3,0");

            UI.getCurrent().navigate("scans/" + scanId + "/matrix");
            NativeTableCell labRow = _get(NativeTableCell.class, s -> s.withId("cell-" + lab + "-" + sales));
            NativeTableCell unrated = _get(NativeTableCell.class, s -> s.withId("cell-" + sales + "-" + ict));
            // a hidden connection reads exactly as one nobody rated: the same mark, the same words, the same classes
            assertThat(labRow.getElement().getTextRecursively()).isEqualTo(unrated.getElement().getTextRecursively()).isNotEmpty();
            assertThat(labRow.getClassNames()).isEqualTo(unrated.getClassNames());

            UI.getCurrent().navigate("scans/" + scanId + "/map");
            assertThat(_find(Button.class, s -> s.withId("connection-" + lab + "-" + sales))).isEmpty();
            _click(_get(Button.class, s -> s.withId("department-" + lab)));
            Div panel = _get(Div.class, s -> s.withId("map-panel"));
            assertThat(_find(panel, Div.class, s -> s.withId("figure-respondents"))).isEmpty();
            assertThat(_find(panel, Div.class, s -> s.withId("figure-cohesion"))).isEmpty();

            _click(_get(Button.class, s -> s.withId("department-" + ict)));
            panel = _get(Div.class, s -> s.withId("map-panel"));
            assertThat(_find(panel, Div.class, s -> s.withId("figure-cohesion"))).hasSize(1);
            assertThat(_get(panel, Paragraph.class, s -> s.withId("panel-count-hidden")).getText())
                    .contains("5").doesNotContain("6");
            KaribuSpring.stop();
        }
    }
}
