package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.onderstroom.scan.ResponsesChanged;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Hands {@link ResponsesChanged} (from this instance or, through the cluster channel, from another) to the open
 * screens that asked for it, on Spring's task executor rather than the thread that delivered it (a respondent's
 * request never waits for an advisor's screen). Each screen's work runs inside {@code UI.access}, with the security
 * context of the person looking at it, whichever thread ends up running it.
 */
@Component
class ResponsesBroadcaster {

    private record Listener(UI ui, SecurityContext context, Consumer<ResponsesChanged> action) {
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final TaskExecutor executor;

    ResponsesBroadcaster(@Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor) {
        this.executor = executor;
    }

    /** Registers the current UI; the action runs inside {@code UI.access} as the current user. */
    Registration register(UI ui, Consumer<ResponsesChanged> action) {
        Listener listener = new Listener(ui, SecurityContextHolder.getContext(), action);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void on(ResponsesChanged event) {
        for (Listener l : listeners) {
            Runnable asViewer = new DelegatingSecurityContextRunnable(() -> l.action().accept(event), l.context());
            executor.execute(() -> l.ui().access(asViewer::run));
        }
    }
}
