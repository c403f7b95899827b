package nl.onderstroom.map.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.scan.ScanTallies;

/**
 * Above the map: find a department, the filters (minimum flow, one department's neighbourhood) and, when the
 * organisation has earlier scans, the wave to compare with. The toggles of the marks live in the {@link MapLegend}
 * beside their symbols. The toolbar hands what was chosen to the view: a found department, a change of the filter, a
 * wave.
 */
class MapToolbar extends Div {

    private final ComboBox<MapNode> find = new ComboBox<>();
    private final ComboBox<MapNode> around = new ComboBox<>();

    /**
     * @param nodes       the departments, in the order the lists show them
     * @param onFind      a department found: the view opens and centres it
     * @param onFindClear the search emptied by the user: the view shows the whole map again
     * @param onFilter    a change to the filter
     * @param earlier     earlier scans of the organisation, to compare with; none hides the choice
     * @param onCompare   the wave chosen, {@code null} for none
     */
    MapToolbar(List<MapNode> nodes, Consumer<MapNode> onFind, Runnable onFindClear,
               Consumer<UnaryOperator<MapFilter>> onFilter, List<ScanTallies.ScanInfo> earlier,
               Consumer<ScanTallies.ScanInfo> onCompare) {
        find.setId("map-find");
        find.setLabel(getTranslation("map.view.find"));
        find.setPlaceholder(getTranslation("map.view.findPlaceholder"));
        find.setItems(nodes);
        find.setItemLabelGenerator(MapNode::name);
        find.setClearButtonVisible(true);
        find.getElement().setAttribute("aria-description", getTranslation("map.view.findHelp"));
        find.addClassName("results-filter");
        find.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onFind.accept(e.getValue());
            } else if (e.isFromClient()) {
                onFindClear.run();
            }
        });

        Select<Double> minFlow = new Select<>();
        minFlow.setId("filter-min-flow");
        minFlow.setLabel(getTranslation("map.view.minFlow"));
        minFlow.setItems(1.0, 2.0, 3.0, 4.0);
        minFlow.setItemLabelGenerator(v -> v <= 1 ? getTranslation("map.view.minFlowAll")
                : "≥ " + Figures.number(v, 0, getLocale()));
        minFlow.setValue(1.0);
        minFlow.setTooltipText(getTranslation(MeasureTexts.explain(Measure.MEAN_FLOW)));
        minFlow.addValueChangeListener(e -> onFilter.accept(f -> f.withMinFlow(e.getValue() == null ? 1 : e.getValue())));
        minFlow.addClassName("results-filter");

        around.setLabel(getTranslation("map.view.neighbourhood"));
        around.setId("filter-neighbourhood");
        around.setItems(nodes);
        around.setItemLabelGenerator(MapNode::name);
        around.setClearButtonVisible(true);
        around.setPlaceholder(getTranslation("map.view.neighbourhoodAll"));
        around.addValueChangeListener(e -> onFilter.accept(f -> f.withNeighbourhood(e.getValue() == null ? null
                : e.getValue().id())));
        around.addClassName("results-filter");

        Div filters = new Div(find, minFlow, around);
        filters.addClassName("results-filters");
        if (!earlier.isEmpty()) {
            Select<ScanTallies.ScanInfo> compare = new Select<>();
            compare.setId("compare-with");
            compare.setLabel(getTranslation("map.wave.compareWith"));
            compare.setEmptySelectionAllowed(true);
            compare.setEmptySelectionCaption(getTranslation("map.wave.none"));
            compare.setItems(earlier);
            compare.setItemLabelGenerator(s -> s == null ? getTranslation("map.wave.none") : s.name());
            compare.addValueChangeListener(e -> onCompare.accept(e.getValue()));
            compare.addClassName("results-filter");
            filters.add(compare);
        }
        add(filters);
        addClassName("results-toolbar");
    }

    /** Empties the search unless it holds this department (another was chosen on the map or in a list). */
    void clearFindUnless(Long departmentId) {
        if (find.getValue() != null && (departmentId == null || find.getValue().id() != departmentId)) {
            find.clear();
        }
    }

    /** Narrows the map to this department's neighbourhood, as if chosen in the filter. */
    void showNeighbourhood(MapNode node) {
        around.setValue(node);
    }
}
