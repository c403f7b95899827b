package nl.onderstroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.onderstroom.IntegrationTest;
import nl.onderstroom.findings.ActionDraft;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingDraft;
import nl.onderstroom.findings.FindingsFixture;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.findings.Part;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The findings API on MariaDB: the documented JSON, the reader's language, and who may call it. */
@IntegrationTest
class FindingsApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;
    @Autowired
    FindingEditService edits;
    @Autowired
    ActionsService actions;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    private String call(AccountSummary who, String path, String language, int expected) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language).with(httpBasic(who.email(), TestUsers.PASSWORD)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void suggested_findings_name_kind_text_departments_and_connections_by_id_in_the_language_asked_for() throws Exception {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, false);
        JsonNode en = json.readTree(call(f.advisor, "/api/v1/scans/" + f.scan + "/suggested-findings", "en", 200));
        JsonNode stop = first(en.get("suggestions"), "STOP");
        assertThat(stop.get("key").asText()).isEqualTo("STOP:" + f.sales + ">" + f.operations);
        assertThat(stop.get("text").asText()).startsWith("100% of Sales say collaboration with Operations stops");
        assertThat(stop.get("departments")).extracting(JsonNode::asLong).containsExactly(f.sales, f.operations);
        assertThat(stop.get("connections").get(0).get("from").asLong()).isEqualTo(f.sales);
        assertThat(stop.get("connections").get(0).get("to").asLong()).isEqualTo(f.operations);
        JsonNode nl = json.readTree(call(f.advisor, "/api/v1/scans/" + f.scan + "/suggested-findings?lang=nl", "en", 200));
        assertThat(nl.get("language").asText()).isEqualTo("nl");
        assertThat(first(nl.get("suggestions"), "ONE_SIDED").get("text").asText()).contains("4,0");
        List<Long> mentioned = new ArrayList<>();
        en.get("suggestions").forEach(s -> s.get("departments").forEach(d -> mentioned.add(d.asLong())));
        assertThat(mentioned).as("Archive has fewer than k respondents").doesNotContain(f.archive);
    }

    @Test
    void findings_come_in_order_with_their_parts_safe_html_and_actions_and_only_for_those_who_may_see_them()
            throws Exception {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, true);
        TestUsers.loginAs(users, f.advisor);
        long first = edits.create(f.scan, new FindingDraft("Orders wait", "**Stop** <script>x</script>",
                List.of(Part.connection(f.sales, f.operations), Part.department(f.sales), Part.theme("workload")),
                List.of())).id();
        edits.create(f.scan, new FindingDraft("Second", "", List.of(), List.of()));
        actions.create(first, new ActionDraft("Weekly meeting", f.director.id(), LocalDate.of(2000, 1, 3), null));
        TestUsers.logout();

        JsonNode body = json.readTree(call(f.advisor, "/api/v1/scans/" + f.scan + "/findings", "en", 200));
        JsonNode finding = body.get("findings").get(0);
        assertThat(body.get("findings")).extracting(n -> n.get("title").asText()).containsExactly("Orders wait", "Second");
        assertThat(finding.get("narrativeHtml").asText()).isEqualTo("<p><strong>Stop</strong> &lt;script&gt;x&lt;/script&gt;</p>");
        assertThat(finding.get("departments")).extracting(JsonNode::asLong).containsExactly(f.sales);
        assertThat(finding.get("connections").get(0).get("to").asLong()).isEqualTo(f.operations);
        assertThat(finding.get("themes")).extracting(JsonNode::asText).containsExactly("workload");
        JsonNode action = finding.get("actions").get(0);
        assertThat(action.get("what").asText()).isEqualTo("Weekly meeting");
        assertThat(action.get("ownerId").asLong()).isEqualTo(f.director.id());
        assertThat(action.get("status").asText()).isEqualTo("OPEN");
        assertThat(action.get("overdue").asBoolean()).isTrue();

        call(f.otherAdvisor, "/api/v1/scans/" + f.scan + "/findings", "en", 404);
        call(f.otherAdvisor, "/api/v1/scans/" + f.scan + "/suggested-findings", "en", 404);
        call(f.director, "/api/v1/scans/" + f.scan + "/findings", "en", 403);
        String problem = call(f.otherDirector, "/api/v1/scans/" + f.scan + "/findings", "nl", 403);
        assertThat(problem).doesNotContain("Orders wait");
    }

    private static JsonNode first(JsonNode list, String kind) {
        for (JsonNode n : list) {
            if (n.get("kind").asText().equals(kind)) {
                return n;
            }
        }
        throw new AssertionError("no " + kind + " in " + list);
    }

}
