package dev.podium.ui.queue;

import dev.podium.ui.common.ThemeColors;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The queue view's colours, read from the theme's tokens ({@code -pd-queue-waiting} …) through
 * {@link ThemeColors}. Each token falls back to the nearest AtlantaFX colour, then to a fixed colour,
 * so the view looks right before the shell's token sheet exists and in any AtlantaFX theme.
 *
 * <p>Resolving costs a CSS pass per token, so colours are cached and re-resolved only after the
 * scene, its root, the root's style classes or a stylesheet list changed (a theme switch).
 * FX thread only.
 */
final class QueuePalette {
    Color stageBg;
    Color text;
    Color textMuted;
    Color waiting;
    Color serving;
    Color serverIdle;
    Color serverBusy;
    Color departed;
    Color rejected;
    Color plotLine;
    Color plotGrid;
    Color plotFill;

    private final ThemeColors theme;
    private boolean dirty = true;
    private final ListChangeListener<Object> listChanged = c -> dirty = true;
    private Scene watchedScene;
    private Parent watchedRoot;
    private final InvalidationListener rootChanged = o -> {
        unwatchRoot();
        watchRoot(watchedScene == null ? null : watchedScene.getRoot());
        dirty = true;
    };

    QueuePalette(Pane host) {
        theme = new ThemeColors(host);
        ChangeListener<Scene> onScene = (obs, old, scene) -> watch(scene);
        host.sceneProperty().addListener(onScene);
        watch(host.getScene());
    }

    /** Resolves the colours again if the theme may have changed; cheap otherwise. */
    void refreshIfNeeded() {
        if (!dirty) {
            return;
        }
        dirty = false;
        Color bg = pick("-color-bg-default", Color.WHITE);
        stageBg = pick("-pd-stage-bg", bg);
        text = pick("-pd-text", pick("-color-fg-default", Color.web("#1f2328")));
        textMuted = pick("-pd-text-muted", pick("-color-fg-muted", Color.web("#656d76")));
        waiting = pick("-pd-queue-waiting", pick("-color-accent-emphasis", Color.web("#0969da")));
        serving = pick("-pd-queue-serving", pick("-color-warning-emphasis", Color.web("#bf8700")));
        serverIdle = pick("-pd-queue-server-idle", pick("-color-bg-subtle", Color.web("#f6f8fa")));
        serverBusy = pick("-pd-queue-server-busy", pick("-color-warning-subtle", Color.web("#fff8c5")));
        departed = pick("-pd-queue-departed", pick("-color-success-emphasis", Color.web("#1f883d")));
        rejected = pick("-pd-queue-rejected", pick("-color-danger-emphasis", Color.web("#cf222e")));
        plotLine = pick("-pd-plot-line", waiting);
        plotGrid = pick("-pd-plot-grid", pick("-color-border-muted", Color.web("#d0d7de")));
        plotFill = pick("-pd-plot-fill", plotLine.deriveColor(0, 1, 1, 0.18));
    }

    /** Marks the colours stale; the next {@link #refreshIfNeeded} resolves them. */
    void invalidate() {
        dirty = true;
    }

    /** Text that reads on {@code fill}: the theme's text colour or the stage background, whichever contrasts more. */
    Color onFill(Color fill) {
        double l = luminance(fill);
        return Math.abs(l - luminance(text)) >= Math.abs(l - luminance(stageBg)) ? text : stageBg;
    }

    static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private Color pick(String token, Color fallback) {
        return theme.resolve(token, fallback);
    }

    private void watch(Scene scene) {
        if (watchedScene != null) {
            watchedScene.getStylesheets().removeListener(listChanged);
            watchedScene.rootProperty().removeListener(rootChanged);
        }
        unwatchRoot();
        watchedScene = scene;
        if (scene != null) {
            scene.getStylesheets().addListener(listChanged);
            scene.rootProperty().addListener(rootChanged);
            watchRoot(scene.getRoot());
        }
        dirty = true;
    }

    private void watchRoot(Parent root) {
        watchedRoot = root;
        if (root != null) {
            root.getStyleClass().addListener(listChanged);
            root.getStylesheets().addListener(listChanged);
        }
    }

    private void unwatchRoot() {
        if (watchedRoot != null) {
            watchedRoot.getStyleClass().removeListener(listChanged);
            watchedRoot.getStylesheets().removeListener(listChanged);
            watchedRoot = null;
        }
    }
}
