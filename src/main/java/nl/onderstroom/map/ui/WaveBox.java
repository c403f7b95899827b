package nl.onderstroom.map.ui;

import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.WaveComparison;

/**
 * Below the map, once an earlier wave is chosen: what improved and what worsened since then (by at least
 * {@link WaveComparison#MINIMUM_CHANGE}), connections and departments, each opening its panel. Empty without a wave.
 */
class WaveBox extends Div {

    private final ScanResults results;
    private final LongConsumer openDepartment;
    private final BiConsumer<Long, Long> openConnection;

    WaveBox(ScanResults results, LongConsumer openDepartment, BiConsumer<Long, Long> openConnection) {
        this.results = results;
        this.openDepartment = openDepartment;
        this.openConnection = openConnection;
        setId("wave-changes");
        addClassName("results-wave");
    }

    /** Shows the changes since the wave named {@code earlier}; {@code null} comparison: none chosen, shows nothing. */
    void show(String earlier, WaveComparison comparison) {
        removeAll();
        if (comparison == null) {
            return;
        }
        add(new H3(getTranslation("map.wave.title", earlier)));
        Paragraph explain = new Paragraph(getTranslation("map.wave.explain",
                Figures.number(WaveComparison.MINIMUM_CHANGE, 1, getLocale())));
        explain.addClassName("onderstroom-muted");
        add(explain);
        Div columns = new Div(changeList("wave-improved", "map.wave.improved", comparison, true),
                changeList("wave-worsened", "map.wave.worsened", comparison, false));
        columns.addClassName("results-wave-columns");
        add(columns);
    }

    private Component changeList(String id, String titleKey, WaveComparison comparison, boolean improved) {
        Div box = new Div(new H4(getTranslation(titleKey)));
        box.setId(id);
        UnorderedList list = new UnorderedList();
        for (WaveComparison.ConnectionChange c : comparison.connections()) {
            if (c.improved() == improved) {
                Button open = new Button(results.name(c.from()) + " → " + results.name(c.to()),
                        e -> openConnection.accept(c.from(), c.to()));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                open.setId(id + "-" + c.from() + "-" + c.to());
                list.add(new ListItem(open, change(c.before(), c.after(), "", improved)));
            }
        }
        for (WaveComparison.DepartmentChange c : comparison.departments()) {
            if (c.improved() == improved) {
                Button open = new Button(results.name(c.departmentId()), e -> openDepartment.accept(c.departmentId()));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                list.add(new ListItem(open, change(c.before(), c.after(),
                        " " + getTranslation(MeasureTexts.label(c.measure())) + ":", improved)));
            }
        }
        if (list.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("map.wave.nothing"));
            none.addClassName("onderstroom-muted");
            box.add(none);
        } else {
            box.add(list);
        }
        return box;
    }

    /** " from → to", after {@code what} (empty, or the measure's name and a colon), coloured by direction. */
    private Span change(Double before, Double after, String what, boolean improved) {
        Span figures = new Span(what + " " + getTranslation("map.wave.fromTo", Figures.number(before, 1, getLocale()),
                Figures.number(after, 1, getLocale())));
        figures.addClassName(improved ? "results-improved" : "results-worsened");
        return figures;
    }
}
