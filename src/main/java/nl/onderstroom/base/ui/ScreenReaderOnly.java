package nl.onderstroom.base.ui;

import com.vaadin.flow.component.html.Span;

/** Words for a screen reader that the eye does not need, e.g. the header of a column of buttons. */
public final class ScreenReaderOnly {

    private ScreenReaderOnly() {
    }

    public static Span text(String words) {
        Span span = new Span(words);
        span.addClassName("onderstroom-sr-only");
        return span;
    }
}
