package nl.onderstroom.map.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

/**
 * A heat map (matrix, themes, own questions) as a real table: a caption, a header row whose cells name the columns,
 * a header cell naming each row, and every data cell present, an empty or hidden one too, with words a screen
 * reader speaks where the eye sees a mark ("–", "×"). Wrapped in a scroll region that takes the keyboard focus, so a
 * wide table can be scrolled sideways by keyboard on a phone.
 */
final class HeatTable extends Div {

    private final NativeTable table = new NativeTable();

    /**
     * @param tableId the table's id
     * @param caption what the table shows, read out as its name (and the scroll region's)
     * @param corner  the text of the header cell above the row names
     * @param columns the column names, in order
     */
    HeatTable(String tableId, String caption, String corner, List<String> columns) {
        addClassName("results-scroll");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption);
        getElement().setAttribute("tabindex", "0");
        table.setId(tableId);
        table.addClassName("results-table");
        table.setCaptionText(caption);
        table.getCaption().addClassName("onderstroom-sr-only");
        NativeTableRow head = table.getHead().addRow();
        NativeTableHeaderCell cornerCell = head.addHeaderCell();
        cornerCell.setText(corner);
        cornerCell.addClassName("results-table-corner");
        cornerCell.getElement().setAttribute("scope", "col");
        for (String column : columns) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("title", column);
            cell.add(new Span(column));
        }
        add(table);
    }

    NativeTable table() {
        return table;
    }

    /** Adds the column-header cells' class (e.g. the matrix's vertical names). */
    HeatTable columnHeadClass(String className) {
        table.getHead().getRows().get(0).getHeaderCells().stream().skip(1).forEach(c -> c.addClassName(className));
        return this;
    }

    /** Starts a row named by a header cell; add its cells with {@link NativeTableRow#add}. */
    NativeTableRow row(String name, String... classNames) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell head = row.addHeaderCell();
        head.setText(name);
        head.getElement().setAttribute("scope", "row");
        head.getElement().setAttribute("title", name);
        head.addClassName("results-table-rowhead");
        head.addClassNames(classNames);
        return row;
    }

    /** Removes the rows (keeps caption and column headers). */
    void clearRows() {
        table.getBody().removeAllRows();
    }

    /** A cell with a figure on a colour, the text black or white, whichever contrasts more (at least 4.5:1). */
    static NativeTableCell value(String id, String text, String title, String background) {
        NativeTableCell cell = base(id, title);
        cell.setText(text);
        if (background != null) {
            cell.getStyle().set("background", background).set("color", Figures.textOn(background));
        }
        return cell;
    }

    /**
     * A cell without a figure: the eye sees the mark, a screen reader hears the words (the same words a sighted
     * reader gets in the tooltip).
     */
    static NativeTableCell mark(String id, String mark, String spoken, String title, String className) {
        NativeTableCell cell = base(id, title);
        Span seen = new Span(mark);
        seen.getElement().setAttribute("aria-hidden", "true");
        Span heard = new Span(spoken);
        heard.addClassName("onderstroom-sr-only");
        cell.add(seen, heard);
        cell.addClassName(className);
        return cell;
    }

    private static NativeTableCell base(String id, String title) {
        NativeTableCell cell = new NativeTableCell();
        cell.setId(id);
        cell.addClassName("results-matrix-cell");
        cell.getElement().setAttribute("title", title);
        return cell;
    }
}
