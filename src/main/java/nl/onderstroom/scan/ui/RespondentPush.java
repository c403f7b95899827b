package nl.onderstroom.scan.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;
import org.springframework.stereotype.Component;

/**
 * No push connection for a respondent's page. {@code @Push} sits on the app shell (Vaadin allows it nowhere else),
 * so every UI would open a websocket holding ~150 KB of buffers on the server, and the survey never pushes: its
 * saves are answers to the browser's own requests. Before the first response of a UI whose address is the survey
 * ({@code /s} or {@code /s/<code>}), its push mode is set to disabled, so the browser never opens the connection
 * (docs/decisions/light-respondent-session.md). Advisors' and directors' screens keep push.
 */
@Component
class RespondentPush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null && isSurvey(request.getParameter("location"))) {
                e.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
            }
        });
    }

    /** Whether a UI's address (the init request's {@code location}, without the leading slash) is the survey. */
    static boolean isSurvey(String location) {
        if (location == null) {
            return false;
        }
        String path = location.startsWith("/") ? location.substring(1) : location;
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        return path.equals("s") || path.startsWith("s/");
    }
}
