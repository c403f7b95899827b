package nl.onderstroom.scan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of codes and mass use of open links, in memory: per browser session and per client address,
 * a number of events in a sliding window. The address is only a key in this map; it is never logged or stored.
 */
@Component
class EntryThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int FAILURES_PER_SESSION = 10;
    static final int FAILURES_PER_ADDRESS = 30;
    static final int OPEN_LINK_STARTS_PER_ADDRESS = 20;
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new LinkedHashMap<>();

    EntryThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether another code may be tried from this session and address. */
    synchronized boolean mayTry(String session, String address) {
        return count("s:" + session) < FAILURES_PER_SESSION && count("a:" + address) < FAILURES_PER_ADDRESS;
    }

    synchronized void failed(String session, String address) {
        add("s:" + session);
        add("a:" + address);
    }

    /** Whether one more respondent may start through an open link from this address; counts the start. */
    synchronized boolean mayStartOpenLink(String address) {
        if (count("o:" + address) >= OPEN_LINK_STARTS_PER_ADDRESS) {
            return false;
        }
        add("o:" + address);
        return true;
    }

    private int count(String key) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return 0;
        }
        Instant from = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(from)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            events.remove(key);
            return 0;
        }
        return times.size();
    }

    private void add(String key) {
        if (events.size() >= MAX_KEYS) {
            Iterator<String> oldest = events.keySet().iterator();
            for (int i = 0; i < MAX_KEYS / 10 && oldest.hasNext(); i++) {
                oldest.next();
                oldest.remove();
            }
        }
        events.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(clock.instant());
    }
}
