package nl.onderstroom.presentation;

import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import nl.onderstroom.base.cluster.ClusterChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The presentation channel between instances: each event travels as a short JSON message on the database-backed
 * {@link ClusterChannel} (topic {@value #TOPIC}), so a director whose session lives on another instance than the
 * advisor's still follows the slides (within the channel's poll delay, about half a second), and on this instance
 * at once after the commit. Events carry ids, names and a director's own question, never a respondent's answer.
 * Locally every subscriber gets the events in order on a thread of its own ({@link InJvmPresentationChannel}).
 */
@Component
class ClusterPresentationChannel implements PresentationChannel {

    static final String TOPIC = "presentation";
    /** The cluster channel's payload limit; a longer question travels shortened (it is stored whole with the finding). */
    static final int MAX_PAYLOAD = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(ClusterPresentationChannel.class);

    /** The wire form: the event with its type named. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = PresentationEvent.SlideShown.class, name = "slide"),
            @JsonSubTypes.Type(value = PresentationEvent.Ended.class, name = "ended"),
            @JsonSubTypes.Type(value = PresentationEvent.Joined.class, name = "joined"),
            @JsonSubTypes.Type(value = PresentationEvent.Left.class, name = "left"),
            @JsonSubTypes.Type(value = PresentationEvent.Reacted.class, name = "reacted"),
            @JsonSubTypes.Type(value = PresentationEvent.StateAsked.class, name = "asked")})
    private interface Wire {
    }

    private final ClusterChannel cluster;
    private final ObjectMapper json;
    private final InJvmPresentationChannel local = new InJvmPresentationChannel();
    private final ClusterChannel.Subscription subscription;

    ClusterPresentationChannel(ClusterChannel cluster, ObjectMapper json) {
        this.cluster = cluster;
        this.json = json.copy().addMixIn(PresentationEvent.class, Wire.class);
        this.subscription = cluster.subscribe(TOPIC, this::receive);
    }

    @Override
    public void publish(PresentationEvent event) {
        cluster.publish(TOPIC, encode(event));
    }

    @Override
    public Subscription subscribe(Consumer<PresentationEvent> listener) {
        return local.subscribe(listener);
    }

    String encode(PresentationEvent event) {
        try {
            String text = json.writerFor(PresentationEvent.class).writeValueAsString(event);
            if (text.length() > MAX_PAYLOAD && event instanceof PresentationEvent.Reacted r && r.text() != null) {
                String shorter = r.text();
                while (text.length() > MAX_PAYLOAD && !shorter.isEmpty()) {
                    int keep = shorter.codePointCount(0, shorter.length()) * 3 / 4;
                    shorter = shorter.substring(0, shorter.offsetByCodePoints(0, keep));
                    text = json.writerFor(PresentationEvent.class).writeValueAsString(
                            new PresentationEvent.Reacted(r.scanId(), r.findingId(), r.name(), r.kind(), shorter + "…"));
                }
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("presentation event not serialisable: " + event.getClass().getSimpleName());
        }
    }

    PresentationEvent decode(String payload) {
        try {
            return json.readValue(payload, PresentationEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a presentation event");
        }
    }

    private void receive(String payload) {
        PresentationEvent event;
        try {
            event = decode(payload);
        } catch (IllegalArgumentException e) {
            // an instance of another version sent something this one does not know; the payload is not logged
            LOG.warn("ignored a presentation message this instance cannot read");
            return;
        }
        local.publish(event);
    }

    @PreDestroy
    void stop() {
        subscription.close();
        local.stop();
    }
}
