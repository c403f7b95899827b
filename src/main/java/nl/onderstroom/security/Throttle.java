package nl.onderstroom.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits per key (an e-mail address, a client address, a browser session), in memory, on Bucket4j token
 * buckets with greedy refill. Several {@link Limit}s together make a progressive delay: for example 3 per minute,
 * 10 per 10 minutes and 20 per hour let three tries through at once, then one every 20 seconds, then one every
 * minute, and never more than 20 in an hour.
 *
 * <p>The number of keys is bounded. When it is full, the keys that are <em>least</em> restricted (most tokens
 * left) are forgotten first: a flood of new keys, each used once, cannot wipe the count of a key that is being
 * abused (the old hand-written throttle forgot by age and could be emptied that way).
 *
 * <p>Keys are only held in memory and never logged; a restart forgives everything.
 */
public final class Throttle {

    /** At most {@code events} per {@code period}, refilled evenly over the period. */
    public record Limit(int events, Duration period) {
        public Limit {
            if (events < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a limit needs at least one event in a positive period");
            }
        }
    }

    /** Whether an event may happen now, and if not, how long until it may. */
    public record Verdict(boolean allowed, Duration retryAfter) {
        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);
    }

    private final Limit[] limits;
    private final int maxKeys;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public Throttle(Clock clock, int maxKeys, Limit... limits) {
        if (limits.length == 0 || maxKeys < 1) {
            throw new IllegalArgumentException("a throttle needs a limit and room for a key");
        }
        this.limits = limits.clone();
        this.maxKeys = maxKeys;
        this.time = new ClockTime(Objects.requireNonNull(clock));
    }

    /** Takes one event from the key's allowance if there is one left. */
    public Verdict tryAcquire(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Verdict.ALLOWED : new Verdict(false, roundUp(probe.getNanosToWaitForRefill()));
    }

    /** Whether one more event would be allowed, without taking it. */
    public Verdict check(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return Verdict.ALLOWED;
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? Verdict.ALLOWED : new Verdict(false, roundUp(estimate.getNanosToWaitForRefill()));
    }

    /** Counts one event whether or not it was allowed (an event that has already happened, such as a failure). */
    public void record(String key) {
        Bucket bucket = bucket(key);
        if (!bucket.tryConsume(1)) {
            // already exhausted: keep it exhausted, but do not run up an unbounded debt
            bucket.tryConsumeAsMuchAsPossible();
        }
    }

    /** Gives back one event taken by {@link #tryAcquire} (the attempt turned out not to count, e.g. a success). */
    public void giveBack(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** How many keys are held now. */
    public int size() {
        return buckets.size();
    }

    private Bucket bucket(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxKeys) {
            forgetLeastRestricted();
        }
        return buckets.computeIfAbsent(key, k -> newBucket());
    }

    private Bucket newBucket() {
        var builder = Bucket.builder().withCustomTimePrecision(time);
        for (Limit limit : limits) {
            builder.addLimit(Bandwidth.builder().capacity(limit.events())
                    .refillGreedy(limit.events(), limit.period()).build());
        }
        return builder.build();
    }

    /** Forgets a tenth of the keys, those with the most allowance left (fully refilled ones first). */
    private synchronized void forgetLeastRestricted() {
        if (buckets.size() < maxKeys) {
            return;
        }
        record Entry(String key, long available) {
        }
        List<Entry> entries = new ArrayList<>(buckets.size());
        buckets.forEach((key, bucket) -> entries.add(new Entry(key, bucket.getAvailableTokens())));
        entries.sort(Comparator.comparingLong(Entry::available).reversed());
        int forget = Math.max(1, maxKeys / 10);
        for (int i = 0; i < forget && i < entries.size(); i++) {
            buckets.remove(entries.get(i).key());
        }
    }

    private static Duration roundUp(long nanos) {
        long seconds = (nanos + 999_999_999L) / 1_000_000_000L;
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** Bucket4j's clock from the injected {@link Clock}, so tests can move time. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
