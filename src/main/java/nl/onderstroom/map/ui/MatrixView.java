package nl.onderstroom.map.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;

/**
 * Department × department heat map of flow: a row per rating department, a column per rated one, the diagonal the
 * department's own cohesion. Suppressed cells are marked, unrated ones empty. Ordered by the formal tree or by
 * informal cluster. A real table ({@link HeatTable}): a screen reader names each cell by its row and column.
 */
@Route("scans/:scanId/matrix")
@PermitAll
@CssImport("./src/onderstroom-results.css")
class MatrixView extends ResultsPage {

    enum Order { TREE, CLUSTER }

    /** Holds the table, drawn anew in the chosen order. */
    private final Div matrix = new Div();

    MatrixView(MapService service) {
        super(service, Page.MATRIX);
        setId("matrix-view");
        matrix.setWidthFull();
    }

    @Override
    protected void render() {
        Paragraph explain = new Paragraph(getTranslation("map.matrix.explain") + " "
                + getTranslation(MeasureTexts.explain(Measure.MEAN_FLOW)));
        explain.addClassName("onderstroom-muted");
        RadioButtonGroup<Order> order = new RadioButtonGroup<>(getTranslation("map.matrix.order"));
        order.setId("matrix-order");
        order.setItems(Order.values());
        order.setItemLabelGenerator(o -> getTranslation("map.matrix.order." + o.name().toLowerCase()));
        order.setValue(Order.TREE);
        order.addValueChangeListener(e -> fill(e.getValue()));
        add(explain, order, matrix);
        fill(Order.TREE);
    }

    /** Departments in the order of the formal tree (as the map lists them), or grouped by informal cluster. */
    List<MapNode> ordered(Order order) {
        List<MapNode> tree = treeOrder();
        if (order == Order.TREE) {
            return tree;
        }
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            position.put(tree.get(i).id(), i);
        }
        List<MapNode> byCluster = new ArrayList<>(tree);
        byCluster.sort(Comparator.comparing((MapNode n) -> n.figures() == null || n.figures().clusterId() == null
                        ? Integer.MAX_VALUE : n.figures().clusterId())
                .thenComparing(n -> position.get(n.id())));
        return byCluster;
    }

    private List<MapNode> treeOrder() {
        Map<Long, List<MapNode>> children = new HashMap<>();
        for (MapNode n : results.map().nodes()) {
            children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        children.values().forEach(l -> l.sort(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)));
        List<MapNode> out = new ArrayList<>();
        walk(children, null, out);
        return out;
    }

    private static void walk(Map<Long, List<MapNode>> children, Long parent, List<MapNode> out) {
        for (MapNode n : children.getOrDefault(parent, List.of())) {
            out.add(n);
            walk(children, n.id(), out);
        }
    }

    private void fill(Order order) {
        matrix.removeAll();
        List<MapNode> nodes = ordered(order);
        Map<List<Long>, MapEdge> edges = new HashMap<>();
        results.map().edges().forEach(e -> edges.put(List.of(e.from(), e.to()), e));
        HeatTable table = new HeatTable("flow-matrix", getTranslation("map.matrix.title"),
                getTranslation("map.matrix.corner"), nodes.stream().map(MapNode::name).toList())
                .columnHeadClass("results-matrix-colhead");
        table.table().addClassName("results-flow-table");
        for (MapNode from : nodes) {
            NativeTableRow row = table.row(from.name());
            for (MapNode to : nodes) {
                row.add(cell(from, to, edges.get(List.of(from.id(), to.id()))));
            }
        }
        matrix.add(table);
    }

    private NativeTableCell cell(MapNode from, MapNode to, MapEdge edge) {
        String id = "cell-" + from.id() + "-" + to.id();
        NativeTableCell cell;
        if (from.id() == to.id()) {
            Double cohesion = from.figures() == null ? null : from.figures().cohesion();
            if (from.suppressed()) {
                String hidden = getTranslation(MeasureTexts.label(Measure.SUPPRESSED));
                cell = HeatTable.mark(id, "×", hidden, from.name() + ": " + hidden, "results-matrix-suppressed");
            } else {
                String value = Figures.number(cohesion, 1, getLocale());
                cell = HeatTable.value(id, value, from.name() + ": " + getTranslation(MeasureTexts.label(Measure.COHESION))
                        + " " + value, Figures.ratingColour(cohesion));
            }
            cell.addClassName("results-matrix-diagonal");
        } else if (edge == null) {
            String none = getTranslation("map.matrix.notRated");
            cell = HeatTable.mark(id, "–", none, from.name() + " → " + to.name() + ": " + none, "results-matrix-empty");
        } else {
            Double flow = edge.figures().meanFlow();
            String value = Figures.number(flow, 1, getLocale());
            cell = HeatTable.value(id, value, from.name() + " → " + to.name() + ": "
                    + getTranslation(MeasureTexts.label(Measure.MEAN_FLOW)) + " " + value, Figures.ratingColour(flow));
        }
        return cell;
    }
}
