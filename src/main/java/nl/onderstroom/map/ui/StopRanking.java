package nl.onderstroom.map.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.onderstroom.map.LeadSentences;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.StopRankingEntry;

/**
 * Where collaboration stops most: the top connections by stop score, each a button that opens it, the first five
 * shown and the rest behind "show all" (they fit beside the map on a laptop without scrolling).
 */
class StopRanking extends Div {

    private static final int SIZE = 10;
    private static final int FIRST = 5;

    StopRanking(ScanResults results, BiConsumer<Long, Long> openConnection) {
        setId("stop-ranking");
        addClassName("results-ranking");
        add(new H3(getTranslation("map.view.stopRanking")));
        Paragraph explain = new Paragraph(getTranslation(MeasureTexts.explain(Measure.STOP_SCORE)));
        explain.addClassName("onderstroom-muted");
        add(explain);
        List<StopRankingEntry> ranking = results.map().stopRanking();
        if (ranking.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(LeadSentences.allHidden(results.map()) ? "map.view.tooFewShort"
                    : "map.view.stopRankingEmpty"));
            empty.setId("stop-ranking-empty");
            add(empty);
            return;
        }
        OrderedList list = new OrderedList();
        List<ListItem> later = new ArrayList<>();
        List<StopRankingEntry> top = ranking.subList(0, Math.min(SIZE, ranking.size()));
        for (int i = 0; i < top.size(); i++) {
            StopRankingEntry entry = top.get(i);
            Button open = new Button(results.name(entry.from()) + " → " + results.name(entry.to()),
                    e -> openConnection.accept(entry.from(), entry.to()));
            open.setId("stop-" + entry.from() + "-" + entry.to());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span score = new Span(getTranslation("map.view.stopEntry", Figures.percent(entry.stopsShare(), getLocale()),
                    Figures.number(entry.meanImportance(), 1, getLocale())));
            score.addClassName("results-ranking-figure");
            ListItem item = new ListItem(open, score);
            if (i >= FIRST) {
                item.setVisible(false);
                later.add(item);
            }
            list.add(item);
        }
        add(list);
        if (!later.isEmpty()) {
            Button more = new Button(getTranslation("map.view.stopRankingMore", top.size()));
            more.setId("stop-ranking-more");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClickListener(e -> {
                later.forEach(item -> item.setVisible(true));
                more.setVisible(false);
                later.get(0).getChildren().findFirst().ifPresent(c -> ((Button) c).focus());
            });
            add(more);
        }
    }
}
