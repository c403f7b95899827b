package nl.onderstroom.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import nl.onderstroom.map.MapService;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.Frequency;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.map.graph.Stop;

/**
 * The connection map drawn on the server (Java2D), for the PNG download, the PDF report and the slides: the same
 * positions, colours and symbols as the browser's map, with a title, the scan's name and a legend that says every
 * symbol in words. The drawing grows until every department (circle and name) lies whole inside it. Only what the
 * map shows is drawn: hidden departments are grey circles without figures, hidden connections are not there at all.
 *
 * <p>Long on purpose: one drawing. The layout is a port of the browser map's and must stay beside the drawing of
 * the circles, arrows and names it places; the legend, the one part with its own reason to change, is
 * {@link MapLegend}.
 */
final class MapPicture {

    private static final int[] RED = {192, 57, 43};
    private static final int[] AMBER = {196, 128, 0};
    private static final int[] GREEN = {39, 139, 87};
    static final Color TEXT = new Color(0x1d, 0x2a, 0x33);
    static final Color MUTED = new Color(0x4f, 0x5b, 0x64);
    static final Color ISLAND = new Color(0x0b, 0x3c, 0x5d);
    static final Color HIDDEN_FILL = new Color(0xe3, 0xe6, 0xe8);
    static final Color HIDDEN_EDGE = new Color(0x7b, 0x87, 0x90);
    static final int MARGIN = 32;

    /** What to draw. {@code focus}: departments to stand out (the others are drawn faded); empty draws all alike. */
    /** Room around a focused map's departments, and its smallest frame, in picture units. */
    static final int FOCUS_ROOM = 70;
    static final int FOCUS_MIN_WIDTH = 420;
    static final int FOCUS_MIN_HEIGHT = 260;

    record Request(OrganisationMap map, String title, String subtitle, String note, Set<Long> focus, boolean legend,
                   Locale locale) {
    }

    private MapPicture() {
    }

    /** The flow scale of the map: 1 red, 3 amber, 5 green; grey without a figure. */
    static Color ratingColour(Double value) {
        if (value == null) {
            return new Color(0x9a, 0xa5, 0xad);
        }
        double t = Math.max(0, Math.min(1, (value - 1) / 4));
        int[] a = t < 0.5 ? RED : AMBER;
        int[] b = t < 0.5 ? AMBER : GREEN;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        return new Color((int) Math.round(a[0] + (b[0] - a[0]) * u), (int) Math.round(a[1] + (b[1] - a[1]) * u),
                (int) Math.round(a[2] + (b[2] - a[2]) * u));
    }

