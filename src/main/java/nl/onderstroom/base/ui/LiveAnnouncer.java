package nl.onderstroom.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A polite live region, invisible, that a screen reader reads out whenever its text changes: "the side panel now
 * shows Verkoop → Operatie", "step 2 of 5". It must be on the page before the first message (a region that
 * appears together with its text is not announced), so add it when the screen is built.
 */
public class LiveAnnouncer extends Span {

    private boolean alternate;

    public LiveAnnouncer() {
        addClassName("onderstroom-sr-only");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Reads the message out; the same message twice in a row is read twice. */
    public void say(String message) {
        alternate = !alternate;
        // a different text each time, or a repeated message would not count as a change
        setText(alternate ? message : message + "\u00a0");
    }
}
