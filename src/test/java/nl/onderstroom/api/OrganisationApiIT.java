package nl.onderstroom.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.IntegrationTest;
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
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API as a script uses it: HTTP Basic or a Bearer token, tenant isolation, problem details. */
@IntegrationTest
class OrganisationApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    UserDetailsService users;

    long ours;
    long theirs;
    AccountSummary advisor;
    AccountSummary director;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        SystemSession.run(() -> {
            ours = organisations.create("Api ours " + suffix).id();
            theirs = organisations.create("Api theirs " + suffix).id();
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(ours));
        director = TestUsers.create(accounts, Role.DIRECTOR, ours, Set.of());
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    private static String basic(AccountSummary account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.email() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void without_credentials_the_answer_is_a_401_problem_detail() throws Exception {
        mvc.perform(get("/api/v1/organisations"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    @Test
    void a_wrong_bearer_token_is_refused() throws Exception {
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer ost_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_advisor_lists_only_their_organisations_with_basic_auth() throws Exception {
        mvc.perform(get("/api/v1/organisations").header("Authorization", basic(advisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) ours)))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) theirs))));
    }

    @Test
    void another_tenants_organisation_is_a_404_problem_in_the_language_asked_for() throws Exception {
        mvc.perform(get("/api/v1/organisations/" + theirs).header("Authorization", basic(advisor)).header("Accept-Language", "nl"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("bestaat niet")));
    }

    @Test
    void a_director_may_not_use_the_api() throws Exception {
        mvc.perform(get("/api/v1/organisations").header("Authorization", basic(director)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void a_personal_token_creates_an_organisation_and_departments_and_reads_them_back() throws Exception {
        TestUsers.loginAs(users, advisor);
        String token = accounts.createApiToken("script").token();
        TestUsers.logout();
        String bearer = "Bearer " + token;
        String body = mvc.perform(post("/api/v1/organisations").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Via API " + UUID.randomUUID() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/organisations/")))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(post("/api/v1/organisations/" + id + "/departments").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Zorg\",\"headcount\":12}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Zorg"));
        mvc.perform(post("/api/v1/organisations/" + id + "/departments.csv").header("Authorization", bearer)
                        .contentType("text/csv").content("name;parent;headcount\nWijkteam Noord;Zorg;7\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        mvc.perform(get("/api/v1/organisations/" + id + "/departments.csv").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("Wijkteam Noord;Zorg;7")));
    }

    @Test
    void a_bad_csv_is_a_422_listing_every_problem_with_its_line_and_changes_nothing() throws Exception {
        String csv = "name;parent;headcount\nA;;x\nB;Nowhere;1\n;;3\n";
        mvc.perform(post("/api/v1/organisations/" + ours + "/departments.csv").header("Authorization", basic(advisor))
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].line", hasItem(2)))
                .andExpect(jsonPath("$.errors[*].line", hasItem(4)));
        mvc.perform(get("/api/v1/organisations/" + ours + "/departments").header("Authorization", basic(advisor)))
                .andExpect(status().isOk()).andExpect(content().json("[]"));
    }

    @Test
    void a_duplicate_department_is_a_422_with_a_translated_detail() throws Exception {
        String json = "{\"name\":\"Dubbel\",\"headcount\":1}";
        mvc.perform(post("/api/v1/organisations/" + ours + "/departments").header("Authorization", basic(advisor))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/organisations/" + ours + "/departments").header("Authorization", basic(advisor))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("organisation.error.departmentNameTaken"))
                .andExpect(jsonPath("$.detail").value(containsString("Dubbel")));
    }
}
