package nl.onderstroom.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.time.Clock;
import java.util.Map;
import nl.onderstroom.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration extends VaadinWebSecurity {


    /** Argon2id, 19 MiB, t=2, p=1 (OWASP's minimum); bcrypt (cost 12) still verifies older hashes. */
    @Bean
    static PasswordEncoder passwordEncoder() {
        String id = "argon2id";
        return new DelegatingPasswordEncoder(id, Map.of(
                id, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new BCryptPasswordEncoder(12)));
    }

    /** The REST API: stateless, HTTP Basic or a personal Bearer token, advisors and administrators only. */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ObjectMapper json, ApiTokenRepository tokens,
                                       AccountRepository accounts, TransactionTemplate transactions, Clock clock)
            throws Exception {
        var entryPoint = ProblemResponses.unauthorized(json);
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint).authenticationDetailsSource(LoginDetails.source()))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(ProblemResponses.forbidden(json)))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, entryPoint, transactions, clock),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(Role.ADVISOR_NAME, Role.ADMIN_NAME));
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/images/**", "/icons/**", "/themes/**").permitAll());
        http.headers(h -> h.referrerPolicy(r -> r.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
        http.formLogin(f -> f.failureHandler(loginFailure()).authenticationDetailsSource(LoginDetails.source()));
    }

    /** Back to the sign-in form, saying why; the same for known and unknown addresses. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String query = "error";
            if (exception instanceof LoginRefused.Throttled t) {
                query = "throttled=" + t.retryAfter().toSeconds();
            } else if (exception instanceof LoginRefused.Busy) {
                query = "busy";
            }
            response.sendRedirect(request.getContextPath() + "/login?" + query);
        };
    }
}
