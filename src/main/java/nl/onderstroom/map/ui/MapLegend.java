package nl.onderstroom.map.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.onderstroom.map.MapService;

/**
 * Every symbol of the drawing in words beside a small picture of it (the picture is decoration: the text says it
 * all, so nothing depends on seeing colour). The marks that can be switched on carry their checkbox: islands, brokers
 * and clusters switch the drawing's marks themselves; "only where it stops" is a filter, handed to the view. "What do
 * the signs mean?" opens one sentence per symbol; below it the drawing's own actions (save as PNG, reset the layout).
 */
class MapLegend extends Div {

    MapLegend(ConnectionMap map, long scanId, Consumer<Boolean> onlyStopping) {
        Checkbox stopping = toggle("filter-stopping", "map.legend.short.dashed", onlyStopping);
        Checkbox islands = toggle("toggle-islands", "map.legend.short.island", map::setShowIslands);
        Checkbox brokers = toggle("toggle-brokers", "map.legend.short.broker", map::setShowBrokers);
        Checkbox clusters = toggle("toggle-clusters", "map.legend.short.cluster", map::setShowClusters);
        UnorderedList items = new UnorderedList(
                item("legend-node-colour", "results-legend-scale", text("map.legend.short.nodeColour")),
                item("legend-node-size", "results-legend-sizes", text("map.legend.short.nodeSize")),
                item("legend-arrow", "results-legend-arrow", text("map.legend.short.arrow")),
                item("legend-edge-colour", "results-legend-edge-scale", text("map.legend.short.edgeColour")),
                item("legend-edge-width", "results-legend-widths", text("map.legend.short.edgeWidth")),
                item("legend-hidden", "results-legend-hidden", text("map.legend.short.hidden")),
                item("legend-dashed", "results-legend-stop", stopping),
                item("legend-island", "results-legend-island", islands),
                item("legend-broker", "results-legend-broker", brokers),
                item("legend-cluster", "results-legend-cluster", clusters),
                item("legend-change", "results-legend-change", text("map.legend.short.change")));
        // the change symbol is a number as the canvas draws it: in the user's locale
        items.getChildren().filter(c -> c.getId().orElse("").equals("legend-change")).findFirst()
                .flatMap(c -> c.getChildren().findFirst())
                .ifPresent(symbol -> ((Span) symbol).setText(Figures.signed(0.6, getLocale())));
        items.addClassName("results-legend-items");
        items.getElement().setAttribute("aria-label", getTranslation("map.legend.title"));

        String stopShare = Figures.percent(MapService.STOP_MARK_SHARE, getLocale());
        UnorderedList sentences = new UnorderedList();
        sentences.setId("legend-sentences");
        for (String key : List.of("nodeColour", "nodeSize", "arrow", "edgeColour", "edgeWidth", "hiddenNode",
                "dashed", "island", "broker", "cluster", "change")) {
            sentences.add(new ListItem(getTranslation("map.legend." + key, stopShare)));
        }
        Details more = new Details(getTranslation("map.legend.more"), sentences);
        more.setId("legend-more");
        more.addClassName("results-legend-more");
        Div foot = new Div(more, actions(map, scanId));
        foot.addClassName("results-legend-foot");

        add(items, foot);
        setId("map-legend");
        addClassName("results-legend");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("map.legend.title"));
    }

    private Component actions(ConnectionMap map, long scanId) {
        Button png = new Button(getTranslation("map.view.exportPng"), VaadinIcon.DOWNLOAD.create(),
                e -> map.exportPng(getTranslation("map.view.pngName") + "-" + scanId + ".png"));
        png.setId("export-png");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("map.view.resetLayout"), VaadinIcon.REFRESH.create(), e -> map.resetLayout());
        reset.setId("reset-layout");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div actions = new Div(png, reset);
        actions.addClassName("results-actions");
        return actions;
    }

    private Span text(String key) {
        return new Span(getTranslation(key));
    }

    private Checkbox toggle(String id, String key, Consumer<Boolean> onChange) {
        Checkbox box = new Checkbox();
        box.setId(id);
        box.addValueChangeListener(e -> onChange.accept(e.getValue()));
        box.setLabel(getTranslation(key));
        box.getElement().setAttribute("aria-description", getTranslation("map.legend.toggleHelp"));
        return box;
    }

    private static ListItem item(String id, String symbolClass, Component text) {
        Span symbol = new Span();
        symbol.addClassNames("results-legend-symbol", symbolClass);
        symbol.getElement().setAttribute("aria-hidden", "true");
        ListItem item = new ListItem(symbol, text);
        item.setId(id);
        item.addClassName("results-legend-item");
        return item;
    }
}
