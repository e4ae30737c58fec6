package dev.podium.ui.goruntime;

import dev.podium.ui.common.ViewText;
import dev.podium.world.goruntime.event.GStatus;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The key to the goroutine states along the bottom of the stage: for each, a swatch of its colour with its badge
 * (the {@link StateGlyph}) and its name, in as many rows as the width needs; every name whole. FX thread only.
 */
final class GlyphLegend {
    private static final double SWATCH = 20;
    private static final double ROW = 23;

    private final Ink ink;

    GlyphLegend(Ink ink) {
        this.ink = ink;
    }

    /** The height the legend needs in a stage {@code w} wide. */
    double height(double w, ViewText text) {
        return rows(w, text) * ROW + 4;
    }

    /** Paints the legend into the box at (x, y), {@code w} wide. */
    void paint(GraphicsContext g, double x, double y, double w, GoPalette p, ViewText text) {
        Font font = ink.fonts.regular(Ink.SMALL);
        double cx = x;
        double cy = y + ROW / 2;
        for (StateGlyph glyph : StateGlyph.values()) {
            String name = text.get(key(glyph));
            double itemW = itemWidth(name, font);
            if (cx > x && cx + itemW > x + w) {
                cx = x;
                cy += ROW;
            }
            Color fill = p.status(status(glyph));
            g.setFill(fill);
            g.fillRoundRect(cx, cy - SWATCH / 2 + 2, SWATCH, SWATCH - 4, 6, 6);
            glyph.badge(g, cx, cy - SWATCH / 2 + 2, SWATCH, SWATCH - 4, p.stageBg(), p.text());
            ink.text(g, name, cx + SWATCH + 8, cy, itemW - SWATCH - 8, font, p.text());
            cx += itemW + 10;
        }
    }

    private int rows(double w, ViewText text) {
        Font font = ink.fonts.regular(Ink.SMALL);
        int rows = 1;
        double cx = 0;
        for (StateGlyph glyph : StateGlyph.values()) {
            double itemW = itemWidth(text.get(key(glyph)), font);
            if (cx > 0 && cx + itemW > w) {
                rows++;
                cx = 0;
            }
            cx += itemW + 10;
        }
        return rows;
    }

    private double itemWidth(String name, Font font) {
        return SWATCH + 8 + ink.width(name, font) + 2;
    }

    static String key(StateGlyph glyph) {
        return "legend." + glyph.name().toLowerCase(Locale.ROOT);
    }

    /** The colour class a glyph's goroutines are drawn in. */
    static GStatus status(StateGlyph glyph) {
        return switch (glyph) {
            case RUNNING -> GStatus.RUNNING;
            case RUNNABLE -> GStatus.RUNNABLE;
            case SYSCALL -> GStatus.SYSCALL;
            case DEAD -> GStatus.DEAD;
            case CHAN, SELECT, LOCK, SLEEP, WAIT -> GStatus.WAITING;
        };
    }
}
