package dev.podium.ui.gc;

import dev.podium.ui.common.CanvasFonts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;

/**
 * Canvas text of the GC view that is never squeezed: {@code fillText} without a maximum width (which would scale the
 * glyphs until a projector cannot show them); text wider than its room ends in "…". Every piece drawn is kept until
 * {@link #clear()}, with its width and its room, so a test can check that each fits (the approach of the Kubernetes
 * reconcile view's labels). FX thread only.
 */
final class GcText {
    /**
     * One piece of text drawn: its width in its font, the room it had, whether it was shortened, and the box it
     * covers on the canvas (its left, top and height: the font's size, placed by the text's alignment and baseline).
     */
    record Drawn(String text, double width, double room, boolean shortened, double x, double top, double height) {
        /** Whether this text's box and {@code other}'s cover a common area more than {@code slack} px deep. */
        boolean overlaps(Drawn other, double slack) {
            return Math.min(x + width, other.x + other.width) - Math.max(x, other.x) > slack
                    && Math.min(top + height, other.top + other.height) - Math.max(top, other.top) > slack;
        }
    }

    private static final String ELLIPSIS = "\u2026";
    private final CanvasFonts fonts;
    private final List<Drawn> drawn = new ArrayList<>();

    GcText(CanvasFonts fonts) {
        this.fonts = fonts;
    }

    List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    void clear() {
        drawn.clear();
    }

    double width(String s, Font font) {
        return fonts.width(s, font);
    }

    /** Draws {@code s} at (x, y) in {@code g}'s font and alignment, shortened with "…" to fit {@code room}. */
    void line(GraphicsContext g, String s, double x, double y, double room) {
        String shown = shorten(s, g.getFont(), room);
        g.fillText(shown, x, y);
        double w = fonts.width(shown, g.getFont());
        double size = g.getFont().getSize();
        double left = switch (g.getTextAlign()) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            default -> x;
        };
        double top = switch (g.getTextBaseline()) {
            case TOP -> y;
            case CENTER -> y - size / 2;
            case BOTTOM -> y - size;
            default -> y - size * 0.8; // the alphabetic baseline: most of a glyph stands above it
        };
        drawn.add(new Drawn(shown, w, room, !shown.equals(s), left, top, size));
    }

    private String shorten(String s, Font font, double room) {
        if (fonts.width(s, font) <= room) {
            return s;
        }
        int end = s.length();
        while (end > 0 && fonts.width(s.substring(0, end).stripTrailing() + ELLIPSIS, font) > room) {
            end--;
        }
        return s.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
