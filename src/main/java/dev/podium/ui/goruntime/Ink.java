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

    /**
     * A piece of text as drawn, for tests: its natural width, the room it had, whether it was cut with "…", whether
     * a chip shrank its font, whether it is content (a source line or program output, which may be cut at the
     * panel's edge) rather than a label; the canvas it went to ({@link #surface}), the box the shown text covers
     * (left, top, width, height) and whether it is a chip's label.
     */
    record Drawn(String text, double width, double room, boolean cut, boolean scaled, boolean content, int surface,
            double x, double y, double w, double h, boolean chip) {
        /** Whether the two boxes share more than a pixel each way, on the same canvas. */
        boolean overlaps(Drawn o) {
            return surface == o.surface && x + w - 1 > o.x && o.x + o.w - 1 > x && y + h - 1 > o.y
                    && o.y + o.h - 1 > y;
        }
    }

    final CanvasFonts fonts;
    /** What was drawn since recording started; null when not recording (the usual case). */
    private java.util.List<Drawn> drawn;
    /** Widths measured lately, per font and text (measuring lays out a Text node; labels repeat every frame). */
    private final java.util.Map<Font, java.util.Map<String, Double>> widths = new java.util.HashMap<>();
    private int cached;
    /** The canvas drawn on now (recorded with what is drawn, for tests): 0 the stage, 1 the source. */
    private int surface;

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

    /** Which canvas the next text goes to (recorded with it). */
    void surface(int which) {
        surface = which;
    }

    /** Starts (clearing) or stops recording what is drawn. */
    void recordDrawn(boolean on) {
        drawn = on ? new java.util.ArrayList<>() : null;
    }

    /** What was drawn since recording started (empty when not recording). */
    java.util.List<Drawn> drawn() {
        return drawn == null ? java.util.List.of() : java.util.List.copyOf(drawn);
    }

    /** {@code s} at (x, y) (left, vertical centre), cut with "…" to {@code maxW}; returns the width drawn. */
    double text(GraphicsContext g, String s, double x, double y, double maxW, Font font, Color colour) {
        return text(g, s, x, y, maxW, font, colour, false);
    }

    /** A source line or a line of program output: drawn as {@link #text}, and allowed to be cut at the edge. */
    double content(GraphicsContext g, String s, double x, double y, double maxW, Font font, Color colour) {
        return text(g, s, x, y, maxW, font, colour, true);
    }

    private double text(GraphicsContext g, String s, double x, double y, double maxW, Font font, Color colour,
            boolean content) {
        String shown = fit(s, maxW, font);
        note(s, maxW, font, shown, false, content, x, y, false);
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
        centred(g, s, x, y, w, h, font, colour, false, false);
    }

    private void centred(GraphicsContext g, String s, double x, double y, double w, double h, Font font,
            Color colour, boolean scaled, boolean chip) {
        String shown = fit(s, w - 4, font);
        note(s, w - 4, font, shown, scaled, false, x + (w - width(shown, font)) / 2, y + h / 2, chip);
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

    /**
     * {@code s} broken at spaces into lines no wider than {@code maxW} (greedy); a word wider than that stays whole
     * on its own line (and is cut when drawn).
     */
    java.util.List<String> wrap(String s, double maxW, Font font) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (width(s, font) <= maxW) {
            out.add(s);
            return out;
        }
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(next, font) > maxW) {
                out.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(next);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** A filled rounded chip with a label in the colour that reads on the fill. */
    void chip(GraphicsContext g, double x, double y, double w, double h, Color fill, String label, Color textColour) {
        g.setFill(fill);
        g.fillRoundRect(x, y, w, h, 8, 8);
        if (label != null) {
            double wanted = Math.min(BODY, h - 6);
            double size = wanted;
            while (size > MIN_CHIP_TEXT && width(label, fonts.bold(size)) > w - 6) { // G100000 in a narrow chip
                size -= 1;
            }
            centred(g, label, x, y, w, h, fonts.bold(size), textColour, size < wanted, true);
        }
    }

    /** Records a text drawn from {@code left} and centred on {@code midY} (when recording). */
    private void note(String s, double room, Font font, String shown, boolean scaled, boolean content, double left,
            double midY, boolean chip) {
        if (drawn != null && !s.isEmpty()) {
            double h = font.getSize();
            drawn.add(new Drawn(s, width(s, font), room, !shown.equals(s), scaled, content, surface, left,
                    midY - h / 2, width(shown, font), h, chip));
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
