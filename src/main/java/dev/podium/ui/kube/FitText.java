package dev.podium.ui.kube;

import dev.podium.ui.common.CanvasFonts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;

/**
 * Canvas text that is never squeezed: {@code fillText} is always called without a maximum width (which would scale
 * the glyphs horizontally until they cannot be read on a projector). Text wider than its room wraps at spaces (or
 * between CJK characters) onto as many lines as it may use, and what still does not fit ends in "…". Every piece
 * drawn is also written to {@link #drawn()} until {@link #clear()}, so a test can check that each fits its room.
 * FX thread only.
 */
final class FitText {

    /** One piece of text drawn: its width in its font, the room it had, and whether it was shortened. */
    record Drawn(String text, double width, double room, boolean shortened) {
    }

    private static final String ELLIPSIS = "…";
    private final CanvasFonts fonts;
    private final List<Drawn> drawn = new ArrayList<>();

    FitText(CanvasFonts fonts) {
        this.fonts = fonts;
    }

    /** What was drawn since the last {@link #clear()}. */
    List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    /** Forgets what was drawn (once a frame). */
    void clear() {
        drawn.clear();
    }

    /** Draws {@code s} on one line at (x, y) in {@code g}'s font and alignment, shortened with "…" to fit {@code room}. */
    void line(GraphicsContext g, String s, double x, double y, double room) {
        lines(g, s, x, y, room, 1, 0);
    }

    /**
     * Draws {@code s} at (x, y) on at most {@code maxLines} lines {@code lineHeight} apart, wrapped to {@code room};
     * returns the number of lines drawn.
     */
    int lines(GraphicsContext g, String s, double x, double y, double room, int maxLines, double lineHeight) {
        List<String> parts = wrap(s, g.getFont(), room, maxLines);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            g.fillText(part, x, y + i * lineHeight);
            drawn.add(new Drawn(part, fonts.width(part, g.getFont()), room, part.endsWith(ELLIPSIS)
                    && !s.endsWith(ELLIPSIS)));
        }
        return parts.size();
    }

    /** Whether {@code s} fits {@code room} on one line in {@code font}. */
    boolean fits(String s, Font font, double room) {
        return fonts.width(s, font) <= room;
    }

    /** {@code s} wrapped to {@code room} on at most {@code maxLines} lines, the last shortened with "…" if needed. */
    List<String> wrap(String s, Font font, double room, int maxLines) {
        List<String> out = new ArrayList<>();
        String rest = s.strip();
        while (!rest.isEmpty() && out.size() < maxLines) {
            if (fonts.width(rest, font) <= room) {
                out.add(rest);
                return out;
            }
            if (out.size() == maxLines - 1) {
                out.add(shorten(rest, font, room));
                return out;
            }
            int cut = breakAt(rest, font, room);
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return out;
    }

    /** {@code s} cut to fit {@code room} with "…" at the end; "…" alone when not even one character fits. */
    String shorten(String s, Font font, double room) {
        if (fonts.width(s, font) <= room) {
            return s;
        }
        int end = s.length();
        while (end > 0 && fonts.width(s.substring(0, end).stripTrailing() + ELLIPSIS, font) > room) {
            end = Character.isLowSurrogate(s.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
        }
        return s.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The longest prefix that fits: up to the last space or CJK character boundary within room; at least one char. */
    private int breakAt(String s, Font font, double room) {
        int best = -1;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = s.charAt(i - 1);
            boolean boundary = c == ' ' || before == ' ' || isCjk(c) || isCjk(before) || before == '/';
            if (!boundary) {
                continue;
            }
            if (fonts.width(s.substring(0, i).stripTrailing(), font) > room) {
                break;
            }
            best = i;
        }
        if (best > 0) {
            return best;
        }
        int end = 1;
        while (end < s.length() && fonts.width(s.substring(0, end + 1), font) <= room) {
            end++;
        }
        return end;
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00'
                && c <= '\uffef');
    }
}
