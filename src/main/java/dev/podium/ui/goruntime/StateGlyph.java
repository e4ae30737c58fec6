package dev.podium.ui.goruntime;

import dev.podium.ui.common.GlyphPen;
import dev.podium.world.goruntime.event.GStatus;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A goroutine's state as a small shape, so it reads without colour: running a play triangle, runnable three dots (in
 * line), parked on a channel a pipe, in a select a diamond, on a mutex a padlock, asleep a clock, on a WaitGroup or
 * Cond a pause sign, in a system call a lightning bolt, dead a cross. Drawn as a badge on a goroutine chip's top
 * right corner (a disc of the stage colour, ringed, with the shape inside) so the chip's label keeps its room, and
 * in the legend. FX thread only.
 */
enum StateGlyph {
    RUNNING, RUNNABLE, CHAN, SELECT, LOCK, SLEEP, WAIT, SYSCALL, DEAD;

    /** The glyph of a goroutine in {@code status}, parked for {@code waitReason} (as tracebacks print it) if waiting. */
    static StateGlyph of(GStatus status, String waitReason) {
        return switch (status) {
            case RUNNING -> RUNNING;
            case RUNNABLE -> RUNNABLE;
            case SYSCALL -> SYSCALL;
            case DEAD -> DEAD;
            case WAITING -> waiting(waitReason == null ? "" : waitReason);
        };
    }

    private static StateGlyph waiting(String reason) {
        if (reason.startsWith("chan")) {
            return CHAN;
        }
        if (reason.startsWith("select")) {
            return SELECT;
        }
        if (reason.contains("Mutex")) {
            return LOCK;
        }
        if (reason.equals("sleep")) {
            return SLEEP;
        }
        return WAIT;
    }

    /** The badge's radius on a chip {@code chipH} tall. */
    static double badgeRadius(double chipH) {
        return Math.max(6.5, Math.min(9, chipH * 0.27));
    }

    /** The badge on the top right corner of the chip at (x, y, w, h): a ringed disc with the shape in it. */
    void badge(GraphicsContext g, double x, double y, double w, double h, Color disc, Color ink) {
        double r = badgeRadius(h);
        double cx = x + w - r * 0.55;
        double cy = y + r * 0.55;
        GlyphPen.disc(g, cx, cy, r, disc, ink);
        draw(g, cx, cy, r * 0.62, ink);
    }

    /** The shape alone, centred at (cx, cy), fitting a circle of radius {@code r}, in {@code ink}. */
    void draw(GraphicsContext g, double cx, double cy, double r, Color ink) {
        GlyphPen.ink(g, ink, Math.max(1.3, r * 0.32));
        switch (this) {
            case RUNNING -> g.fillPolygon(new double[] {cx - r * 0.6, cx + r, cx - r * 0.6},
                    new double[] {cy - r, cy, cy + r}, 3);
            case RUNNABLE -> {
                double d = r * 0.5;
                for (int i = -1; i <= 1; i++) {
                    g.fillOval(cx + i * r * 0.75 - d / 2, cy - d / 2, d, d);
                }
            }
            case CHAN -> {
                g.strokeLine(cx - r, cy - r * 0.45, cx + r, cy - r * 0.45);
                g.strokeLine(cx - r, cy + r * 0.45, cx + r, cy + r * 0.45);
            }
            case SELECT -> g.strokePolygon(new double[] {cx, cx + r, cx, cx - r},
                    new double[] {cy - r, cy, cy + r, cy}, 4);
            case LOCK -> {
                g.fillRect(cx - r * 0.8, cy - r * 0.1, r * 1.6, r * 1.1);
                g.strokeArc(cx - r * 0.5, cy - r, r, r * 1.4, 0, 180, ArcType.OPEN);
            }
            case SLEEP -> {
                g.setLineWidth(Math.max(1.1, r * 0.22));
                g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
                g.strokeLine(cx, cy, cx, cy - r * 0.65);
                g.strokeLine(cx, cy, cx + r * 0.5, cy);
            }
            case WAIT -> {
                g.fillRect(cx - r * 0.7, cy - r, r * 0.5, 2 * r);
                g.fillRect(cx + r * 0.2, cy - r, r * 0.5, 2 * r);
            }
            case SYSCALL -> g.fillPolygon(new double[] {cx + r * 0.3, cx - r * 0.7, cx, cx - r * 0.3, cx + r * 0.7,
                cx}, new double[] {cy - r, cy + r * 0.15, cy + r * 0.15, cy + r, cy - r * 0.15, cy - r * 0.15}, 6);
            case DEAD -> {
                g.strokeLine(cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8);
                g.strokeLine(cx + r * 0.8, cy - r * 0.8, cx - r * 0.8, cy + r * 0.8);
            }
        }
        g.setLineCap(StrokeLineCap.SQUARE);
        g.setLineJoin(StrokeLineJoin.MITER);
    }
}
