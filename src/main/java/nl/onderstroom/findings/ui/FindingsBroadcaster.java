package nl.onderstroom.findings.ui;

import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import nl.onderstroom.findings.FindingsChanged;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Hands {@link FindingsChanged} and presence changes to the open findings pages of that scan, off the committing
 * thread; each page refreshes inside its own UI ({@code @Push}) with the security context of the person looking at it,
 * so the refresh goes through the same access rules as a click. Runs on Spring's task executor, as the response
 * counts' broadcaster does.
 */
@Component
class FindingsBroadcaster {

    private record Listener(long scanId, UI ui, SecurityContext context, Runnable action) {
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final TaskExecutor executor;

    FindingsBroadcaster(@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor) {
        this.executor = executor;
    }

    /** Registers the current UI for a scan; the action runs inside {@code UI.access} as the current user. */
    Registration register(long scanId, UI ui, Runnable action) {
        Listener listener = new Listener(scanId, ui, SecurityContextHolder.getContext(), action);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void on(FindingsChanged event) {
        notify(event.scanId());
    }

    @EventListener
    void on(FindingsPresence.Changed event) {
        notify(event.scanId());
    }

    private void notify(long scanId) {
        for (Listener l : listeners) {
            if (l.scanId() != scanId) {
                continue;
            }
            Runnable asViewer = new DelegatingSecurityContextRunnable(l.action(), l.context());
            executor.execute(() -> l.ui().access(asViewer::run));
        }
    }
}
