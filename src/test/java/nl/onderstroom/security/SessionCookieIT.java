package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.onderstroom.MariaDbInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The session cookie and redirects on the real server (Tomcat, with the reverse-proxy settings): what MockMvc cannot
 * show, because Tomcat itself writes the cookie and reads X-Forwarded-Proto.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class SessionCookieIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : "http://localhost:" + port + url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_cookieless_request_under_vaadin_ends_on_the_sign_in_page_without_a_loop_or_a_session_id_in_the_url()
            throws Exception {
        for (String start : new String[] {"/VAADIN/foo.js", "/VAADIN/push", "/organisations"}) {
            List<String> locations = new ArrayList<>();
            HttpResponse<String> response = get(start);
            while (response.statusCode() / 100 == 3 && locations.size() < 5) {
                String location = response.headers().firstValue("Location").orElseThrow();
                locations.add(location);
                response = get(location);
            }
            assertThat(locations).as(start).hasSizeLessThanOrEqualTo(1).noneMatch(l -> l.toLowerCase().contains("jsessionid"));
            assertThat(response.statusCode()).as(start + " after " + locations).isIn(200, 404);
        }
    }

    @Test
    void every_page_has_a_content_security_policy_that_forbids_framing() throws Exception {
        for (String path : new String[] {"/login", "/", "/organisations", "/s/ABCD-EFGH-JKMN", "/s"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 302);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).as(path).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                    .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                    .doesNotContain("*", "http:", "https:");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void the_page_carries_the_csrf_token_the_sign_in_form_posts() throws Exception {
        String page = get("/login").body();
        assertThat(page).contains("<meta name=\"_csrf_parameter\" content=\"_csrf\">").containsPattern("<meta name=\"_csrf\" content=\"[A-Za-z0-9_-]{20,}\">");
    }

    @Test
    void behind_an_https_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> proxied = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.23");
        assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly", "SameSite=Lax"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");

        HttpResponse<String> plain = get("/login");
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
