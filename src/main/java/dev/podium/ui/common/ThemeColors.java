package dev.podium.ui.common;

import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Reads the theme's colour tokens (such as {@code -pd-queue-waiting}) for Canvas drawing, so a theme
 * switch recolours canvases exactly like styled controls. It keeps one invisible swatch region in
 * the host pane and resolves a token by styling the swatch with it. FX thread only.
 */
public final class ThemeColors {
    private final Region swatch = new Region();

    /** Adds an unmanaged, invisible swatch to {@code host}; tokens resolve against host's scene CSS. */
    public ThemeColors(Pane host) {
        swatch.setManaged(false);
        swatch.setVisible(false);
        swatch.setMouseTransparent(true);
        host.getChildren().add(swatch);
    }

    /** The colour a token stands for in the current theme, or {@code fallback} if it cannot be resolved. */
    public Color resolve(String token, Color fallback) {
        swatch.setStyle("-fx-background-color: " + token + ";");
        swatch.applyCss();
        Background bg = swatch.getBackground();
        if (bg != null && !bg.getFills().isEmpty()) {
            BackgroundFill fill = bg.getFills().get(0);
            Paint paint = fill.getFill();
            if (paint instanceof Color color) {
                return color;
            }
        }
        return fallback;
    }
}
