package nl.onderstroom.scan;

import java.time.Clock;
import java.time.Duration;
import nl.onderstroom.security.Throttle;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of codes and mass use of open links, in memory: per browser session and per client address,
 * a number of events per window (token buckets of {@link Throttle}, refilled evenly over the window). Only failed
 * codes count, and only after the code was checked: a valid code always gets in (see RespondentService#enter).
 * The address is only a key in memory; it is never logged or stored.
 */
@Component
class EntryThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FAILURES_PER_SESSION = 10;
    static final int FAILURES_PER_ADDRESS = 30;
    static final int OPEN_LINK_STARTS_PER_ADDRESS = 20;
    private static final int MAX_KEYS = 100_000;

    private final Throttle failuresPerSession;
    private final Throttle failuresPerAddress;
    private final Throttle openLinkStarts;

    EntryThrottle(Clock clock) {
        this.failuresPerSession = new Throttle(clock, MAX_KEYS, new Throttle.Limit(FAILURES_PER_SESSION, WINDOW));
        this.failuresPerAddress = new Throttle(clock, MAX_KEYS, new Throttle.Limit(FAILURES_PER_ADDRESS, WINDOW));
        this.openLinkStarts = new Throttle(clock, MAX_KEYS, new Throttle.Limit(OPEN_LINK_STARTS_PER_ADDRESS, WINDOW));
    }

    /** Whether another wrong code may be answered as such from this session and address (else: too many attempts). */
    boolean mayTry(String session, String address) {
        return failuresPerSession.check(session).allowed() && failuresPerAddress.check(address).allowed();
    }

    void failed(String session, String address) {
        failuresPerSession.record(session);
        failuresPerAddress.record(address);
    }

    /** Whether one more respondent may start through an open link from this address; counts the start. */
    boolean mayStartOpenLink(String address) {
        return openLinkStarts.tryAcquire(address).allowed();
    }
}
