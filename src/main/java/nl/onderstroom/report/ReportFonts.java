package nl.onderstroom.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * DejaVu Sans (shipped in {@code fonts/}), embedded in the PDFs and drawn in the pictures, so accented, Greek and
 * Cyrillic names print as typed on any server, with or without system fonts.
 */
final class ReportFonts {

    static final BaseFont PDF_REGULAR = pdf("fonts/DejaVuSans.ttf");
    static final BaseFont PDF_BOLD = pdf("fonts/DejaVuSans-Bold.ttf");
    static final Font AWT_REGULAR = awt("fonts/DejaVuSans.ttf");
    static final Font AWT_BOLD = awt("fonts/DejaVuSans-Bold.ttf");

    private ReportFonts() {
    }

    private static byte[] read(String path) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont pdf(String path) {
        try {
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, read(path), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(String path) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(read(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + path, e);
        }
    }
}
