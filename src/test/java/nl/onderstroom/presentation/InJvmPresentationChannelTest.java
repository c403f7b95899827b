package nl.onderstroom.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Every screen gets every event, in order, and a screen that hangs holds up nobody else. */
class InJvmPresentationChannelTest {

    @Test
    void each_subscriber_receives_every_event_in_the_order_published() throws Exception {
        InJvmPresentationChannel channel = new InJvmPresentationChannel();
        List<Integer> a = new CopyOnWriteArrayList<>();
        List<Integer> b = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        channel.subscribe(e -> record(a, e, done));
        channel.subscribe(e -> record(b, e, done));
        for (int i = 0; i < 500; i++) {
            channel.publish(new PresentationEvent.SlideShown(1, 1, "A", i, 500, null, 0));
        }
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(a).hasSize(500).isSorted();
        assertThat(b).hasSize(500).isSorted();
        channel.stop();
    }

    private static void record(List<Integer> seen, PresentationEvent e, CountDownLatch done) {
        seen.add(((PresentationEvent.SlideShown) e).slide());
        if (seen.size() == 500) {
            done.countDown();
        }
    }

    @Test
    void a_screen_that_hangs_does_not_hold_up_the_others_or_the_presenter() throws Exception {
        InJvmPresentationChannel channel = new InJvmPresentationChannel();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fast = new CountDownLatch(1);
        channel.subscribe(e -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        channel.subscribe(e -> fast.countDown());
        // publishing returns although the first screen hangs
        channel.publish(new PresentationEvent.Ended(1));
        assertThat(fast.await(20, TimeUnit.SECONDS)).as("the other screen got the event").isTrue();
        assertThat(release.getCount()).as("the first still hangs").isEqualTo(1);
        release.countDown();
        channel.stop();
    }

    @Test
    void a_cancelled_subscription_receives_nothing_more() throws Exception {
        InJvmPresentationChannel channel = new InJvmPresentationChannel();
        List<PresentationEvent> seen = new CopyOnWriteArrayList<>();
        CountDownLatch other = new CountDownLatch(1);
        PresentationChannel.Subscription s = channel.subscribe(seen::add);
        s.cancel();
        channel.subscribe(e -> other.countDown());
        channel.publish(new PresentationEvent.Ended(7));
        assertThat(other.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).isEmpty();
        channel.stop();
    }
}
