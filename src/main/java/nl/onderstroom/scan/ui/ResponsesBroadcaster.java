package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import nl.onderstroom.scan.ResponsesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Hands {@link ResponsesChanged} to the open screens that asked for it, off the thread that committed (a
 * respondent's request never waits for an advisor's screen). Each screen's work runs in its own UI with the
 * security context of the person looking at it.
 */
@Component
class ResponsesBroadcaster {

    private record Listener(UI ui, SecurityContext context, Consumer<ResponsesChanged> action) {
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "responses-broadcast");
        t.setDaemon(true);
        return t;
    });

    /** Registers the current UI; the action runs inside {@code UI.access} as the current user. */
    Registration register(UI ui, Consumer<ResponsesChanged> action) {
        Listener listener = new Listener(ui, SecurityContextHolder.getContext(), action);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void on(ResponsesChanged event) {
        for (Listener l : listeners) {
            executor.execute(() -> l.ui().access(() -> {
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(l.context());
                try {
                    l.action().accept(event);
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            }));
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
