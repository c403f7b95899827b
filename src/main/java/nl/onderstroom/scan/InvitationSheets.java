package nl.onderstroom.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.onderstroom.base.csv.CsvWriter;
import java.util.Locale;
import java.util.Map;
import nl.onderstroom.base.Translations;
import nl.onderstroom.scan.InvitationService.IssuedCodes;

/**
 * Invitation codes to hand out: a CSV (code and link per line) and a printable A4 sheet with eight cut-out cards,
 * each with a QR code of the link, the code and a line on how to use it. Made once, when the codes are made.
 */
public final class InvitationSheets {

    private InvitationSheets() {
    }

    /** The link a code opens: {@code <publicUrl>/s/<code>}. */
    public static String link(String publicUrl, String code) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/s/" + code;
    }

    public static byte[] csv(IssuedCodes issued, String publicUrl) {
        CsvWriter out = CsvWriter.commas().row("department", "code", "link");
        String department = issued.departmentName() == null ? "" : issued.departmentName();
        for (String code : issued.codes()) {
            out.row(department, InvitationCodes.format(code), link(publicUrl, code));
        }
        return out.utf8(false);
    }

    /**
     * The printable sheet: A4, two columns of cards, each with the scan and department, a QR code of the code's
     * link, the code in print and how to use it. Cards grow with long names rather than cut anything off; names
     * are set in DejaVu Sans (embedded), so accented, Greek and Cyrillic letters print as typed.
     */
    public static byte[] pdf(IssuedCodes issued, String publicUrl, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(issued.scanName());
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSplitRows(false);
        Font title = new Font(Fonts.BOLD, 9.5f);
        Font body = new Font(Fonts.REGULAR, 8.5f);
        Font code = new Font(Font.COURIER, 15, Font.BOLD);
        String department = issued.departmentName() == null
                ? Translations.get(locale, "scan.sheet.directors") : issued.departmentName();
        String howTo = Translations.get(locale, "scan.sheet.howTo", link(publicUrl, ""));
        for (String c : issued.codes()) {
            PdfPCell cell = new PdfPCell();
            cell.setMinimumHeight(CARD_HEIGHT);
            cell.setPadding(9);
            cell.setBorderWidth(0.5f);
            cell.setBorderColor(java.awt.Color.GRAY);
            Paragraph head = new Paragraph(12, issued.scanName() + " \u2013 " + department, title);
            cell.addElement(head);
            // as a chunk, the QR keeps its size (as a cell element it would be stretched to the cell's width)
            Paragraph qr = new Paragraph(new Chunk(Image.getInstance(qr(canvas, link(publicUrl, c))), 0, -2, true));
            qr.setAlignment(Element.ALIGN_CENTER);
            qr.setSpacingBefore(4);
            cell.addElement(qr);
            Paragraph codeLine = new Paragraph(18, InvitationCodes.format(c), code);
            codeLine.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(codeLine);
            Paragraph how = new Paragraph(10.5f, howTo, body);
            how.setSpacingBefore(2);
            cell.addElement(how);
            table.addCell(cell);
        }
        table.completeRow();
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    /** Four rows of cards fit on an A4 page between the margins. */
    private static final float CARD_HEIGHT = 196;

    /** The embedded fonts, read once. */
    private static final class Fonts {
        static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
        static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

        private static BaseFont load(String path) {
            try (InputStream in = InvitationSheets.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the application: " + path);
                }
                return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A QR code of {@code text} as a PNG image of about {@code pixels} square (whole pixels per module, with the
     * quiet zone the standard asks for), for screens: the open link's panel shows it.
     */
    public static byte[] qrPng(String text, int pixels) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(m, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A QR code drawn as vector squares (sharp in print, no image library needed). */
    private static PdfTemplate qr(PdfContentByte canvas, String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            float size = 96;
            float module = size / m.getWidth();
            PdfTemplate t = canvas.createTemplate(size, size);
            t.setColorFill(java.awt.Color.BLACK);
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        t.rectangle(x * module, size - (y + 1) * module, module, module);
                    }
                }
            }
            t.fill();
            return t;
        } catch (WriterException e) {
            throw new IllegalStateException("QR code", e);
        }
    }
}
