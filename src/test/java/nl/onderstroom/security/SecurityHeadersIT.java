package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import nl.onderstroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Response headers of the API, and the sign-in form's CSRF token (MockMvc, the real filter chains); pages: SessionCookieIT. */
@IntegrationTest
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    @Test
    void the_api_sends_hsts_only_over_https() throws Exception {
        assertThat(mvc.perform(get("/api/v1/organisations")).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isNull();
        assertThat(mvc.perform(get("/api/v1/organisations").secure(true)).andReturn().getResponse()
                .getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void the_api_sends_referrer_policy_and_a_deny_all_policy_also_on_errors() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/api/v1/organisations")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(anonymous.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.API_CONTENT_SECURITY_POLICY);
        assertThat(anonymous.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void the_sign_in_form_refuses_a_post_without_the_csrf_token() throws Exception {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        var forged = mvc.perform(post("/login").param("username", advisor.email()).param("password", TestUsers.PASSWORD)
                .with(r -> {
                    r.setRemoteAddr("10.41.0.1");
                    return r;
                })).andReturn();
        assertThat(forged.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(forged.getRequest().getSession(false) == null
                || forged.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();

        var wrongToken = mvc.perform(post("/login").param("username", advisor.email()).param("password", TestUsers.PASSWORD)
                .with(csrf().useInvalidToken()).with(r -> {
                    r.setRemoteAddr("10.41.0.2");
                    return r;
                })).andReturn();
        assertThat(wrongToken.getResponse().getRedirectedUrl()).isEqualTo("/login");

        var withToken = mvc.perform(post("/login").param("username", advisor.email()).param("password", TestUsers.PASSWORD)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr("10.41.0.3");
                    return r;
                })).andReturn();
        assertThat(withToken.getResponse().getRedirectedUrl()).isEqualTo("/");
    }
}
