package nl.onderstroom.presentation;

import java.util.function.Consumer;

/**
 * How the screens of a presentation reach each other: every event published is delivered to every subscriber, on
 * this node and (with a channel between nodes) on the others, the publisher's own node included. The in-JVM
 * {@link InJvmPresentationChannel} serves one node; a channel between instances replaces it as a bean.
 */
public interface PresentationChannel {

    void publish(PresentationEvent event);

    /** @return a handle that ends the subscription */
    Subscription subscribe(Consumer<PresentationEvent> listener);

    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
