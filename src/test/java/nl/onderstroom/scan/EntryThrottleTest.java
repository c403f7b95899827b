package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EntryThrottleTest {

    private final EntryThrottle throttle = new EntryThrottle(Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_flood_of_new_addresses_does_not_wipe_a_guessing_address_count() {
        for (int i = 0; i < EntryThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.failed("s" + i, "203.0.113.7");
        }
        assertThat(throttle.mayTry("fresh", "203.0.113.7")).isFalse();
        // the old throttle forgot its oldest keys first: 150,000 new keys emptied the guesser's count
        for (int i = 0; i < 150_000; i++) {
            throttle.failed("flood-session", "flood-" + i);
        }
        assertThat(throttle.mayTry("fresh", "203.0.113.7")).isFalse();
    }

    @Test
    void a_session_is_limited_before_its_address() {
        for (int i = 0; i < EntryThrottle.FAILURES_PER_SESSION; i++) {
            throttle.failed("one-tab", "198.51.100.1");
        }
        assertThat(throttle.mayTry("one-tab", "198.51.100.1")).isFalse();
        assertThat(throttle.mayTry("other-tab", "198.51.100.1")).isTrue();
    }

    @Test
    void open_link_starts_are_counted_per_address() {
        for (int i = 0; i < EntryThrottle.OPEN_LINK_STARTS_PER_ADDRESS; i++) {
            assertThat(throttle.mayStartOpenLink("192.0.2.1")).isTrue();
        }
        assertThat(throttle.mayStartOpenLink("192.0.2.1")).isFalse();
        assertThat(throttle.mayStartOpenLink("192.0.2.2")).isTrue();
    }
}
