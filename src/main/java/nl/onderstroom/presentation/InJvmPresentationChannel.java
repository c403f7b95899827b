package nl.onderstroom.presentation;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The presentation channel within one JVM. Each subscriber receives every event in the order it was published, on
 * a pooled thread of its own: the advisor's key press returns at once, and one slow screen (a director's slide
 * being drawn) never holds up another's.
 */
public class InJvmPresentationChannel implements PresentationChannel {

    private static final Logger LOG = LoggerFactory.getLogger(InJvmPresentationChannel.class);

    private final CopyOnWriteArrayList<Mailbox> mailboxes = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "presentation-channel");
        t.setDaemon(true);
        return t;
    });

    /** One subscriber's queue, drained by at most one thread at a time: the order of events is kept. */
    private final class Mailbox {
        private final Consumer<PresentationEvent> listener;
        private final Queue<PresentationEvent> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();

        Mailbox(Consumer<PresentationEvent> listener) {
            this.listener = listener;
        }

        void post(PresentationEvent event) {
            queue.add(event);
            schedule();
        }

        private void schedule() {
            if (draining.compareAndSet(false, true)) {
                pool.execute(this::drain);
            }
        }

        private void drain() {
            try {
                PresentationEvent event;
                while ((event = queue.poll()) != null) {
                    try {
                        listener.accept(event);
                    } catch (RuntimeException e) {
                        // the event holds no answer; only its type and the failure's class are logged
                        LOG.warn("a presentation screen failed on {}: {}", event.getClass().getSimpleName(),
                                e.getClass().getName());
                    }
                }
            } finally {
                draining.set(false);
            }
            if (!queue.isEmpty()) {
                schedule();
            }
        }
    }

    @Override
    public void publish(PresentationEvent event) {
        for (Mailbox m : mailboxes) {
            m.post(event);
        }
    }

    @Override
    public Subscription subscribe(Consumer<PresentationEvent> listener) {
        Mailbox m = new Mailbox(listener);
        mailboxes.add(m);
        return () -> mailboxes.remove(m);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
