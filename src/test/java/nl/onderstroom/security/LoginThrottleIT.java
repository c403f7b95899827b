package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Password guessing through the real sign-in form (Spring Security's filter chain, MockMvc): throttled by account
 * and address, without locking the owner out and without telling known from unknown accounts.
 */
@IntegrationTest
class LoginThrottleIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;

    private MvcResult signIn(String email, String password, String address, Cookie... cookies) throws Exception {
        var request = post("/login").param("username", email).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn();
    }

    private static String landing(MvcResult result) {
        return result.getResponse().getRedirectedUrl();
    }

    private static boolean signedIn(MvcResult result) {
        return result.getResponse().getStatus() == 302 && !landing(result).contains("/login");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_owner_signs_in_from_their_own_browser_while_someone_guesses_their_password() throws Exception {
        AccountSummary owner = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        String home = unique("10.31.");
        MvcResult first = signIn(owner.email(), TestUsers.PASSWORD, home);
        assertThat(signedIn(first)).isTrue();
        Cookie device = first.getResponse().getCookie(DeviceCookies.NAME);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        // the attacker, from 30 addresses, with wrong passwords: soon refused without a password check
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(landing(signIn(owner.email(), "guess number " + i, "10.32.0." + i)));
        }
        assertThat(answers.subList(0, 5)).containsOnly("/login?error");
        assertThat(answers.get(29)).startsWith("/login?throttled=");
        // a browser without the device cookie is held back too, even with the right password
        assertThat(landing(signIn(owner.email(), TestUsers.PASSWORD, "10.33.0.1"))).startsWith("/login?throttled=");

        // the owner's browser is not, not even when someone at the owner's address sprays other accounts
        for (int i = 0; i < 12; i++) {
            signIn(unique("spray-") + "@test.onderstroom", "Winter2026!", home);
        }
        assertThat(landing(signIn(owner.email(), TestUsers.PASSWORD, home))).startsWith("/login?throttled=");
        assertThat(signedIn(signIn(owner.email(), TestUsers.PASSWORD, home, device))).isTrue();
    }

    @Test
    void a_device_cookie_of_another_account_buys_nothing() throws Exception {
        AccountSummary attacker = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        AccountSummary victim = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        Cookie attackersDevice = signIn(attacker.email(), TestUsers.PASSWORD, "10.34.0.1").getResponse()
                .getCookie(DeviceCookies.NAME);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(landing(signIn(victim.email(), "guess number " + i, "10.35.0." + i, attackersDevice)));
        }
        assertThat(answers.get(11)).startsWith("/login?throttled=");
    }

    @Test
    void known_and_unknown_accounts_get_the_same_answers_in_the_same_order() throws Exception {
        AccountSummary known = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        String unknown = unique("nobody-") + "@test.onderstroom";
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            knownAnswers.add(landing(signIn(known.email(), "guess number " + i, "10.36.1." + i)).replaceAll("=\\d+", "=N"));
            unknownAnswers.add(landing(signIn(unknown, "guess number " + i, "10.36.2." + i)).replaceAll("=\\d+", "=N"));
        }
        assertThat(knownAnswers).isEqualTo(unknownAnswers).contains("/login?error", "/login?throttled=N");
    }

    @Test
    void one_address_trying_many_accounts_is_slowed_down() throws Exception {
        String address = unique("10.37.");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(landing(signIn(unique("spray-") + "@test.onderstroom", "Winter2026!", address)));
        }
        assertThat(answers.subList(0, 10)).containsOnly("/login?error");
        assertThat(answers.get(11)).startsWith("/login?throttled=");
    }

    @Test
    void the_office_keeps_signing_in_after_its_successes() throws Exception {
        AccountSummary colleague = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        String office = unique("10.38.");
        for (int i = 0; i < 25; i++) {
            assertThat(signedIn(signIn(colleague.email(), TestUsers.PASSWORD, office))).isTrue();
        }
    }

    @Test
    void the_api_answers_a_throttled_basic_sign_in_with_429_and_retry_after() throws Exception {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        int last = 0;
        String retryAfter = null;
        for (int i = 0; i < 12; i++) {
            String address = "10.39.0." + i;
            var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/api/v1/organisations")
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                            .httpBasic(advisor.email(), "guess " + i))
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })).andReturn().getResponse();
            last = response.getStatus();
            retryAfter = response.getHeader("Retry-After");
        }
        assertThat(last).isEqualTo(429);
        assertThat(Long.parseLong(retryAfter)).isPositive();
    }
}
