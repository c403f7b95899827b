package nl.onderstroom.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A plain A4 document in DejaVu Sans: headings, paragraphs, bullet lists, tables and pictures. Long names wrap,
 * tables repeat their header on a new page, and nothing is cut off.
 */
final class PdfWriter {

    static final Font TITLE = new Font(ReportFonts.PDF_BOLD, 22, Font.NORMAL, new Color(0x1d, 0x2a, 0x33));
    static final Font SUBTITLE = new Font(ReportFonts.PDF_REGULAR, 13, Font.NORMAL, new Color(0x1d, 0x2a, 0x33));
    static final Font H1 = new Font(ReportFonts.PDF_BOLD, 15, Font.NORMAL, new Color(0x0b, 0x3c, 0x5d));
    static final Font H2 = new Font(ReportFonts.PDF_BOLD, 11.5f, Font.NORMAL, new Color(0x1d, 0x2a, 0x33));
    static final Font BODY = new Font(ReportFonts.PDF_REGULAR, 10, Font.NORMAL, new Color(0x1d, 0x2a, 0x33));
    static final Font BOLD = new Font(ReportFonts.PDF_BOLD, 10, Font.NORMAL, new Color(0x1d, 0x2a, 0x33));
    static final Font SMALL = new Font(ReportFonts.PDF_REGULAR, 8.5f, Font.NORMAL, new Color(0x4f, 0x5b, 0x64));
    static final Font CELL = new Font(ReportFonts.PDF_REGULAR, 8.5f, Font.NORMAL, new Color(0x1d, 0x2a, 0x33));
    static final Font CELL_BOLD = new Font(ReportFonts.PDF_BOLD, 8.5f, Font.NORMAL, new Color(0x1d, 0x2a, 0x33));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 48);

    PdfWriter(String title, String language) {
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        writer.setPageEvent(new com.lowagie.text.pdf.PdfPageEventHelper() {
            @Override
            public void onEndPage(com.lowagie.text.pdf.PdfWriter w, Document d) {
                com.lowagie.text.pdf.ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(w.getPageNumber()), SMALL), (d.left() + d.right()) / 2, 24, 0);
            }
        });
        document.addTitle(title);
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(language));
        document.addCreator("Onderstroom");
        document.open();
    }

    float width() {
        return document.right() - document.left();
    }

    PdfWriter title(String text) {
        Paragraph p = new Paragraph(28, text, TITLE);
        p.setSpacingAfter(6);
        add(p);
        return this;
    }

    PdfWriter subtitle(String text) {
        Paragraph p = new Paragraph(18, text, SUBTITLE);
        p.setSpacingAfter(4);
        add(p);
        return this;
    }

    PdfWriter heading(String text) {
        Paragraph p = new Paragraph(20, text, H1);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        add(p);
        return this;
    }

    PdfWriter subheading(String text) {
        Paragraph p = new Paragraph(15, text, H2);
        p.setSpacingBefore(8);
        p.setSpacingAfter(2);
        add(p);
        return this;
    }

    PdfWriter paragraph(String text) {
        return paragraph(text, BODY);
    }

    PdfWriter paragraph(String text, Font font) {
        Paragraph p = new Paragraph(14, text, font);
        p.setSpacingAfter(4);
        add(p);
        return this;
    }

    /** A paragraph starting with a bold label, e.g. "Threshold: ...". */
    PdfWriter labelled(String label, String text) {
        Paragraph p = new Paragraph(14);
        p.add(new Chunk(label + " ", BOLD));
        p.add(new Chunk(text, BODY));
        p.setSpacingAfter(3);
        add(p);
        return this;
    }

    PdfWriter bullets(List<String> items) {
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        list.setListSymbol(new Chunk("•  ", BODY));
        for (String item : items) {
            ListItem li = new ListItem(14, item, BODY);
            list.add(li);
        }
        add(list);
        add(new Paragraph(4, " ", BODY));
        return this;
    }

    /**
     * A table: the first row is the header (repeated on a new page). {@code widths} are relative; a cell text
     * {@code null} prints as an en dash.
     */
    PdfWriter table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(h, CELL_BOLD));
            cell.setBackgroundColor(new Color(0xee, 0xf1, 0xf3));
            cell.setPadding(4);
            cell.setBorderColor(new Color(0xc4, 0xc9, 0xce));
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "–" : value, CELL));
                cell.setPadding(4);
                cell.setBorderColor(new Color(0xc4, 0xc9, 0xce));
                table.addCell(cell);
            }
        }
        add(table);
        return this;
    }

    /** A picture scaled to the page's width (at most its own size at 144 dpi), kept on one page. */
    PdfWriter picture(byte[] png, float pixelsPerPoint) {
        try {
            Image image = Image.getInstance(png);
            float w = image.getWidth() / pixelsPerPoint;
            float h = image.getHeight() / pixelsPerPoint;
            float maxHeight = document.top() - document.bottom() - 40;
            float scale = Math.min(1, Math.min(width() / w, maxHeight / h));
            image.scaleAbsolute(w * scale, h * scale);
            image.setAlignment(Element.ALIGN_CENTER);
            add(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PdfWriter newPage() {
        document.newPage();
        return this;
    }

    private void add(Element element) {
        document.add(element);
    }

    byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
