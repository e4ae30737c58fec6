package dev.podium.ui.common;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * What the worlds' state glyphs share (a goroutine's, a pod's): the round badge they sit on and the pen they are
 * drawn with, so that every shape told apart without colour looks like one family. FX thread.
 */
public final class GlyphPen {
    private GlyphPen() {
    }

    /** A badge disc of radius {@code r} at (cx, cy): filled with {@code disc}, edged with {@code ink}. */
    public static void disc(GraphicsContext g, double cx, double cy, double r, Color disc, Color ink) {
        g.setFill(disc);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(ink);
        g.setLineWidth(1.2);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** Sets fill and stroke to {@code ink}, a round pen of {@code width}. */
    public static void ink(GraphicsContext g, Color ink, double width) {
        g.setFill(ink);
        g.setStroke(ink);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }
}
