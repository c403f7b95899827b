package nl.onderstroom.scan;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * An invitation sheet read the way a person reads it: each page rendered to an image (as a printer or a phone
 * camera sees it), every QR code on it decoded with ZXing, and the page's text extracted with PDFBox.
 */
public record PrintedSheet(List<Page> pages) {

    /**
     * One page: its text, the text of its left and right half (a card's lines stay together there), and the QR codes
     * on it in reading order (top to bottom, left to right).
     */
    public record Page(String text, List<String> columns, List<String> qrCodes, BufferedImage image) {
    }

    /** Reads a PDF at 150 dpi (a plain office print); with {@code pngFolder}, also writes each page as a PNG there. */
    public static PrintedSheet read(byte[] pdf, Path pngFolder) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 150, ImageType.RGB);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                PDFTextStripperByArea halves = new PDFTextStripperByArea();
                halves.setSortByPosition(true);
                PDRectangle box = document.getPage(i).getMediaBox();
                halves.addRegion("left", new Rectangle2D.Float(0, 0, box.getWidth() / 2, box.getHeight()));
                halves.addRegion("right", new Rectangle2D.Float(box.getWidth() / 2, 0, box.getWidth() / 2, box.getHeight()));
                halves.extractRegions(document.getPage(i));
                pages.add(new Page(stripper.getText(document), List.of(halves.getTextForRegion("left"),
                        halves.getTextForRegion("right")), decode(image), image));
                if (pngFolder != null) {
                    Files.createDirectories(pngFolder);
                    ImageIO.write(image, "png", pngFolder.resolve("page-" + (i + 1) + ".png").toFile());
                }
            }
            return new PrintedSheet(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every QR code in an image, in reading order; none gives an empty list. */
    public static List<String> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return Arrays.stream(results)
                    .sorted(Comparator.comparingDouble((Result r) -> Math.round(r.getResultPoints()[1].getY() / 100.0))
                            .thenComparingDouble(r -> r.getResultPoints()[1].getX()))
                    .map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    public List<String> allQrCodes() {
        return pages.stream().flatMap(p -> p.qrCodes().stream()).toList();
    }
}