    static byte[] png(Request request, double scale) {
        BufferedImage image = image(request, scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Where everything goes, in picture units (before scaling): each department placed (shifted so that the whole
     * drawing lies between {@code mapTop} and {@code mapBottom} and inside the width), and the picture's size.
     */
    record Drawing(List<MapLayout.Placed> placed, int width, int height, int header, int mapTop, int mapBottom,
                   List<String[]> legend, int legendColumn) {
    }

    static Drawing layout(Request request) {
        Font label = ReportFonts.AWT_REGULAR.deriveFont(13f);
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics().getFontMetrics(label);
        List<MapLayout.Placed> placed = MapLayout.place(request.map().nodes(), metrics, 1100, 760);
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        boolean first = true;
        // a focused map is cut to its departments with room around them, so that their names stay readable on a
        // slide; the other departments are drawn faded where they fall inside
        boolean zoom = request.focus() != null && !request.focus().isEmpty()
                && placed.stream().anyMatch(p -> request.focus().contains(p.node().id()));
        double room = zoom ? FOCUS_ROOM : 4;
        for (MapLayout.Placed p : placed) {
            if (zoom && !request.focus().contains(p.node().id())) {
                continue;
            }
            double l = p.left() - room, r = p.right() + room, t = p.y() - p.top() - room, b = p.y() + p.bottom() + room;
            minX = first ? l : Math.min(minX, l);
            maxX = first ? r : Math.max(maxX, r);
            minY = first ? t : Math.min(minY, t);
            maxY = first ? b : Math.max(maxY, b);
            first = false;
        }
        int header = request.title() == null ? 0 : 36 + (request.subtitle() == null ? 0 : 26)
                + (request.note() == null ? 0 : 22) + 12;
        List<String[]> legend = request.legend() ? MapLegend.items(request.locale()) : List.of();
        int legendHeight = MapLegend.height(legend);
        if (zoom) {
            // at least a landscape frame around a lone department
            double grow = Math.max(0, FOCUS_MIN_WIDTH - (maxX - minX)) / 2;
            minX -= grow;
            maxX += grow;
            grow = Math.max(0, FOCUS_MIN_HEIGHT - (maxY - minY)) / 2;
            minY -= grow;
            maxY += grow;
        }
        int drawingWidth = (int) Math.ceil(maxX - minX);
        int drawingHeight = (int) Math.ceil(maxY - minY);
        int legendColumn = MapLegend.columnWidth(legend);
        int width = Math.max(drawingWidth, legend.isEmpty() ? 200 : 2 * legendColumn) + 2 * MARGIN;
        int mapTop = MARGIN + header;
        int height = mapTop + drawingHeight + legendHeight + MARGIN;
        double dx = (width - drawingWidth) / 2.0 - minX;
        double dy = mapTop - minY;
        List<MapLayout.Placed> shifted = new ArrayList<>();
        for (MapLayout.Placed p : placed) {
            shifted.add(new MapLayout.Placed(p.node(), p.x() + dx, p.y() + dy, p.size(), p.lines(), p.width(), p.top(),
                    p.bottom()));
        }
        return new Drawing(shifted, width, height, header, mapTop, mapTop + drawingHeight, legend, legendColumn);
    }

    static BufferedImage image(Request request, double scale) {
        Font label = ReportFonts.AWT_REGULAR.deriveFont(13f);
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics().getFontMetrics(label);
        Drawing d = layout(request);
        int width = d.width();
        int height = d.height();
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int y = MARGIN;
        if (request.title() != null) {
            g.setColor(TEXT);
            g.setFont(ReportFonts.AWT_BOLD.deriveFont(24f));
            g.drawString(request.title(), MARGIN, y + 26);
            y += 36;
            if (request.subtitle() != null) {
                g.setFont(ReportFonts.AWT_REGULAR.deriveFont(17f));
                g.drawString(request.subtitle(), MARGIN, y + 18);
                y += 26;
            }
            if (request.note() != null) {
                g.setColor(MUTED);
                g.setFont(ReportFonts.AWT_REGULAR.deriveFont(13f));
                g.drawString(request.note(), MARGIN, y + 15);
            }
        }
        Map<Long, MapLayout.Placed> at = new HashMap<>();
        for (MapLayout.Placed p : d.placed()) {
            at.put(p.node().id(), p);
        }
        java.awt.Shape whole = g.getClip();
        g.clipRect(0, d.mapTop(), width, d.mapBottom() - d.mapTop());
        drawEdges(g, request, at);
        drawNodes(g, request, at, label, metrics);
        g.setClip(whole);
        if (!d.legend().isEmpty()) {
            MapLegend.draw(g, d.legend(), d.legendColumn(), d.mapBottom() + 16, width, request.locale());
        }
        g.dispose();
        return image;
    }

    private static boolean focused(Request request, long id) {
        return request.focus() == null || request.focus().isEmpty() || request.focus().contains(id);
    }

    private static void drawEdges(Graphics2D g, Request request, Map<Long, MapLayout.Placed> at) {
        OrganisationMap map = request.map();
        for (MapEdge e : map.edges()) {
            MapLayout.Placed a = at.get(e.from());
            MapLayout.Placed b = at.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            boolean faded = !(focused(request, e.from()) && focused(request, e.to()));
            boolean twoWay = map.edge(e.to(), e.from()).isPresent();
            EdgeFigures f = e.figures();
            Color colour = ratingColour(f.meanFlow());
            Double frequency = meanFrequency(f);
            float width = (float) (1.5 + 2 * (frequency == null ? 0 : frequency));
            boolean stops = f.stopsShare() != null && f.stopsShare() >= MapService.STOP_MARK_SHARE;
            boolean theirs = share(f, Stop.THEIRS) + share(f, Stop.BOTH) >= share(f, Stop.OURS) + share(f, Stop.BOTH);
            draw(g, a, b, twoWay, colour, width, stops, theirs, faded ? 0.15f : 0.9f);
        }
    }

    private static void draw(Graphics2D g, MapLayout.Placed a, MapLayout.Placed b, boolean twoWay, Color colour,
                             float width, boolean stops, boolean theirs, float alpha) {
        double vx = b.x() - a.x();
        double vy = b.y() - a.y();
        double length = Math.max(1, Math.hypot(vx, vy));
        // the two directions of a pair bend to either side, as Cytoscape's bezier edges do
        double bend = twoWay ? 22 : 0;
        double cx = (a.x() + b.x()) / 2 + (-vy / length) * bend;
        double cy = (a.y() + b.y()) / 2 + (vx / length) * bend;
        double[] start = towards(a.x(), a.y(), cx, cy, a.size() / 2 + 1);
        double[] end = towards(b.x(), b.y(), cx, cy, b.size() / 2 + 1);
        Color c = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), Math.round(alpha * 255));
        g.setColor(c);
        float arrow = 6 + width;
        double[] lineEnd = towards(end[0], end[1], cx, cy, stops && theirs ? 0 : arrow * 0.8);
        g.setStroke(stops ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[]{10, 5}, 0) : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(start[0], start[1], cx, cy, lineEnd[0], lineEnd[1]));
        g.setStroke(new BasicStroke(Math.max(2f, width * 0.8f)));
        if (stops && theirs) {
            // the bar at their door, the direction in the middle
            tee(g, end, cx, cy, arrow * 1.2);
            double mx = 0.25 * start[0] + 0.5 * cx + 0.25 * end[0];
            double my = 0.25 * start[1] + 0.5 * cy + 0.25 * end[1];
            g.fill(arrowHead(mx, my, end[0] - start[0], end[1] - start[1], arrow));
        } else {
            g.fill(arrowHead(end[0], end[1], end[0] - cx, end[1] - cy, arrow));
            if (stops) {
                tee(g, start, cx, cy, arrow * 1.2);
            }
        }
    }

    private static void tee(Graphics2D g, double[] p, double cx, double cy, double size) {
        double vx = p[0] - cx;
        double vy = p[1] - cy;
        double l = Math.max(1, Math.hypot(vx, vy));
        double nx = -vy / l * size / 2;
        double ny = vx / l * size / 2;
        g.draw(new java.awt.geom.Line2D.Double(p[0] - nx, p[1] - ny, p[0] + nx, p[1] + ny));
    }

    private static double[] towards(double x, double y, double tx, double ty, double distance) {
        double vx = tx - x;
        double vy = ty - y;
        double l = Math.max(1e-9, Math.hypot(vx, vy));
        return new double[]{x + vx / l * distance, y + vy / l * distance};
    }

    static Shape arrowHead(double x, double y, double vx, double vy, double size) {
        double l = Math.max(1e-9, Math.hypot(vx, vy));
        double ux = vx / l;
        double uy = vy / l;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x - ux * size - uy * size * 0.55, y - uy * size + ux * size * 0.55);
        p.lineTo(x - ux * size + uy * size * 0.55, y - uy * size - ux * size * 0.55);
        p.closePath();
        return p;
    }

    private static void drawNodes(Graphics2D g, Request request, Map<Long, MapLayout.Placed> at, Font label,
                                  FontMetrics metrics) {
        for (MapLayout.Placed p : at.values()) {
            MapNode n = p.node();
            float alpha = focused(request, n.id()) ? 1f : 0.3f;
            double r = p.size() / 2;
            boolean broker = !n.suppressed() && n.figures().broker();
            Shape shape = broker ? diamond(p.x(), p.y(), r) : new Ellipse2D.Double(p.x() - r, p.y() - r, 2 * r, 2 * r);
            if (n.suppressed()) {
                g.setColor(withAlpha(HIDDEN_FILL, alpha));
                g.fill(shape);
                g.setColor(withAlpha(HIDDEN_EDGE, alpha));
                g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[]{4, 3}, 0));
                g.draw(shape);
            } else {
                g.setColor(withAlpha(ratingColour(n.figures().cohesion()), alpha));
                g.fill(shape);
                g.setColor(withAlpha(Color.WHITE, alpha));
                g.setStroke(new BasicStroke(1));
                g.draw(shape);
                if (n.figures().island()) {
                    g.setColor(withAlpha(ISLAND, alpha));
                    g.setStroke(new BasicStroke(2));
                    g.draw(new Ellipse2D.Double(p.x() - r - 3, p.y() - r - 3, 2 * r + 6, 2 * r + 6));
                    g.draw(new Ellipse2D.Double(p.x() - r - 7, p.y() - r - 7, 2 * r + 14, 2 * r + 14));
                }
            }
            g.setFont(label);
            double top = p.y() + r + MapLayout.LABEL_MARGIN;
            double boxWidth = 0;
            for (String line : p.lines()) {
                boxWidth = Math.max(boxWidth, Math.min(MapLayout.LABEL_MAX_WIDTH, metrics.stringWidth(line)));
            }
            g.setColor(new Color(255, 255, 255, Math.round(217 * alpha)));
            g.fill(new Rectangle2D.Double(p.x() - boxWidth / 2 - MapLayout.LABEL_PADDING, top,
                    boxWidth + 2 * MapLayout.LABEL_PADDING, p.lines().size() * MapLayout.LINE_HEIGHT + 2 * MapLayout.LABEL_PADDING));
            g.setColor(withAlpha(n.suppressed() ? MUTED : TEXT, alpha));
            double baseline = top + MapLayout.LABEL_PADDING + metrics.getAscent();
            for (String line : p.lines()) {
                String shown = fit(line, metrics);
                g.drawString(shown, (float) (p.x() - metrics.stringWidth(shown) / 2.0), (float) baseline);
                baseline += MapLayout.LINE_HEIGHT;
            }
        }
    }

    /** A word longer than the label's width is shortened with an ellipsis rather than run into a neighbour. */
    private static String fit(String line, FontMetrics metrics) {
        if (metrics.stringWidth(line) <= MapLayout.LABEL_MAX_WIDTH) {
            return line;
        }
        String s = line;
        while (s.length() > 1 && metrics.stringWidth(s + "…") > MapLayout.LABEL_MAX_WIDTH) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    static Shape diamond(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r * 1.15);
        p.lineTo(x + r * 1.15, y);
        p.lineTo(x, y + r * 1.15);
        p.lineTo(x - r * 1.15, y);
        p.closePath();
        return p;
    }

    private static Color withAlpha(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }

    private static double share(EdgeFigures f, Stop stop) {
        Double share = f.stopShares().get(stop);
        return share == null ? 0 : share;
    }

    /** Mean contact frequency 0 (never) .. 4 (daily); {@code null} without a shown distribution. */
    static Double meanFrequency(EdgeFigures f) {
        List<Integer> d = f.frequencyDistribution();
        int answers = 0;
        long sum = 0;
        for (int i = 0; i < d.size() && i < Frequency.values().length; i++) {
            answers += d.get(i);
            sum += (long) i * d.get(i);
        }
        return answers == 0 ? null : (double) sum / answers;
    }
}
