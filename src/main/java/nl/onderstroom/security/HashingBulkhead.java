package nl.onderstroom.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds the password hashing (Argon2id, 19 MiB) that sign-ins cause. Two lanes of fair semaphores: one for
 * browsers with a device cookie of the account (the owners), one for everyone else; each with a short queue.
 * When a lane's queue is full the sign-in is refused at once ({@link LoginRefused.Busy}) instead of waiting
 * behind a flood, so 200 parallel bogus sign-ins use one lane's permits and cannot delay an owner's sign-in.
 */
final class HashingBulkhead {

    private final Semaphore anonymous;
    private final Semaphore trusted;
    private final int maxQueue;
    private final Duration maxWait;

    HashingBulkhead(int anonymousPermits, int trustedPermits, int maxQueue, Duration maxWait) {
        this.anonymous = new Semaphore(anonymousPermits, true);
        this.trusted = new Semaphore(trustedPermits, true);
        this.maxQueue = maxQueue;
        this.maxWait = maxWait;
    }

    /** For this machine: one permit per two cores for anyone, one for owners; a queue of four each. */
    static HashingBulkhead forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new HashingBulkhead(Math.max(1, cores / 2), Math.max(1, cores / 4), 4, Duration.ofSeconds(2));
    }

    int queueLength(boolean owner) {
        return (owner ? trusted : anonymous).getQueueLength();
    }

    <T> T run(boolean owner, Supplier<T> work) {
        Semaphore lane = owner ? trusted : anonymous;
        if (lane.getQueueLength() >= maxQueue) {
            throw new LoginRefused.Busy();
        }
        boolean acquired;
        try {
            acquired = lane.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginRefused.Busy();
        }
        if (!acquired) {
            throw new LoginRefused.Busy();
        }
        try {
            return work.get();
        } finally {
            lane.release();
        }
    }
}
