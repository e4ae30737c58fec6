package dev.podium.ui.kube;

import dev.podium.ui.common.CanvasFonts;
import dev.podium.ui.common.ViewText;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The legend strip under the cluster: for each {@link PodGlyph} a swatch of its colour class with its shape and its
 * name (with the class's pod count on the class's own glyph), in up to {@link #ROWS} rows, every name whole; the
 * font shrinks (to {@link #MIN_FONT}) only when two rows are not enough. The summary (nodes, pods, level of detail)
 * goes on the right of the last row when it fits. Text widths are measured once per font and shape of text (its
 * digits counted as zeros, which are as wide as any digit in the fonts used), so counts that change every frame of a
 * live cluster's sync are not measured again each frame. FX thread only.
 */
final class PodLegend {
    static final int ROWS = 2;
    static final double ROW_H = 27;
    static final double SWATCH = 22;
    private static final double MAX_FONT = 15;
    private static final double MIN_FONT = 10;
    private static final double GAP = 10;
    /** The most widths kept; past it the cache starts again (a language or font change leaves old keys behind). */
    private static final int MAX_WIDTHS = 512;

    private final CanvasFonts fonts;
    /** Widths by font and text with its digits as zeros. */
    private final Map<String, Double> widths = new HashMap<>();
    private int measured;

    PodLegend(CanvasFonts fonts) {
        this.fonts = fonts;
    }

    /** Paints the strip at (x, y), {@code w} wide; {@code totals} are pod counts by {@link PodStatus} ordinal. */
    void paint(GraphicsContext g, double x, double y, double w, int[] totals, String summary, KubePalette p,
            ViewText text) {
        double size = MAX_FONT;
        while (size > MIN_FONT && rows(w, size, totals, text) > ROWS) {
            size--;
        }
        Font font = fonts.regular(size);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double cx = x;
        double cy = y;
        for (PodGlyph glyph : PodGlyph.ALL) {
            String label = label(glyph, totals, text);
            double itemW = SWATCH + 6 + width(label, font);
            if (cx > x && cx + itemW > x + w) {
                cx = x;
                cy += ROW_H;
            }
            swatch(g, glyph, cx, cy + (ROW_H - SWATCH) / 2, p);
            g.setFill(p.text());
            g.setFont(font);
            g.fillText(label, cx + SWATCH + 6, cy + ROW_H / 2);
            cx += itemW + GAP;
        }
        Font small = fonts.regular(Math.min(14, size));
        if (cx + width(summary, small) + 10 <= x + w) {
            g.setFill(p.textMuted());
            g.setFont(small);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(summary, x + w, cy + ROW_H / 2);
        }
    }

    private static void swatch(GraphicsContext g, PodGlyph glyph, double x, double y, KubePalette p) {
        Color c = p.pod[glyph.status.ordinal()];
        boolean hollow = glyph.status == PodStatus.PENDING || glyph.status == PodStatus.SUCCEEDED;
        if (hollow) {
            g.setStroke(c);
            g.setLineWidth(2.5);
            g.strokeRoundRect(x + 1, y + 1, SWATCH - 2, SWATCH - 2, 7, 7);
        } else {
            g.setFill(c);
            g.fillRoundRect(x, y, SWATCH, SWATCH, 7, 7);
        }
        glyph.draw(g, x + SWATCH / 2, y + SWATCH / 2, SWATCH * 0.3, hollow ? c : p.onFill(c));
    }

    /** How many rows the items take in {@code w} at a font size, with these counts. */
    int rows(double w, double fontSize, int[] totals, ViewText text) {
        Font font = fonts.regular(fontSize);
        int rows = 1;
        double cx = 0;
        for (PodGlyph glyph : PodGlyph.ALL) {
            double itemW = SWATCH + 6 + width(label(glyph, totals, text), font);
            if (cx > 0 && cx + itemW > w) {
                rows++;
                cx = 0;
            }
            cx += itemW + GAP;
        }
        return rows;
    }

    /** The width of {@code s} in {@code font}, as wide as with its digits all zeros; measured once per shape. */
    double width(String s, Font font) {
        String shape = digitsAsZeros(s);
        String key = font.getName() + '/' + font.getSize() + '/' + shape;
        Double w = widths.get(key);
        if (w == null) {
            if (widths.size() >= MAX_WIDTHS) {
                widths.clear();
            }
            w = fonts.width(shape, font);
            widths.put(key, w);
            measured++;
        }
        return w;
    }

    /** How many texts have been measured (tests). */
    int measured() {
        return measured;
    }

    private static String digitsAsZeros(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '1' && chars[i] <= '9') {
                chars[i] = '0';
            }
        }
        return new String(chars);
    }

    /** A glyph's name, with its colour class's count if it is that class's own glyph. */
    private static String label(PodGlyph glyph, int[] totals, ViewText text) {
        String name = text.get("status." + glyph.key);
        return glyph.primary() ? name + " " + totals[glyph.status.ordinal()] : name;
    }
}
