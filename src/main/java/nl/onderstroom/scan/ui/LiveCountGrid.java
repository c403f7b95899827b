package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import nl.onderstroom.scan.LiveCountService.DepartmentResponses;
import nl.onderstroom.scan.LiveCountService.ResponseCounts;

/**
 * The scan's live response counts: a row per department (indented by depth) and, in {@link #total()}, the scan's total.
 * A department under the threshold k shows "&lt; k", or "at least k" where it is hidden to protect a smaller one. The
 * view places the total above the grid and calls {@link #show} whenever a submission is pushed.
 */
class LiveCountGrid extends Grid<DepartmentResponses> {

    private final Span total = new Span();
    private int threshold;

    LiveCountGrid() {
        setId("response-counts");
        total.setId("response-total");
        addColumn(d -> "\u2003".repeat(d.depth()) + d.name()).setHeader(getTranslation("scan.view.department")).setFlexGrow(2);
        addColumn(d -> d.responses() != null ? String.valueOf(d.responses())
                        : d.atLeastK() ? getTranslation("supp.counts.protecting", threshold) : "< " + threshold)
                .setHeader(getTranslation("scan.view.responses")).setClassNameGenerator(d -> "response-count");
        addColumn(d -> d.responseRate() == null ? "–"
                : NumberFormat.getPercentInstance(getLocale()).format(d.responseRate()))
                .setHeader(getTranslation("supp.counts.rate"));
        addColumn(DepartmentResponses::invitations).setHeader(getTranslation("scan.view.codes"));
        setAllRowsVisible(true);
    }

    /** The line with the scan's total (and its response rate), hidden under k like a department's count. */
    Span total() {
        return total;
    }

    /** The scan's threshold k, as its settings say now: the hidden rows name it. */
    void setThreshold(int threshold) {
        this.threshold = threshold;
    }

    void show(ResponseCounts c) {
        total.setText(c.total() == null ? getTranslation("scan.view.totalHidden", c.threshold())
                : getTranslation("scan.view.total", c.total()) + (c.responseRate() == null ? ""
                        : " (" + getTranslation("supp.counts.totalRate",
                        NumberFormat.getPercentInstance(getLocale()).format(c.responseRate())) + ")"));
        setItems(c.departments());
    }
}
