package dev.podium.ui.goruntime;

import dev.podium.ui.common.CanvasFonts;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Text and chips on a canvas at the Go view's sizes. Text is never squeezed: what does not fit is cut with "…"
 * (JavaFX's {@code fillText} with a maximum width would compress the glyphs). FX thread only.
 */
final class Ink {
    /** Body text in pixels: readable from the back of a classroom. */
    static final double BODY = 16;
    /** Captions and column headers. */
    static final double SMALL = 13;
    /** Titles. */
    static final double TITLE = 19;
    /** A chip's label shrinks to this before it is cut. */
    static final double MIN_CHIP_TEXT = 11;

    final CanvasFonts fonts;
    /** Widths measured lately, per font and text (measuring lays out a Text node; labels repeat every frame). */
    private final java.util.Map<Font, java.util.Map<String, Double>> widths = new java.util.HashMap<>();
    private int cached;

    Ink(CanvasFonts fonts) {
        this.fonts = fonts;
    }

    /** The width of {@code s} in {@code font}, from a cache of at most a few thousand entries. */
    double width(String s, Font font) {
        java.util.Map<String, Double> byText = widths.computeIfAbsent(font, f -> new java.util.HashMap<>());
        Double w = byText.get(s);
        if (w == null) {
            if (++cached > 4096) {
                widths.values().forEach(java.util.Map::clear);
                cached = 1;
            }
            w = fonts.width(s, font);
            byText.put(s, w);
        }
        return w;
    }

    /** {@code s} at (x, y) (left, vertical centre), cut with "…" to {@code maxW}; returns the width drawn. */
    double text(GraphicsContext g, String s, double x, double y, double maxW, Font font, Color colour) {
        String shown = fit(s, maxW, font);
        if (shown.isEmpty()) {
            return 0;
        }
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(shown, x, y);
        return width(shown, font);
    }

    /** {@code s} centred in the box, cut with "…" to the box's width. */
    void centred(GraphicsContext g, String s, double x, double y, double w, double h, Font font, Color colour) {
        String shown = fit(s, w - 4, font);
        if (shown.isEmpty()) {
            return;
        }
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(shown, x + w / 2, y + h / 2);
    }

    /** The longest prefix of {@code s} (with "…" when cut) no wider than {@code maxW}; "" when not even "…" fits. */
    String fit(String s, double maxW, Font font) {
        if (width(s, font) <= maxW) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) { // the longest prefix that fits with the ellipsis
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid) + "…", font) <= maxW) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? (width("…", font) <= maxW ? "…" : "") : s.substring(0, lo) + "…";
    }

    /** A filled rounded chip with a label in the colour that reads on the fill. */
    void chip(GraphicsContext g, double x, double y, double w, double h, Color fill, String label, Color textColour) {
        g.setFill(fill);
        g.fillRoundRect(x, y, w, h, 8, 8);
        if (label != null) {
            double size = Math.min(BODY, h - 6);
            while (size > MIN_CHIP_TEXT && width(label, fonts.bold(size)) > w - 6) { // G100000 in a narrow chip
                size -= 1;
            }
            centred(g, label, x, y, w, h, fonts.bold(size), textColour);
        }
    }

    /** An empty slot: a rounded outline. */
    void slot(GraphicsContext g, double x, double y, double w, double h, Color fill, Color stroke) {
        g.setFill(fill);
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(stroke);
        g.setLineWidth(1.5);
        g.strokeRoundRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, 8, 8);
    }
}
