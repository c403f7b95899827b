package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();

    @Test
    void the_delay_grows_with_the_failures_and_no_hour_allows_more_than_twenty() {
        Throttle throttle = new Throttle(clock, 1000, PasswordLogin.PER_ACCOUNT);
        java.util.List<Instant> allowed = new java.util.ArrayList<>();
        java.util.List<Duration> waits = new java.util.ArrayList<>();
        // an attacker who tries again the moment they are allowed, for five hours
        Instant end = clock.instant().plus(Duration.ofHours(5));
        while (clock.instant().isBefore(end)) {
            Throttle.Verdict v = throttle.tryAcquire("account:victim@example.org");
            if (v.allowed()) {
                allowed.add(clock.instant());
            } else {
                assertThat(v.retryAfter()).isPositive();
                waits.add(v.retryAfter());
                clock.advance(v.retryAfter());
            }
        }
        for (Instant from : allowed) {
            long inHour = allowed.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plus(Duration.ofHours(1)))).count();
            assertThat(inHour).as("tries in the hour from %s", from).isLessThanOrEqualTo(20);
        }
        assertThat(allowed.stream().filter(t -> t.isBefore(allowed.get(0).plus(Duration.ofHours(1))))).hasSizeBetween(18, 20);
        assertThat(waits.get(0)).isLessThan(Duration.ofSeconds(15));
        assertThat(waits.get(waits.size() - 1)).isGreaterThan(Duration.ofMinutes(5));
        assertThat(waits).isSortedAccordingTo(Duration::compareTo);
    }

    @Test
    void five_tries_at_once_then_the_sixth_waits_about_twelve_seconds() {
        Throttle throttle = new Throttle(clock, 1000, PasswordLogin.PER_ACCOUNT);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.tryAcquire("k").allowed()).isTrue();
        }
        Throttle.Verdict sixth = throttle.tryAcquire("k");
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfter()).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(13));
        clock.advance(sixth.retryAfter());
        assertThat(throttle.tryAcquire("k").allowed()).isTrue();
    }

    @Test
    void giving_back_makes_a_success_not_count() {
        Throttle throttle = new Throttle(clock, 1000, new Throttle.Limit(2, Duration.ofHours(1)));
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAcquire("office").allowed()).isTrue();
            throttle.giveBack("office");
        }
        throttle.record("office");
        throttle.record("office");
        assertThat(throttle.check("office").allowed()).isFalse();
    }

    @Test
    void a_flood_of_new_keys_does_not_wipe_the_count_of_an_abused_key() {
        Throttle throttle = new Throttle(clock, 100, new Throttle.Limit(30, Duration.ofMinutes(15)));
        for (int i = 0; i < 30; i++) {
            throttle.record("a:203.0.113.7");
        }
        assertThat(throttle.check("a:203.0.113.7").allowed()).isFalse();
        for (int i = 0; i < 10_000; i++) {
            throttle.record("a:flood-" + i);
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(100);
        assertThat(throttle.check("a:203.0.113.7").allowed()).isFalse();
    }

    @Test
    void a_key_never_seen_is_allowed_and_costs_no_memory_when_only_checked() {
        Throttle throttle = new Throttle(clock, 10, new Throttle.Limit(1, Duration.ofMinutes(1)));
        assertThat(throttle.check("new").allowed()).isTrue();
        assertThat(throttle.size()).isZero();
    }
}
