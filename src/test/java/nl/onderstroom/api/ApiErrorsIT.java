package nl.onderstroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Every API error is a problem document: unknown paths, unexpected failures (too large bodies: RequestLimitsIT). */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ObjectMapper json;

    AccountSummary advisor;

    @BeforeEach
    void advisor() {
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
    }

    private JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return json.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void an_unknown_path_is_a_404_problem_not_the_html_page() throws Exception {
        for (String path : new String[] {"/api/v1/nothing-here", "/api/v2/organisations", "/api/v1/organisations/1/nope/2"}) {
            var response = mvc.perform(get(path).with(httpBasic(advisor.email(), TestUsers.PASSWORD))
                    .header("Accept-Language", "nl")).andReturn().getResponse();
            JsonNode body = problem(response, 404);
            assertThat(body.get("code").asText()).isEqualTo("base.error.notFound");
            assertThat(body.get("detail").asText()).startsWith("Dit bestaat niet");
        }
    }

    @Test
    void an_unexpected_failure_is_a_500_problem_that_tells_nothing_of_the_input(CapturedOutput output) throws Exception {
        var response = mvc.perform(get("/api/v1/test/failure").with(httpBasic(advisor.email(), TestUsers.PASSWORD)))
                .andReturn().getResponse();
        JsonNode body = problem(response, 500);
        assertThat(body.get("code").asText()).isEqualTo("api.error.unexpected");
        assertThat(response.getContentAsString()).doesNotContain(FailingTestApi.SECRET);
        assertThat(output.getAll()).contains("Unexpected error in the API").doesNotContain(FailingTestApi.SECRET);
    }

    @Test
    void an_anonymous_unknown_path_is_a_401_problem() throws Exception {
        problem(mvc.perform(get("/api/v1/nothing-here")).andReturn().getResponse(), 401);
    }
}
