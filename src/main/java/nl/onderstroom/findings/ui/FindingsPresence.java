package nl.onderstroom.findings.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.shared.Registration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who has a scan's findings page open, per application instance (docs/decisions/finding-edits.md). A page joins when
 * it is attached and leaves when it is detached (a closed tab detaches when its session ends or its heartbeat stops).
 */
@Component
class FindingsPresence {

    /** One open page: whose, and a key of its own (one person may have two tabs). */
    record Present(long accountId, String name) {
    }

    /** Published (synchronously) when someone joins or leaves a scan's findings page. */
    record Changed(long scanId) {
    }

    private final Map<Long, Map<Object, Present>> pages = new LinkedHashMap<>();
    private final ApplicationEventPublisher events;

    FindingsPresence(ApplicationEventPublisher events) {
        this.events = events;
    }

    Registration join(long scanId, Object page, Present who) {
        synchronized (pages) {
            pages.computeIfAbsent(scanId, id -> new LinkedHashMap<>()).put(page, who);
        }
        events.publishEvent(new Changed(scanId));
        return () -> {
            synchronized (pages) {
                Map<Object, Present> open = pages.get(scanId);
                if (open != null) {
                    open.remove(page);
                    if (open.isEmpty()) {
                        pages.remove(scanId);
                    }
                }
            }
            events.publishEvent(new Changed(scanId));
        };
    }

    /** Everyone on the page, one entry per person, in the order they came. */
    List<Present> present(long scanId) {
        synchronized (pages) {
            Map<Long, Present> people = new LinkedHashMap<>();
            pages.getOrDefault(scanId, Map.of()).values().forEach(p -> people.putIfAbsent(p.accountId(), p));
            return new ArrayList<>(people.values());
        }
    }
}
