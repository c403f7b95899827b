package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HashingBulkheadTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void a_full_queue_refuses_at_once_and_the_owners_lane_stays_free() throws Exception {
        HashingBulkhead bulkhead = new HashingBulkhead(1, 1, 2, Duration.ofMinutes(5));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        List<Future<String>> flood = new ArrayList<>();
        flood.add(pool.submit(() -> bulkhead.run(false, () -> {
            running.countDown();
            await(release);
            return "first";
        })));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 2; i++) {
            flood.add(pool.submit(() -> bulkhead.run(false, () -> "queued")));
        }
        waitForQueue(bulkhead, 2);

        assertThatThrownBy(() -> bulkhead.run(false, () -> "one too many")).isInstanceOf(LoginRefused.Busy.class);
        assertThat(bulkhead.run(true, () -> "owner")).isEqualTo("owner");

        release.countDown();
        for (Future<String> f : flood) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isIn("first", "queued");
        }
    }

    private static void waitForQueue(HashingBulkhead bulkhead, int length) throws InterruptedException {
        for (int i = 0; i < 1000 && bulkhead.queueLength(false) < length; i++) {
            Thread.sleep(5);
        }
        assertThat(bulkhead.queueLength(false)).isEqualTo(length);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
