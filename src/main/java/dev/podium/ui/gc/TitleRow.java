package dev.podium.ui.gc;

import dev.podium.ui.common.CanvasFonts;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * A panel's title and its legend: on one line when both fit ({@link #width}), the legend on a second line under the
 * title when not ({@link GcLayout#wraps}), so neither is cut. Text goes through {@link GcText}. FX thread only.
 */
final class TitleRow {
    /** How a legend item's key is drawn. */
    enum Key { SWATCH, LINE, DASHED, HOLLOW, BAND }

    /** One legend item: its key, colour and words, and the pause mark its swatch carries (none but for pauses). */
    record Item(Key key, Color colour, String label, PauseMarks.Mark mark) {
        Item(Key key, Color colour, String label) {
            this(key, colour, label, PauseMarks.Mark.NONE);
        }
    }

    private final CanvasFonts fonts;
    private final GcText text;

    TitleRow(CanvasFonts fonts, GcText text) {
        this.fonts = fonts;
        this.text = text;
    }

    /**
     * Draws {@code title} and {@code items} in the title row that starts at {@code top}; returns the x where the first
     * line's text ends, so a caller can put a figure right of it.
     */
    double paint(GraphicsContext g, GcLayout layout, GcLayout.Panel panel, double top, String title, List<Item> items,
            GcPalette p) {
        boolean twoLines = layout.wraps(panel);
        double y = top + GcLayout.TITLE / 2 + 2;
        double right = layout.width() - GcLayout.PAD;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.text());
        g.setFont(fonts.bold(17));
        text.line(g, title, GcLayout.PAD, y, right - GcLayout.PAD);
        double x = GcLayout.PAD + text.width(title, g.getFont()) + 28;
        double firstLineEnd = x - 28;
        if (twoLines) {
            x = GcLayout.PAD;
            y += 20;
        }
        g.setFont(fonts.regular(twoLines ? 14 : 15));
        for (Item item : items) {
            key(g, item, x, y, p);
            g.setFill(p.textMuted());
            g.setTextAlign(TextAlignment.LEFT);
            text.line(g, item.label(), x + 30, y, Math.max(0, right - x - 30));
            x += 30 + text.width(item.label(), g.getFont()) + 18;
        }
        return twoLines ? firstLineEnd : x - 18;
    }

    /** The legend of the latency percentiles, p99.9 dashed as its line is drawn. */
    static List<Item> percentiles(GcPalette p) {
        return List.of(new Item(Key.LINE, p.p50, "p50"), new Item(Key.LINE, p.p99, "p99"),
                new Item(Key.DASHED, p.p999, "p99.9"));
    }

    /** The width {@code title} and {@code items} take on one line, from the panel's left edge to the last word. */
    double width(String title, List<Item> items) {
        double x = GcLayout.PAD + text.width(title, fonts.bold(17)) + 28; // as paint lays them out on one line
        for (Item item : items) {
            x += 30 + text.width(item.label(), fonts.regular(15)) + 18;
        }
        return x - 18;
    }

    /** Whether {@code title} and {@code items} need two lines on {@code layoutWidth}. */
    boolean wraps(double layoutWidth, String title, List<Item> items) {
        return width(title, items) > Math.max(320, layoutWidth) - GcLayout.PAD;
    }

    private static void key(GraphicsContext g, Item item, double x, double y, GcPalette p) {
        switch (item.key()) {
            case SWATCH -> {
                g.setFill(item.colour());
                g.fillRect(x + 3, y - 9, 18, 18);
                PauseMarks.paint(g, item.mark(), x + 12, y, 5.5, p.onFill(item.colour()), null);
            }
            case LINE, DASHED -> {
                g.setStroke(item.colour());
                g.setLineWidth(3);
                if (item.key() == Key.DASHED) {
                    g.setLineDashes(6, 4);
                }
                g.strokeLine(x, y, x + 24, y);
                g.setLineDashes((double[]) null);
            }
            case HOLLOW -> {
                g.setStroke(item.colour());
                g.setLineWidth(2);
                g.strokeRect(x + 5, y - 7, 14, 14);
            }
            case BAND -> {
                g.setFill(item.colour().deriveColor(0, 1, 1, 0.3));
                g.fillRect(x, y - 8, 24, 16);
            }
        }
    }
}
