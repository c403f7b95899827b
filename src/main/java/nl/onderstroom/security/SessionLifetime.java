package nl.onderstroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime: a session older than {@link #ABSOLUTE} is ended whatever its activity, so a
 * stolen or forgotten session cannot be kept alive for ever by a page that polls (the idle timeout,
 * {@code server.servlet.session.timeout}, ends quiet sessions sooner). The request then goes on without a session,
 * and whoever made it signs in again.
 */
final class SessionLifetime extends OncePerRequestFilter {

    static final Duration ABSOLUTE = Duration.ofHours(12);

    private final Clock clock;

    SessionLifetime(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > ABSOLUTE.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
