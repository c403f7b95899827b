package nl.onderstroom.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.onderstroom.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
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
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration extends VaadinWebSecurity {

    /**
     * Content-Security-Policy of every page, as tight as Vaadin Flow 24 allows (checked in Chromium on every screen,
     * see docs/decisions/content-security-policy.md): Flow's client runs server-sent JavaScript with
     * {@code new Function} ('unsafe-eval') and the bootstrap page has inline scripts; Lumo and components set inline
     * styles. Everything is loaded from this server; the push channel is a same-origin WebSocket.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The API answers JSON and CSV only: nothing in it may run, load or be framed. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final Clock clock;

    SecurityConfiguration(Clock clock) {
        this.clock = clock;
    }


    /** Argon2id, 19 MiB, t=2, p=1 (OWASP's minimum); bcrypt (cost 12) still verifies older hashes. */
    @Bean
    static PasswordEncoder passwordEncoder() {
        String id = "argon2id";
        return new DelegatingPasswordEncoder(id, Map.of(
                id, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new BCryptPasswordEncoder(12)));
    }

    /** Before everything else, for every request (pages, uploads, API). */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(@Value("${onderstroom.max-request-size}") DataSize limit,
                                                              ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limit, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * A request the firewall refuses (an encoded slash, NUL or semicolon in the path, say): for the API a translated
     * 400 problem document like every other API error; elsewhere a plain 400. Spring Security picks up this bean.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, e) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemResponses.write(json, response, HttpStatus.BAD_REQUEST, "api.error.badRequest", request.getLocale());
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
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
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyRole(Role.ADVISOR_NAME, Role.ADMIN_NAME))
                .headers(SecurityConfiguration::apiHeaders);
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/images/**", "/icons/**", "/themes/**").permitAll());
        http.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(SecurityConfiguration::hsts));
        http.addFilterBefore(new SessionLifetime(clock), SecurityContextHolderFilter.class);
        http.addFilterBefore(new LoginCsrfCheck("/login"), UsernamePasswordAuthenticationFilter.class);
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
        http.formLogin(f -> f.failureHandler(loginFailure()).authenticationDetailsSource(LoginDetails.source()));
    }

    private static void apiHeaders(HeadersConfigurer<HttpSecurity> h) {
        h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(c -> c.policyDirectives(API_CONTENT_SECURITY_POLICY))
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(SecurityConfiguration::hsts);
    }

    /** Only on requests that arrived over HTTPS (directly, or by the proxy's X-Forwarded-Proto: docs/deploy.md). */
    private static void hsts(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
        hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true);
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
