package nl.onderstroom.map.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.RecurringWord;
import nl.onderstroom.map.graph.Measure;

/** Intended identity (directors) against perceived identity (staff), and the recurring words of the open answers. */
@Route("scans/:scanId/identity")
@PermitAll
@CssImport("./src/onderstroom-results.css")
class IdentityView extends ResultsPage {

    IdentityView(MapService service) {
        super(service, Page.IDENTITY);
        setId("identity-view");
    }

    @Override
    protected void render() {
        IdentityComparison identity = service.identity(scanId);
        Paragraph explain = new Paragraph(getTranslation("map.identity.explain") + " "
                + getTranslation(MeasureTexts.explain(Measure.IDENTITY_MEAN)));
        explain.addClassName("onderstroom-muted");
        Div rows = new Div();
        rows.setId("identity-rows");
        rows.addClassName("results-identity");
        for (IdentityComparison.Row row : identity.rows()) {
            rows.add(row(row));
        }
        Div words = new Div();
        words.setId("identity-words");
        words.addClassName("results-words");
        for (IdentityComparison.QuestionWords question : identity.words()) {
            String name = question.question().name().toLowerCase(Locale.ROOT);
            Div card = new Div(new H4(getTranslation("map.identity.question." + name)));
            card.setId("words-" + name);
            card.addClassName("results-words-card");
            card.add(side("map.identity.intended", question.intended()),
                    side("map.identity.perceived", question.perceived()));
            words.add(card);
        }
        Paragraph wordsExplain = new Paragraph(getTranslation("map.identity.wordsExplain"));
        wordsExplain.addClassName("onderstroom-muted");
        add(explain, rows, new H3(getTranslation("map.identity.words")), wordsExplain, words);
    }

    private Component row(IdentityComparison.Row row) {
        Div box = new Div();
        box.setId("identity-" + row.key());
        box.addClassName("results-identity-row");
        Span label = new Span(getTranslation("map.identity.key." + row.key()));
        label.addClassName("results-identity-label");
        box.add(label, bar("intended", getTranslation("map.identity.intended"), row.intended()),
                bar("perceived", getTranslation("map.identity.perceived"), row.perceived()));
        Span gap = new Span(row.gap() == null ? getTranslation("map.identity.noGap")
                : getTranslation("map.identity.gap", Figures.signed(row.gap(), getLocale())));
        gap.addClassName("results-identity-gap");
        gap.setId("identity-" + row.key() + "-gap");
        box.add(gap);
        return box;
    }

    private Component bar(String kind, String label, Double mean) {
        Div line = new Div();
        line.addClassNames("results-bar-row", "results-identity-" + kind);
        Span name = new Span(label);
        name.addClassName("results-bar-label");
        Div track = new Div();
        track.addClassName("results-bar-track");
        Div bar = new Div();
        bar.addClassName("results-bar");
        bar.setWidth(mean == null ? "0" : Math.round(100 * (mean - 1) / 4) + "%");
        track.add(bar);
        Span value = new Span(mean == null ? getTranslation("map.identity.tooFew") : Figures.number(mean, 1, getLocale()));
        value.addClassName("results-bar-value");
        line.add(name, track, value);
        return line;
    }

    private Component side(String labelKey, List<RecurringWord> words) {
        Div side = new Div(new Span(getTranslation(labelKey)));
        side.addClassName("results-words-side");
        if (words == null) {
            Span none = new Span(getTranslation("map.identity.tooFewAnswers"));
            none.addClassName("onderstroom-muted");
            side.add(none);
        } else if (words.isEmpty()) {
            Span none = new Span(getTranslation("map.identity.noRecurring"));
            none.addClassName("onderstroom-muted");
            side.add(none);
        } else {
            Div chips = new Div();
            chips.addClassName("results-chips");
            for (RecurringWord w : words) {
                Span chip = new Span(w.word() + " · " + w.answers());
                chip.addClassName("results-chip");
                chip.getElement().setAttribute("title", getTranslation("map.identity.inAnswers", w.answers()));
                chips.add(chip);
            }
            side.add(chips);
        }
        return side;
    }
}
