package nl.onderstroom.report;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.onderstroom.map.graph.MapNode;

/**
 * The positions the browser's map uses ({@code frontend/src/onderstroom-map.ts}: {@code treeLayout}, {@code box},
 * {@code arrange}), computed in Java for the pictures drawn on the server: formal units on a circle, their
 * departments around them, stretched over the canvas and pushed apart until no two departments (circle and name)
 * overlap. Same input, same picture. Names are measured with the picture's own font.
 */
final class MapLayout {

    static final int LABEL_MAX_WIDTH = 120;
    static final int LINE_HEIGHT = 16;
    static final int LABEL_MARGIN = 4;
    static final int LABEL_PADDING = 2;
    static final int PADDING = 24;
    static final int GAP = 6;
    static final int MARK_ROOM = 10;

    /** A department's place and the extent of its box around it (circle with room for marks, name below). */
    record Placed(MapNode node, double x, double y, double size, List<String> lines, double width, double top,
                  double bottom) {

        double left() {
            return x - width / 2;
        }

        double right() {
            return x + width / 2;
        }
    }

    private MapLayout() {
    }

    /** The circle's diameter: 26 px, up to 60 for the department with the most respondents. */
    static double size(MapNode n, int maxRespondents) {
        if (n.suppressed()) {
            return 26;
        }
        Integer r = n.figures().respondents();
        return 26 + 34 * Math.sqrt((r == null ? 0 : r) / (double) Math.max(1, maxRespondents));
    }

    /** Every department placed on a canvas of {@code width x height}; some may lie beyond it when room is short. */
    static List<Placed> place(List<MapNode> nodes, FontMetrics font, int width, int height) {
        int max = nodes.stream().filter(n -> !n.suppressed() && n.figures().respondents() != null)
                .mapToInt(n -> n.figures().respondents()).max().orElse(1);
        Map<Long, double[]> raw = treeLayout(nodes);
        List<Placed> boxes = new ArrayList<>();
        for (MapNode n : nodes) {
            double size = size(n, max);
            List<String> lines = wrap(n.name(), font);
            double widest = 0;
            for (String line : lines) {
                widest = Math.max(widest, font.stringWidth(line));
            }
            widest = Math.min(LABEL_MAX_WIDTH, widest);
            double circle = size + 2 * MARK_ROOM;
            boxes.add(new Placed(n, 0, 0, size, lines, Math.max(circle, widest + 2 * LABEL_PADDING + 2), circle / 2,
                    size / 2 + LABEL_MARGIN + lines.size() * LINE_HEIGHT + 2 * LABEL_PADDING + 2));
        }
        return arrange(raw, boxes, width, height);
    }

