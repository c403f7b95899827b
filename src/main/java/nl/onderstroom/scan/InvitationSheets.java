package nl.onderstroom.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import nl.onderstroom.base.csv.CsvWriter;
import java.util.Locale;
import java.util.Map;
import nl.onderstroom.base.Translations;
import nl.onderstroom.scan.ScanService.IssuedCodes;

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

    public static byte[] pdf(IssuedCodes issued, String publicUrl, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        Font title = new Font(Font.HELVETICA, 11, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 9);
        Font code = new Font(Font.COURIER, 14, Font.BOLD);
        String department = issued.departmentName() == null
                ? Translations.get(locale, "scan.sheet.directors") : issued.departmentName();
        for (String c : issued.codes()) {
            String link = link(publicUrl, c);
            PdfPCell cell = new PdfPCell();
            cell.setFixedHeight(190);
            cell.setPadding(10);
            cell.setBorderWidth(0.5f);
            cell.setBorderColor(java.awt.Color.GRAY);
            Paragraph head = new Paragraph(issued.scanName() + " – " + department, title);
            cell.addElement(head);
            com.lowagie.text.Image qr = com.lowagie.text.Image.getInstance(qr(canvas, link));
            qr.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(qr);
            Paragraph codeLine = new Paragraph(InvitationCodes.format(c), code);
            codeLine.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(codeLine);
            cell.addElement(new Paragraph(Translations.get(locale, "scan.sheet.howTo", link(publicUrl, "")), body));
            table.addCell(cell);
        }
        table.completeRow();
        document.add(table);
        document.close();
        return out.toByteArray();
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
