package dev.podium.ui.common;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * A world view's colours for Canvas drawing, read from the theme's tokens through {@link ThemeColors}: the tokens
 * every world shares ({@code -pd-stage-bg}, {@code -pd-text}, {@code -pd-text-muted}) here, a world's own tokens in
 * its subclass's {@link #resolveTokens()}. Each token falls back to the nearest AtlantaFX colour or to a fixed
 * colour, so a view looks right before the shell's token sheet is attached and in any AtlantaFX theme.
 *
 * <p>Resolving costs a CSS pass per token, so colours are cached and resolved again only after the host's scene,
 * the scene's root, the root's style classes or a stylesheet list changed (a theme switch), or after
 * {@link #invalidate()}. A view calls {@link #refreshIfNeeded()} at the start of each render. FX thread only.
 */
public abstract class ThemePalette {
    private final ThemeColors theme;
    private final ListChangeListener<Object> listChanged = c -> invalidate();
    private final InvalidationListener rootChanged = o -> watchRoot();
    private Scene scene;
    private Parent root;
    private boolean dirty = true;
    private int version;

    private Color stageBg;
    private Color text;
    private Color textMuted;

    /** Resolves tokens against {@code host}'s scene; an invisible swatch is added to {@code host} for that. */
    protected ThemePalette(Pane host) {
        theme = new ThemeColors(host);
        host.sceneProperty().addListener((obs, old, now) -> watch(now));
        watch(host.getScene());
    }

    /**
     * Resolves the world's own tokens with {@link #pick}; called by {@link #refreshIfNeeded()} after the shared
     * colours are resolved, so they may serve as fallbacks.
     */
    protected abstract void resolveTokens();

    /** Resolves the colours again if the theme may have changed; cheap otherwise. */
    public final void refreshIfNeeded() {
        if (!dirty) {
            return;
        }
        dirty = false;
        version++;
        stageBg = pick("-pd-stage-bg", "-color-bg-default", Color.WHITE);
        text = pick("-pd-text", "-color-fg-default", Color.web("#1f2328"));
        textMuted = pick("-pd-text-muted", "-color-fg-muted", Color.web("#656d76"));
        resolveTokens();
    }

    /** Marks the colours stale; the next {@link #refreshIfNeeded} resolves them. */
    public final void invalidate() {
        dirty = true;
    }

    /** Bumped on every resolve, so painters can rebuild caches derived from the colours. */
    public final int version() {
        return version;
    }

    /** The stage's background ({@code -pd-stage-bg}). */
    public final Color stageBg() {
        return stageBg;
    }

    /** Body text ({@code -pd-text}). */
    public final Color text() {
        return text;
    }

    /** Secondary text: captions, axes, hints ({@code -pd-text-muted}). */
    public final Color textMuted() {
        return textMuted;
    }

    /** Text that reads on {@code fill}: the text colour or the stage background, whichever contrasts more. */
    public final Color onFill(Color fill) {
        double l = luminance(fill);
        return Math.abs(l - luminance(text)) >= Math.abs(l - luminance(stageBg)) ? text : stageBg;
    }

    /** Relative luminance (Rec. 709 weights) of {@code c}, 0 for black to 1 for white. */
    public static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    /** The colour {@code token} stands for in the current theme, or {@code fallback}. */
    protected final Color pick(String token, Color fallback) {
        return theme.resolve(token, fallback);
    }

    /**
     * The colour {@code token} stands for, else the one {@code alternative} stands for, else {@code fallback}. The
     * alternative is looked up only when the token is missing: an AtlantaFX token looked up without AtlantaFX's
     * sheet (a view in a bare scene, a benchmark) makes JavaFX log a ClassCastException for the swatch's style.
     */
    protected final Color pick(String token, String alternative, Color fallback) {
        Color c = theme.resolve(token, null);
        return c != null ? c : theme.resolve(alternative, fallback);
    }

    private void watch(Scene s) {
        if (scene != null) {
            scene.getStylesheets().removeListener(listChanged);
            scene.rootProperty().removeListener(rootChanged);
        }
        scene = s;
        if (s != null) {
            s.getStylesheets().addListener(listChanged);
            s.rootProperty().addListener(rootChanged);
        }
        watchRoot();
    }

    private void watchRoot() {
        if (root != null) {
            root.getStyleClass().removeListener(listChanged);
            root.getStylesheets().removeListener(listChanged);
        }
        root = scene == null ? null : scene.getRoot();
        if (root != null) {
            root.getStyleClass().addListener(listChanged);
            root.getStylesheets().addListener(listChanged);
        }
        dirty = true;
    }
}
