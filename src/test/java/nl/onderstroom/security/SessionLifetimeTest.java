package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeTest {

    private static MockHttpSession run(Clock clock, MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        new SessionLifetime(clock).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session;
    }

    @Test
    void a_busy_session_still_ends_after_twelve_hours() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Clock later = Clock.offset(Clock.systemUTC(), SessionLifetime.ABSOLUTE.plus(Duration.ofMinutes(1)));
        assertThat(run(later, session).isInvalid()).isTrue();
    }

    @Test
    void a_session_of_eleven_hours_goes_on() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(11));
        assertThat(run(later, session).isInvalid()).isFalse();
    }
}
