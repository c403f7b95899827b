package nl.onderstroom.map.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 * informal cluster.
 */
@Route("scans/:scanId/matrix")
@PermitAll
@CssImport("./src/onderstroom-results.css")
class MatrixView extends ResultsPage {

    enum Order { TREE, CLUSTER }

    private final Div matrix = new Div();

    MatrixView(MapService service) {
        super(service, Page.MATRIX);
        setId("matrix-view");
        matrix.setId("flow-matrix");
        matrix.addClassName("results-matrix");
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
        Div scroller = new Div(matrix);
        scroller.addClassName("results-scroll");
        add(explain, order, scroller);
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
        matrix.getStyle().set("grid-template-columns", "minmax(8em, 14em) repeat(" + nodes.size() + ", 2.6em)");
        matrix.getElement().setAttribute("role", "table");
        matrix.getElement().setAttribute("aria-label", getTranslation("map.matrix.title"));
        Span corner = new Span(getTranslation("map.matrix.corner"));
        corner.addClassNames("results-matrix-corner");
        matrix.add(corner);
        for (MapNode to : nodes) {
            Span head = new Span(to.name());
            head.addClassName("results-matrix-colhead");
            head.getElement().setAttribute("title", to.name());
            matrix.add(head);
        }
        for (MapNode from : nodes) {
            Span rowHead = new Span(from.name());
            rowHead.addClassName("results-matrix-rowhead");
            matrix.add(rowHead);
            for (MapNode to : nodes) {
                matrix.add(cell(from, to, edges.get(List.of(from.id(), to.id()))));
            }
        }
    }

    private Span cell(MapNode from, MapNode to, MapEdge edge) {
        Span cell = new Span();
        cell.addClassName("results-matrix-cell");
        cell.setId("cell-" + from.id() + "-" + to.id());
        String title;
        if (from.id() == to.id()) {
            cell.addClassName("results-matrix-diagonal");
            Double cohesion = from.figures() == null ? null : from.figures().cohesion();
            if (from.suppressed()) {
                cell.addClassName("results-matrix-suppressed");
                cell.setText("×");
                title = from.name() + ": " + getTranslation(MeasureTexts.label(Measure.SUPPRESSED));
            } else {
                cell.getStyle().set("background", Figures.ratingColour(cohesion))
                        .set("color", Figures.textOnRating(cohesion)).set("text-shadow", "none");
                cell.setText(Figures.number(cohesion, 1, getLocale()));
                title = from.name() + ": " + getTranslation(MeasureTexts.label(Measure.COHESION)) + " "
                        + Figures.number(cohesion, 1, getLocale());
            }
        } else if (edge == null) {
            cell.addClassName("results-matrix-empty");
            title = from.name() + " → " + to.name() + ": " + getTranslation("map.matrix.notRated");
        } else {
            Double flow = edge.figures().meanFlow();
            cell.getStyle().set("background", Figures.ratingColour(flow))
                    .set("color", Figures.textOnRating(flow)).set("text-shadow", "none");
            cell.setText(Figures.number(flow, 1, getLocale()));
            title = from.name() + " → " + to.name() + ": " + getTranslation(MeasureTexts.label(Measure.MEAN_FLOW)) + " "
                    + Figures.number(flow, 1, getLocale());
        }
        cell.getElement().setAttribute("title", title);
        cell.getElement().setAttribute("aria-label", title);
        return cell;
    }
}
