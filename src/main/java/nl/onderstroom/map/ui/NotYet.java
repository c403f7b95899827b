package nl.onderstroom.map.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import nl.onderstroom.base.Translations;
import nl.onderstroom.map.ResultsNotYet;

/** What a results screen shows while its scan still collects: the scan's name and when its results appear. */
final class NotYet {

    private NotYet() {
    }

    static Div of(ResultsNotYet notYet, Locale locale) {
        H1 title = new H1(notYet.scanName());
        title.setId("results-title");
        Paragraph why = new Paragraph(Translations.text(locale, notYet));
        why.setId("results-not-yet");
        Paragraph because = new Paragraph(Translations.get(locale, "map.notYet.because"));
        because.addClassName("onderstroom-muted");
        Div box = new Div(title, why, because);
        box.setId("results-not-yet-box");
        return box;
    }
}
