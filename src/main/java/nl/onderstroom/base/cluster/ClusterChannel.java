package nl.onderstroom.base.cluster;

import java.util.function.Consumer;

/**
 * Tells every instance of the portal, this one included, that something changed. A message is a topic and a short
 * text (an id, a slide number: never an answer, a story or a code); subscribers re-read what they need.
 *
 * <p>Published inside a transaction, the message is written with it and delivered only if it commits (at once
 * without one). On this instance subscribers get it right after the commit; on the others within about a second
 * ({@code onderstroom.cluster.poll-delay}). Delivery is at most once per instance and in no guaranteed order across
 * instances; a subscriber that must not miss a change re-reads the state rather than applying the message as a delta.
 * Subscribers run on the channel's own thread: they must be quick or hand the work on.
 */
public interface ClusterChannel {

    /** Publishes {@code payload} on {@code topic} (at most 64 and 2,000 characters). */
    void publish(String topic, String payload);

    /** Calls {@code subscriber} with the payload of every message on {@code topic}; closing the handle stops it. */
    Subscription subscribe(String topic, Consumer<String> subscriber);

    /** Stops a subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