    /** The same greedy wrapping as Cytoscape's {@code text-wrap: wrap} at {@code text-max-width}. */
    static List<String> wrap(String name, FontMetrics font) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : name.trim().split("\\s+")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.stringWidth(next) > LABEL_MAX_WIDTH) {
                lines.add(line);
                line = word;
            } else {
                line = next;
            }
        }
        lines.add(line);
        // a single word wider than the label is cut at the width with an ellipsis only in the drawing; the box
        // keeps its measured width so nothing overlaps
        return lines;
    }

    /** Formal units on a circle, each unit's departments on a small circle around the unit's place. */
    static Map<Long, double[]> treeLayout(List<MapNode> nodes) {
        Map<Long, MapNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<MapNode> roots = nodes.stream().filter(n -> n.parentId() == null || !byId.containsKey(n.parentId())).toList();
        Map<Long, List<MapNode>> units = new TreeMap<>();
        nodes.stream().sorted(Comparator.comparingLong(MapNode::id)).forEach(n -> {
            MapNode current = n;
            MapNode below = null;
            java.util.Set<Long> seen = new java.util.HashSet<>();
            while (current.parentId() != null && byId.containsKey(current.parentId()) && seen.add(current.id())) {
                below = current;
                current = byId.get(current.parentId());
            }
            long unit = roots.size() == 1 && below != null ? below.id() : current.id();
            units.computeIfAbsent(unit, u -> new ArrayList<>()).add(n);
        });
        List<Long> unitIds = new ArrayList<>(units.keySet());
        double largest = 0;
        for (long u : unitIds) {
            largest = Math.max(largest, memberRadius(u, units.get(u)));
        }
        double ring = unitIds.size() < 2 ? 0 : Math.max(260, (largest + 110) / Math.sin(Math.PI / unitIds.size()));
        Map<Long, double[]> positions = new LinkedHashMap<>();
        for (int i = 0; i < unitIds.size(); i++) {
            long u = unitIds.get(i);
            double angle = 2 * Math.PI * i / unitIds.size() - Math.PI / 2;
            double cx = ring * Math.cos(angle);
            double cy = ring * Math.sin(angle);
            List<MapNode> members = units.get(u);
            MapNode centre = members.stream().filter(m -> m.id() == u).findFirst().orElse(null);
            List<MapNode> others = members.stream().filter(m -> m.id() != u).toList();
            if (centre != null) {
                positions.put(centre.id(), new double[]{Math.round(cx), Math.round(cy)});
            }
            double r = others.size() == 1 && centre == null ? 0 : memberRadius(u, members);
            for (int j = 0; j < others.size(); j++) {
                double a = 2 * Math.PI * j / others.size() + angle;
                positions.put(others.get(j).id(), new double[]{Math.round(cx + r * Math.cos(a)), Math.round(cy + r * Math.sin(a))});
            }
        }
        return positions;
    }

    private static double memberRadius(long unit, List<MapNode> members) {
        long count = members.stream().filter(m -> m.id() != unit).count();
        return count == 0 ? 0 : Math.max(150, count * 120 / (2 * Math.PI));
    }

    /** Stretches the tree layout over the canvas and pushes overlapping departments apart, in id order. */
    static List<Placed> arrange(Map<Long, double[]> raw, List<Placed> boxes, int width, int height) {
        List<Placed> items = boxes.stream().filter(b -> raw.containsKey(b.node().id()))
                .sorted(Comparator.comparing(b -> "d" + b.node().id())).toList();
        if (items.isEmpty()) {
            return List.of();
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        double halfWidth = 0, top = 0, bottom = 0;
        for (Placed b : items) {
            double[] p = raw.get(b.node().id());
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
            halfWidth = Math.max(halfWidth, b.width() / 2);
            top = Math.max(top, b.top());
            bottom = Math.max(bottom, b.bottom());
        }
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double left = PADDING + halfWidth;
        double right = width - PADDING - halfWidth;
        double upper = PADDING + top;
        double lower = height - PADDING - bottom;
        double roomX = Math.max(0, right - left);
        double roomY = Math.max(0, lower - upper);
        double sx = spanX > 0 ? roomX / spanX : 0;
        double sy = spanY > 0 ? roomY / spanY : 0;
        if (spanX > 0 && spanY > 0) {
            double fx = Math.min(sx, 2.5 * sy);
            double fy = Math.min(sy, 2.5 * fx);
            sx = fx;
            sy = fy;
        }
        double offsetX = left + (roomX - sx * spanX) / 2;
        double offsetY = upper + (roomY - sy * spanY) / 2;
        int n = items.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = raw.get(items.get(i).node().id());
            x[i] = offsetX + sx * (p[0] - minX);
            y[i] = offsetY + sy * (p[1] - minY);
        }
        for (int round = 0; round < 400; round++) {
            boolean bounded = round < 200;
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    Placed a = items.get(i);
                    Placed b = items.get(j);
                    double overlapX = (a.width() + b.width()) / 2 + GAP - Math.abs(x[i] - x[j]);
                    boolean aAbove = y[i] <= y[j];
                    double overlapY = aAbove ? y[i] + a.bottom() + GAP - (y[j] - b.top())
                            : y[j] + b.bottom() + GAP - (y[i] - a.top());
                    if (overlapX <= 0 || overlapY <= 0) {
                        continue;
                    }
                    moved = true;
                    if (overlapX <= overlapY) {
                        int dir = x[i] < x[j] || x[i] == x[j] ? -1 : 1;
                        x[i] += dir * overlapX / 2;
                        x[j] -= dir * overlapX / 2;
                    } else {
                        int dir = aAbove ? -1 : 1;
                        y[i] += dir * overlapY / 2;
                        y[j] -= dir * overlapY / 2;
                    }
                    if (bounded) {
                        clamp(items.get(i), x, y, i, width, height, left, right, upper, lower);
                        clamp(items.get(j), x, y, j, width, height, left, right, upper, lower);
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Placed b = items.get(i);
            out.add(new Placed(b.node(), Math.round(x[i]), Math.round(y[i]), b.size(), b.lines(), b.width(), b.top(),
                    b.bottom()));
        }
        return out;
    }

    private static void clamp(Placed b, double[] x, double[] y, int i, int width, int height, double left,
                              double right, double upper, double lower) {
        if (right >= left) {
            x[i] = Math.min(Math.max(x[i], PADDING + b.width() / 2), width - PADDING - b.width() / 2);
        }
        if (lower >= upper) {
            y[i] = Math.min(Math.max(y[i], PADDING + b.top()), height - PADDING - b.bottom());
        }
    }
}
