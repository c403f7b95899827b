package nl.onderstroom.scan.ui;

import com.vaadin.flow.dom.Element;
import java.time.Clock;

/**
 * When the survey's draft is saved while answering: at once when the last save is a second old, else a second after
 * it. The browser says when that second is over (an event on the view's element), so the server holds no timer; a
 * tab closed or a connection lost costs at most the last second.
 */
final class DraftAutosave {

    /** Saves of the draft while answering are at least this far apart; the last change is saved this long after. */
    static final long MILLIS = 1_000;
    /** The DOM event the browser sends when a delayed save is due. */
    static final String EVENT = "draft-due";

    private final Element element;
    private final Clock clock;
    private final Runnable save;
    private long lastSave;
    private boolean dirty;
    private boolean due;

    /** @param save saves the answers as they are; it reports a failure itself */
    DraftAutosave(Element element, Clock clock, Runnable save) {
        this.element = element;
        this.clock = clock;
        this.save = save;
        element.addEventListener(EVENT, e -> {
            due = false;
            saveIfChanged();
        });
    }

    /** An answer changed: saved now, or a request to the browser to say when. */
    void changed() {
        dirty = true;
        long wait = lastSave + MILLIS - clock.millis();
        if (wait <= 0) {
            saveIfChanged();
        } else if (!due) {
            due = true;
            element.executeJs("setTimeout(() => this.dispatchEvent(new CustomEvent($0)), $1)", EVENT, (int) wait);
        }
    }

    /** The draft was saved by other means (a step changed): nothing is waiting, and the second starts now. */
    void saved() {
        dirty = false;
        lastSave = clock.millis();
    }

    private void saveIfChanged() {
        if (!dirty) {
            return;
        }
        saved();
        save.run();
    }
}
