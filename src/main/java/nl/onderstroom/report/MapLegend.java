package nl.onderstroom.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.onderstroom.base.LocalNumbers;
import nl.onderstroom.base.Translations;
import nl.onderstroom.map.MapService;

/**
 * The legend under the drawn map ({@link MapPicture}): every symbol drawn as the map draws it, with a sentence that
 * says it in words, in two columns. Changes with the words and symbols, not with the drawing of the map itself.
 */
final class MapLegend {

    private static final int COLUMN = 560;
    private static final int ROW = 30;

    private MapLegend() {
    }

    /** Each symbol's key and its sentence, in the order drawn. */
    static List<String[]> items(Locale locale) {
        List<String[]> items = new ArrayList<>();
        for (String key : List.of("nodeColour", "nodeSize", "arrow", "edgeColour", "edgeWidth", "dashed", "hidden",
                "island", "broker")) {
            items.add(new String[]{key, Translations.get(locale, "report.legend." + key,
                    LocalNumbers.percent(MapService.STOP_MARK_SHARE, locale))});
        }
        return items;
    }

    /** The legend's height below the map: a title and two columns of rows; 0 without items. */
    static int height(List<String[]> items) {
        return items.isEmpty() ? 0 : 40 + ((items.size() + 1) / 2) * ROW;
    }

    /** The width of one legend column: wide enough for its longest sentence. */
    static int columnWidth(List<String[]> items) {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics()
                .getFontMetrics(ReportFonts.AWT_REGULAR.deriveFont(12.5f));
        int width = COLUMN;
        for (String[] item : items) {
            width = Math.max(width, metrics.stringWidth(item[1]) + 70);
        }
        return width;
    }

    static void draw(Graphics2D g, List<String[]> items, int column0, int top, int width, Locale locale) {
        g.setColor(new Color(0xd5, 0xd8, 0xdc));
        g.setStroke(new BasicStroke(1));
        g.drawLine(MapPicture.MARGIN, top, width - MapPicture.MARGIN, top);
        g.setColor(MapPicture.TEXT);
        g.setFont(ReportFonts.AWT_BOLD.deriveFont(14f));
        g.drawString(Translations.get(locale, "map.legend.title"), MapPicture.MARGIN, top + 24);
        Font text = ReportFonts.AWT_REGULAR.deriveFont(12.5f);
        int rows = (items.size() + 1) / 2;
        for (int i = 0; i < items.size(); i++) {
            int column = i / rows;
            int row = i % rows;
            int x = MapPicture.MARGIN + column * column0;
            int y = top + 40 + row * ROW;
            symbol(g, items.get(i)[0], x, y + 10);
            g.setColor(MapPicture.TEXT);
            g.setFont(text);
            g.drawString(items.get(i)[1], x + 50, y + 15);
        }
    }

    private static void symbol(Graphics2D g, String key, int x, int cy) {
        switch (key) {
            case "nodeColour" -> {
                for (int i = 0; i < 3; i++) {
                    g.setColor(MapPicture.ratingColour(1.0 + 2 * i));
                    g.fill(new Ellipse2D.Double(x + i * 13, cy - 6, 12, 12));
                }
            }
            case "nodeSize" -> {
                g.setColor(MapPicture.ratingColour(4.0));
                g.fill(new Ellipse2D.Double(x, cy - 4, 8, 8));
                g.fill(new Ellipse2D.Double(x + 12, cy - 9, 18, 18));
            }
            case "arrow" -> {
                g.setColor(MapPicture.TEXT);
                g.setStroke(new BasicStroke(2));
                g.drawLine(x, cy, x + 30, cy);
                g.fill(MapPicture.arrowHead(x + 38, cy, 1, 0, 9));
            }
            case "edgeColour" -> {
                for (int i = 0; i < 3; i++) {
                    g.setColor(MapPicture.ratingColour(1.0 + 2 * i));
                    g.setStroke(new BasicStroke(4));
                    g.drawLine(x + i * 13, cy, x + i * 13 + 12, cy);
                }
            }
            case "edgeWidth" -> {
                g.setColor(MapPicture.MUTED);
                g.setStroke(new BasicStroke(1.5f));
                g.drawLine(x, cy - 5, x + 38, cy - 5);
                g.setStroke(new BasicStroke(6f));
                g.drawLine(x, cy + 4, x + 38, cy + 4);
            }
            case "dashed" -> {
                g.setColor(MapPicture.ratingColour(1.5));
                g.setStroke(new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[]{8, 4}, 0));
                g.drawLine(x, cy, x + 34, cy);
                g.setStroke(new BasicStroke(3));
                g.drawLine(x + 37, cy - 8, x + 37, cy + 8);
            }
            case "hidden" -> {
                g.setColor(MapPicture.HIDDEN_FILL);
                g.fill(new Ellipse2D.Double(x + 10, cy - 9, 18, 18));
                g.setColor(MapPicture.HIDDEN_EDGE);
                g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[]{4, 3}, 0));
                g.draw(new Ellipse2D.Double(x + 10, cy - 9, 18, 18));
            }
            case "island" -> {
                g.setColor(MapPicture.ratingColour(3.0));
                g.fill(new Ellipse2D.Double(x + 12, cy - 7, 14, 14));
                g.setColor(MapPicture.ISLAND);
                g.setStroke(new BasicStroke(2));
                g.draw(new Ellipse2D.Double(x + 9, cy - 10, 20, 20));
                g.draw(new Ellipse2D.Double(x + 5, cy - 14, 28, 28));
            }
            case "broker" -> {
                g.setColor(MapPicture.ratingColour(4.0));
                g.fill(MapPicture.diamond(x + 19, cy, 9));
            }
            default -> {
            }
        }
    }
}
