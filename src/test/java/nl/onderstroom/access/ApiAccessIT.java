package nl.onderstroom.access;

import static nl.onderstroom.access.AccessFixture.Who.ANONYMOUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.access.AccessFixture.Who;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api/v1} mapping, as found in the running application, called as every role: 401 without a login,
 * 403 for directors (the API is for advisors and administrators), 404 for another tenant's organisation or scan,
 * and past the gate (a 2xx, or 400/409/422 for the deliberately refused input that keeps the fixture unchanged)
 * for those it is for. A mapping without a row here fails the test, so a new endpoint cannot ship without a rule.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessIT {

    enum Outcome { ALLOWED, UNAUTHENTICATED, DENIED, NOT_FOUND }

    private record Rule(MockHttpServletRequestBuilder request, Map<Who, Outcome> expected) {
    }

    private static Map<Who, Outcome> profile(Outcome... byWho) {
        Map<Who, Outcome> m = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            m.put(who, byWho[who.ordinal()]);
        }
        return m;
    }

    private static final Outcome U = Outcome.UNAUTHENTICATED;
    private static final Outcome OK = Outcome.ALLOWED;
    private static final Outcome D = Outcome.DENIED;
    private static final Outcome NF = Outcome.NOT_FOUND;

    //                                        ANONYMOUS DIRECTOR OTHER_DIR UNASSIGNED ADVISOR ADMIN
    static final Map<Who, Outcome> ADVISOR_WORK = profile(U, D, D, NF, OK, OK);
    static final Map<Who, Outcome> ANY_ADVISOR = profile(U, D, D, OK, OK, OK);
    static final Map<Who, Outcome> ADMIN_ONLY = profile(U, D, D, D, D, OK);

    /** Controllers of the test sources, not of the application (ApiErrorsIT's deliberately failing endpoint). */
    private static final Set<String> TEST_ONLY = Set.of("FailingTestApi");

    /**
     * Erasure cannot run against the shared fixture (an allowed caller would erase it); RetentionIT calls both as
     * another organisation's advisor (404), a director (403) and an advisor erasing a whole organisation (403).
     */
    private static final Set<String> DESTRUCTIVE = Set.of("DELETE /api/v1/scans/{id}", "DELETE /api/v1/organisations/{id}");

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accountService;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    AccessFixture f;
    MockMvc mvc;

    @BeforeAll
    void fixture() {
        f = AccessFixture.create(organisations, scans, invitations, accountService);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static MockHttpServletRequestBuilder call(HttpMethod method, String path, Object... vars) {
        return request(method, path, vars);
    }

    private MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder withCsv(MockHttpServletRequestBuilder request) {
        return request.contentType("text/csv").content("no;valid\nheader".getBytes(StandardCharsets.UTF_8));
    }

    /** The rules by "METHOD pattern", as RequestMappingHandlerMapping names them. */
    private Map<String, Rule> rules() throws Exception {
        HttpMethod GET = HttpMethod.GET;
        HttpMethod POST = HttpMethod.POST;
        HttpMethod PUT = HttpMethod.PUT;
        HttpMethod DELETE = HttpMethod.DELETE;
        String blankDepartment = "{\"name\":\" \",\"headcount\":1}";
        Map<String, Rule> r = new LinkedHashMap<>();
        r.put("GET /api/v1/organisations", new Rule(call(GET, "/api/v1/organisations"), ANY_ADVISOR));
        r.put("POST /api/v1/organisations",
                new Rule(withJson(call(POST, "/api/v1/organisations"), "{\"name\":\" \"}"), ANY_ADVISOR));
        r.put("GET /api/v1/organisations/{id}", new Rule(call(GET, "/api/v1/organisations/{id}", f.ours), ADVISOR_WORK));
        r.put("GET /api/v1/organisations/{id}/retention",
                new Rule(call(GET, "/api/v1/organisations/{id}/retention", f.ours), ADVISOR_WORK));
        r.put("PUT /api/v1/organisations/{id}/retention", new Rule(withJson(
                call(PUT, "/api/v1/organisations/{id}/retention", f.ours), "{\"months\":0}"), ADVISOR_WORK));
        r.put("GET /api/v1/organisations/{id}/departments",
                new Rule(call(GET, "/api/v1/organisations/{id}/departments", f.ours), ADVISOR_WORK));
        r.put("POST /api/v1/organisations/{id}/departments", new Rule(withJson(
                call(POST, "/api/v1/organisations/{id}/departments", f.ours), blankDepartment), ADVISOR_WORK));
        r.put("PUT /api/v1/organisations/{id}/departments/{departmentId}", new Rule(withJson(
                call(PUT, "/api/v1/organisations/{id}/departments/{d}", f.ours, f.sales), blankDepartment), ADVISOR_WORK));
        r.put("DELETE /api/v1/organisations/{id}/departments/{departmentId}",
                new Rule(call(DELETE, "/api/v1/organisations/{id}/departments/{d}", f.ours, f.guarded), ADVISOR_WORK));
        r.put("GET /api/v1/organisations/{id}/departments.csv",
                new Rule(call(GET, "/api/v1/organisations/{id}/departments.csv", f.ours), ADVISOR_WORK));
        r.put("POST /api/v1/organisations/{id}/departments.csv",
                new Rule(withCsv(call(POST, "/api/v1/organisations/{id}/departments.csv", f.ours)), ADVISOR_WORK));
        r.put("GET /api/v1/organisations/{organisationId}/scans",
                new Rule(call(GET, "/api/v1/organisations/{id}/scans", f.ours), ADVISOR_WORK));
        r.put("POST /api/v1/organisations/{organisationId}/scans", new Rule(withJson(
                call(POST, "/api/v1/organisations/{id}/scans", f.ours), "{\"name\":\" \"}"), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}", new Rule(call(GET, "/api/v1/scans/{id}", f.published), ADVISOR_WORK));
        r.put("PUT /api/v1/scans/{id}", new Rule(withJson(call(PUT, "/api/v1/scans/{id}", f.draft),
                "{\"name\":\" \",\"threshold\":5}"), ADVISOR_WORK));
        r.put("POST /api/v1/scans/{id}/open", new Rule(call(POST, "/api/v1/scans/{id}/open", f.published), ADVISOR_WORK));
        r.put("POST /api/v1/scans/{id}/close", new Rule(call(POST, "/api/v1/scans/{id}/close", f.published), ADVISOR_WORK));
        r.put("POST /api/v1/scans/{id}/publish", new Rule(call(POST, "/api/v1/scans/{id}/publish", f.draft), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/questions",
                new Rule(call(GET, "/api/v1/scans/{id}/questions", f.draft), ADVISOR_WORK));
        r.put("PUT /api/v1/scans/{id}/questions", new Rule(withJson(call(PUT, "/api/v1/scans/{id}/questions", f.published),
                json.writeValueAsString(QuestionSet.defaults())), ADVISOR_WORK));
        r.put("POST /api/v1/scans/{id}/codes", new Rule(withJson(call(POST, "/api/v1/scans/{id}/codes", f.published),
                "{\"departmentId\":" + f.sales + ",\"count\":1}"), ADVISOR_WORK));
        r.put("POST /api/v1/scans/{id}/open-links", new Rule(withJson(call(POST, "/api/v1/scans/{id}/open-links",
                f.published), "{\"departmentId\":" + f.sales + ",\"cap\":1}"), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/counts", new Rule(call(GET, "/api/v1/scans/{id}/counts", f.open), ADVISOR_WORK));
        r.put("POST /api/v1/scans/{id}/responses/import",
                new Rule(withCsv(call(POST, "/api/v1/scans/{id}/responses/import", f.published)), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/map", new Rule(call(GET, "/api/v1/scans/{id}/map", f.closed), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/map.graphml",
                new Rule(call(GET, "/api/v1/scans/{id}/map.graphml", f.published), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/matrix.csv",
                new Rule(call(GET, "/api/v1/scans/{id}/matrix.csv", f.published), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/questions/results",
                new Rule(call(GET, "/api/v1/scans/{id}/questions/results", f.published), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/suggested-findings",
                new Rule(call(GET, "/api/v1/scans/{id}/suggested-findings", f.published), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/findings",
                new Rule(call(GET, "/api/v1/scans/{id}/findings", f.closed), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/report.pdf",
                new Rule(call(GET, "/api/v1/scans/{id}/report.pdf", f.published), ADVISOR_WORK));
        r.put("GET /api/v1/scans/{id}/map.png", new Rule(call(GET, "/api/v1/scans/{id}/map.png", f.published), ADVISOR_WORK));
        // the works-council sheet is for sharing before a scan opens: a draft serves it
        r.put("GET /api/v1/scans/{id}/works-council-sheet.pdf",
                new Rule(call(GET, "/api/v1/scans/{id}/works-council-sheet.pdf", f.draft), ADVISOR_WORK));
        r.put("GET /api/v1/audit", new Rule(call(GET, "/api/v1/audit"), ADMIN_ONLY));
        return r;
    }

    /** Every "METHOD pattern" the application serves under /api/v1 (a mapping without methods counts as GET). */
    private Set<String> servedEndpoints() {
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (TEST_ONLY.contains(mapping.getValue().getBeanType().getSimpleName())) {
                continue;
            }
            RequestMappingInfo info = mapping.getKey();
            Set<String> patterns = info.getPatternValues();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : patterns) {
                if (pattern.startsWith("/api/v1/") || pattern.equals("/api/v1")) {
                    methods.forEach(m -> served.add(m + " " + pattern));
                }
            }
        }
        return served;
    }

    private Outcome outcome(MockHttpServletRequestBuilder request, Who who) throws Exception {
        if (who != ANONYMOUS) {
            UserDetails details = users.loadUserByUsername(f.accounts.get(who).email());
            request = request.with(authentication(
                    UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        return switch (status) {
            case 401 -> Outcome.UNAUTHENTICATED;
            case 403 -> Outcome.DENIED;
            case 404 -> Outcome.NOT_FOUND;
            case 400, 409, 422 -> Outcome.ALLOWED;
            default -> {
                if (status >= 200 && status < 300) {
                    yield Outcome.ALLOWED;
                }
                throw new AssertionError("status " + status + " for " + request);
            }
        };
    }

    @Test
    void every_api_endpoint_has_a_rule() throws Exception {
        Set<String> served = servedEndpoints();
        assertThat(served).as("the mappings were found").contains("GET /api/v1/scans/{id}");
        Set<String> checked = new java.util.TreeSet<>(served);
        checked.removeAll(DESTRUCTIVE);
        assertThat(served).as("the erasure endpoints are still there").containsAll(DESTRUCTIVE);
        assertThat(rules().keySet()).containsExactlyInAnyOrderElementsOf(checked);
    }

    @Test
    void every_api_endpoint_answers_every_role_by_its_rule() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            // fresh requests for every caller: a request builder keeps what was added to it
            for (Map.Entry<String, Rule> rule : rules().entrySet()) {
                Outcome got = outcome(rule.getValue().request(), who);
                if (got != rule.getValue().expected().get(who)) {
                    wrong.add(rule.getKey() + " as " + who + ": " + got + ", expected " + rule.getValue().expected().get(who));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
