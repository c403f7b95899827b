package nl.onderstroom.scan;

import nl.onderstroom.base.cluster.ClusterChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link ResponsesChanged} on every instance of the portal once the current transaction has committed (at
 * once without one): the change goes out on the {@link ClusterChannel}, written with the transaction, and each
 * instance, this one first, turns it back into a Spring event for its own listeners (the map cache, the live counts on
 * open screens). The message carries the two ids and nothing else.
 */
@Component
class ScanEvents {

    static final String TOPIC = "scan.responses-changed";

    private final ClusterChannel channel;

    ScanEvents(ClusterChannel channel, ApplicationEventPublisher publisher) {
        this.channel = channel;
        channel.subscribe(TOPIC, payload -> publisher.publishEvent(parse(payload)));
    }

    void responsesChanged(long scanId, long organisationId) {
        channel.publish(TOPIC, scanId + "," + organisationId);
    }

    static ResponsesChanged parse(String payload) {
        int comma = payload.indexOf(',');
        return new ResponsesChanged(Long.parseLong(payload.substring(0, comma)), Long.parseLong(payload.substring(comma + 1)));
    }
}
