package dev.podium.ui.gc;

import dev.podium.world.gc.RegionKind;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * What tells a region's kind apart without its colour (for a colour-blind viewer or a washed-out projector): each
 * kind carries a mark drawn over its fill, free regions none (pale and empty; edged where the theme says, as high
 * contrast does with its white free regions on a white stage), eden dots, survivor horizontal
 * stripes, old diagonal hatching, humongous cross-hatching. The marks lie on one lattice of {@link #PERIOD} px fixed
 * to the canvas, not to each cell, so a run of cells a few pixels wide still shows its pattern as one surface, and
 * the legend's swatches show the same marks. The geometry is pure ({@link #shapes}); drawing is on the FX thread.
 */
final class RegionMarks {
    /** The pattern a kind carries. */
    enum Mark { NONE, DOTS, STRIPES, HATCH, CROSS }

    /** The lattice's spacing in canvas pixels. */
    static final double PERIOD = 6;
    private static final double DOT = 1.3;

    /** A dot (x1, y1 its centre, x2 = y2 = NaN) or a line from (x1, y1) to (x2, y2). */
    record Shape(double x1, double y1, double x2, double y2) {
        boolean dot() {
            return Double.isNaN(x2);
        }
    }

    private RegionMarks() {
    }

    /** The mark of {@code kind}; an unknown (null) kind carries none. */
    static Mark of(RegionKind kind) {
        if (kind == null) {
            return Mark.NONE;
        }
        return switch (kind) {
            case FREE -> Mark.NONE;
            case EDEN -> Mark.DOTS;
            case SURVIVOR -> Mark.STRIPES;
            case OLD -> Mark.HATCH;
            case HUMONGOUS -> Mark.CROSS;
        };
    }

    /** The dots and line pieces of {@code mark} inside the square at (x, y) of side {@code size}. Pure. */
    static List<Shape> shapes(Mark mark, double x, double y, double size) {
        List<Shape> out = new ArrayList<>();
        double right = x + size;
        double bottom = y + size;
        switch (mark) {
            case DOTS -> {
                for (double cy = first(y); cy < bottom; cy += PERIOD) {
                    for (double cx = first(x); cx < right; cx += PERIOD) {
                        out.add(new Shape(cx, cy, Double.NaN, Double.NaN));
                    }
                }
            }
            case STRIPES -> {
                for (double cy = first(y); cy < bottom; cy += PERIOD) {
                    out.add(new Shape(x, cy, right, cy));
                }
            }
            case HATCH -> rising(out, x, y, size);
            case CROSS -> {
                rising(out, x, y, size);
                falling(out, x, y, size);
            }
            default -> {
            }
        }
        return out;
    }

    /** Fills the square with {@code fill} and draws {@code kind}'s mark over it in the colour that reads on it. */
    static void paint(GraphicsContext g, RegionKind kind, double x, double y, double size, Color fill, GcPalette p) {
        g.setFill(fill);
        g.fillRect(x, y, size, size);
        List<Shape> shapes = shapes(of(kind), x, y, size);
        if (shapes.isEmpty()) {
            boolean edged = p.freeEdge.getOpacity() > 0;
            if (size >= 12 || edged && size >= 5) { // a swatch, or a free cell in high contrast: its edge
                g.setStroke(size >= 12 && !edged ? p.textMuted() : p.freeEdge);
                g.setLineWidth(1);
                g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
            } else if (edged) { // a cell too small for an edge: a dot at its corner, the grid's lattice
                g.setFill(p.freeEdge);
                g.fillRect(x, y, 1, 1);
            }
            return;
        }
        Color ink = p.onFill(fill).deriveColor(0, 1, 1, 0.7);
        g.setFill(ink);
        g.setStroke(ink);
        g.setLineWidth(1.3);
        for (Shape s : shapes) {
            if (s.dot()) {
                g.fillOval(s.x1() - DOT, s.y1() - DOT, 2 * DOT, 2 * DOT);
            } else {
                g.strokeLine(s.x1(), s.y1(), s.x2(), s.y2());
            }
        }
    }

    /** The first lattice line (at half a period) at or after {@code from}. */
    private static double first(double from) {
        return Math.ceil((from - PERIOD / 2) / PERIOD) * PERIOD + PERIOD / 2;
    }

    /** The pieces of the lines x + y = k·PERIOD inside the square ("/"). */
    private static void rising(List<Shape> out, double x, double y, double size) {
        double lo = x + y;
        double hi = lo + 2 * size;
        for (double c = Math.ceil(lo / PERIOD) * PERIOD; c <= hi; c += PERIOD) {
            double x1 = Math.max(x, c - (y + size));
            double x2 = Math.min(x + size, c - y);
            if (x2 - x1 > 0.5) {
                out.add(new Shape(x1, c - x1, x2, c - x2));
            }
        }
    }

    /** The pieces of the lines x − y = k·PERIOD inside the square ("\"). */
    private static void falling(List<Shape> out, double x, double y, double size) {
        double lo = x - (y + size);
        double hi = x + size - y;
        for (double c = Math.ceil(lo / PERIOD) * PERIOD; c <= hi; c += PERIOD) {
            double x1 = Math.max(x, c + y);
            double x2 = Math.min(x + size, c + y + size);
            if (x2 - x1 > 0.5) {
                out.add(new Shape(x1, x1 - c, x2, x2 - c));
            }
        }
    }
}
