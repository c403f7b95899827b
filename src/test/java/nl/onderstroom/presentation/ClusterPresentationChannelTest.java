package nl.onderstroom.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.onderstroom.base.cluster.ClusterChannel;
import org.junit.jupiter.api.Test;

/** Presentation events cross instances as cluster messages and come back as the same events. */
class ClusterPresentationChannelTest {

    /** A cluster of one: what is published is delivered to the subscribers of its topic, as the database channel does. */
    static final class LoopbackCluster implements ClusterChannel {
        final List<String> payloads = new CopyOnWriteArrayList<>();
        private final List<Consumer<String>> subscribers = new CopyOnWriteArrayList<>();

        @Override
        public void publish(String topic, String payload) {
            assertThat(payload.length()).isLessThanOrEqualTo(2000);
            payloads.add(payload);
            subscribers.forEach(s -> s.accept(payload));
        }

        @Override
        public Subscription subscribe(String topic, Consumer<String> subscriber) {
            subscribers.add(subscriber);
            return () -> subscribers.remove(subscriber);
        }
    }

    @Test
    void everyKindOfEventArrivesUnchanged() throws Exception {
        LoopbackCluster cluster = new LoopbackCluster();
        ClusterPresentationChannel channel = new ClusterPresentationChannel(cluster, new ObjectMapper());
        List<PresentationEvent> seen = new CopyOnWriteArrayList<>();
        channel.subscribe(seen::add);
        List<PresentationEvent> sent = List.of(
                new PresentationEvent.SlideShown(7, 3, "Adviseur", 2, 5, 41L, 1_700_000_000_000L),
                new PresentationEvent.Joined(7, "screen-1", 12, "Directeur Één"),
                new PresentationEvent.Reacted(7, 41, "Directeur Één", "QUESTION", "Waarom \"stokt\" het bij ICT? 🤔"),
                new PresentationEvent.Left(7, "screen-1"),
                new PresentationEvent.Ended(7),
                new PresentationEvent.StateAsked());
        sent.forEach(channel::publish);
        for (int i = 0; i < 100 && seen.size() < sent.size(); i++) {
            Thread.sleep(20);
        }
        assertThat(seen).containsExactlyElementsOf(sent);
        channel.stop();
    }

    @Test
    void aLongQuestionTravelsShortenedWithinTheChannelsLimit() {
        ClusterPresentationChannel channel = new ClusterPresentationChannel(new LoopbackCluster(), new ObjectMapper());
        String question = "\"".repeat(1000);
        String payload = channel.encode(new PresentationEvent.Reacted(7, 41, "D", "QUESTION", question));
        assertThat(payload.length()).isLessThanOrEqualTo(ClusterPresentationChannel.MAX_PAYLOAD);
        PresentationEvent.Reacted back = (PresentationEvent.Reacted) channel.decode(payload);
        assertThat(back.text()).endsWith("…").startsWith("\"\"\"");
        channel.stop();
    }
}
