package nl.onderstroom.map.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;

/**
 * The map's departments and connections as lists a keyboard (and a screen reader) can reach, filtered as the drawing
 * is; each entry opens the same panel a click on the map opens. Long lists of connections start closed.
 */
class KeyboardLists extends Div {

    /** Up to this many connections, their list starts open. */
    private static final int OPEN_UP_TO = 60;

    private final ScanResults results;
    private final List<MapNode> nodes;
    private final LongConsumer openDepartment;
    private final BiConsumer<Long, Long> openConnection;

    /** @param nodes the departments in the order of the list */
    KeyboardLists(ScanResults results, List<MapNode> nodes, LongConsumer openDepartment,
                  BiConsumer<Long, Long> openConnection) {
        this.results = results;
        this.nodes = nodes;
        this.openDepartment = openDepartment;
        this.openConnection = openConnection;
        addClassName("results-lists");
    }

    /** Draws both lists again for this filter. */
    void show(MapFilter filter) {
        removeAll();
        Set<Long> shownNodes = filter.shownNodes(results.map());
        add(departments(shownNodes), connections(filter, shownNodes));
    }

    private Details departments(Set<Long> shownNodes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("results-keyboard-list");
        for (MapNode node : nodes) {
            if (!shownNodes.contains(node.id())) {
                continue;
            }
            Button open = new Button(node.name() + (node.suppressed() ? " (" + getTranslation("map.view.hidden") + ")" : ""),
                    e -> openDepartment.accept(node.id()));
            open.setId("department-" + node.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(open));
        }
        Details details = new Details(getTranslation("map.view.departments", list.getChildren().count()), list);
        details.setId("department-list");
        details.setOpened(true);
        details.addClassName("results-list-box");
        return details;
    }

    private Details connections(MapFilter filter, Set<Long> shownNodes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("results-keyboard-list");
        List<MapEdge> edges = new ArrayList<>(results.map().edges());
        edges.sort(Comparator.comparing((MapEdge e) -> results.name(e.from()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> results.name(e.to()), String.CASE_INSENSITIVE_ORDER));
        for (MapEdge edge : edges) {
            if (!filter.shows(edge) || !shownNodes.contains(edge.from()) || !shownNodes.contains(edge.to())) {
                continue;
            }
            String figure = getTranslation(MeasureTexts.label(Measure.MEAN_FLOW)) + " "
                    + Figures.number(edge.figures().meanFlow(), 1, getLocale());
            Button open = new Button(results.name(edge.from()) + " → " + results.name(edge.to()) + " (" + figure + ")",
                    e -> openConnection.accept(edge.from(), edge.to()));
            open.setId("connection-" + edge.from() + "-" + edge.to());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            list.add(new ListItem(open));
        }
        long count = list.getChildren().count();
        Details details = new Details(getTranslation("map.view.connections", count), list);
        details.setId("connection-list");
        details.setOpened(count <= OPEN_UP_TO);
        details.addClassName("results-list-box");
        return details;
    }
}
