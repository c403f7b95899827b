package nl.onderstroom.api;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A script runs a whole round through the REST API: create, codes, open, import, counts, close, publish. */
@IntegrationTest
class ScanApiIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    long ours;
    long theirs;
    long sales;
    AccountSummary advisor;
    AccountSummary other;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        SystemSession.run(() -> {
            ours = organisations.create("Api scan " + suffix).id();
            theirs = organisations.create("Api other " + suffix).id();
            sales = organisations.addDepartment(ours, new DepartmentDraft("Verkoop", null, 10)).id();
            organisations.addDepartment(ours, new DepartmentDraft("Operatie", null, 10));
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(ours));
        other = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(theirs));
    }

    private static String basic(AccountSummary account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.email() + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void a_script_runs_a_whole_round() throws Exception {
        String auth = basic(advisor);
        long scan = body(mvc.perform(post("/api/v1/organisations/" + ours + "/scans").header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Api 2026\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))).get("id").asLong();
        mvc.perform(put("/api/v1/scans/" + scan).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"threshold\":6}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.threshold").value(6)).andExpect(jsonPath("$.storyThreshold").value(8));
        mvc.perform(post("/api/v1/scans/" + scan + "/codes?format=csv").header("Authorization", auth)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"departmentId\":" + sales + ",\"count\":3}"))
                .andExpect(status().isOk()).andExpect(content().string(startsWith("department,code,link\r\nVerkoop,")));

        String bad = "respondent,department,target,frequency,importance,flow,stops,themes,story\n"
                + "r1,Verkoop,Operatie,WEEKLY,4,7,THEIRS,,\n"
                + "r2,Verkoop,Operatie,OFTEN,4,2,THEIRS,nonsense,\n";
        mvc.perform(post("/api/v1/scans/" + scan + "/responses/import").header("Authorization", auth)
                        .header("Accept-Language", "en").contentType("text/csv").content(bad.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("scan.csv.failed"))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].code").value("scan.csv.ratingInvalid"))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[2].line").value(3));

        StringBuilder good = new StringBuilder("respondent,department,target,frequency,importance,flow,stops,themes,story\n");
        for (int i = 0; i < 6; i++) {
            good.append("r").append(i).append(",Verkoop,Operatie,WEEKLY,4,2,THEIRS,trust,\n");
            good.append("r").append(i).append(",Verkoop,Verkoop,DAILY,4,4,NONE,,\n");
        }
        mvc.perform(post("/api/v1/scans/" + scan + "/responses/import").header("Authorization", auth)
                        .contentType("text/csv").content(good.toString().getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.respondents").value(6)).andExpect(jsonPath("$.connections").value(12));

        mvc.perform(post("/api/v1/scans/" + scan + "/open").header("Authorization", auth))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(get("/api/v1/scans/" + scan + "/counts").header("Authorization", auth))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(6))
                .andExpect(jsonPath("$.departments[?(@.name=='Verkoop')].responses").value(6))
                .andExpect(jsonPath("$.departments[?(@.name=='Operatie')].responses").value(org.hamcrest.Matchers.contains((Object) null)));
        mvc.perform(post("/api/v1/scans/" + scan + "/close").header("Authorization", auth))
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/v1/scans/" + scan + "/publish").header("Authorization", auth))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/scans/" + scan).header("Authorization", auth))
                .andExpect(jsonPath("$.publishedAt").isNotEmpty());

        // another organisation's advisor learns nothing
        for (String path : new String[] {"/api/v1/scans/" + scan, "/api/v1/scans/" + scan + "/counts",
                "/api/v1/scans/" + scan + "/questions"}) {
            mvc.perform(get(path).header("Authorization", basic(other))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/api/v1/scans/" + scan + "/close").header("Authorization", basic(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/scans/" + scan)).andExpect(status().isUnauthorized());
    }
}
