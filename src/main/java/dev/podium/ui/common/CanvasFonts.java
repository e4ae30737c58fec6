package dev.podium.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Canvas fonts by size, made once (half-pixel steps) instead of once per chip per frame. FX thread only. */
public final class CanvasFonts {
    private final Map<Integer, Font> regular = new HashMap<>();
    private final Map<Integer, Font> bold = new HashMap<>();
    private final Text measure = new Text();
    private String family;

    /** Uses {@code name} (null: the default family) from now on, e.g. a CJK family with real bold faces. */
    public void family(String name) {
        if (name == null ? family != null : !name.equals(family)) {
            family = name;
            regular.clear();
            bold.clear();
        }
    }

    public Font regular(double size) {
        return regular.computeIfAbsent(key(size), k -> Font.font(family, FontWeight.NORMAL, k / 2.0));
    }

    public Font bold(double size) {
        return bold.computeIfAbsent(key(size), k -> Font.font(family, FontWeight.BOLD, k / 2.0));
    }

    /** Width in pixels of {@code s} drawn in {@code font}. */
    public double width(String s, Font font) {
        measure.setFont(font);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private static int key(double size) {
        return (int) Math.round(Math.max(4, size) * 2);
    }
}
