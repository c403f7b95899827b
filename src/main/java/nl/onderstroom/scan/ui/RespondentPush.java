package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * No push connection for a respondent's page. {@code @Push} sits on the app shell (Vaadin allows it nowhere else),
 * so every UI would keep a websocket holding ~150 KB of buffers on the server, and the survey never pushes: its
 * saves are answers to the browser's own requests. A UI whose address is the survey ({@code /s} or
 * {@code /s/<code>}) gets push mode disabled when its view is entered ({@link #off()}, from the survey's views): Flow
 * applies the app shell's {@code @Push} after the UI-init listeners, so the init response still says "push"; the
 * first navigation's response then turns it off and the connection the browser opened is closed and freed
 * (docs/decisions/light-respondent-session.md). Advisors' and directors' screens keep push.
 */
final class RespondentPush {

    private RespondentPush() {
    }

    /** Turns push off for the current UI: the survey's views call it when they are entered. */
    static void off() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getPushConfiguration().getPushMode().isEnabled()) {
            ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
        }
    }
}
