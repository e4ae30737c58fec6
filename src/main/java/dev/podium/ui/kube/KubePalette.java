package dev.podium.ui.kube;

import dev.podium.ui.common.ThemeColors;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The kube view's colours from the theme's tokens ({@code -pd-pod-*}, {@code -pd-node-*}, {@code -pd-pipeline-*})
 * through {@link ThemeColors}, with fixed fallbacks. Resolving costs a CSS pass per token, so colours are cached and
 * re-resolved only after the scene, its root's style classes or a stylesheet list changed (a theme switch).
 * FX thread only.
 */
final class KubePalette {
    final Color[] pod = new Color[PodStatus.ALL.length];
    /** The pod colours as ARGB ints, for rastering. */
    final int[] podArgb = new int[PodStatus.ALL.length];
    Color bg;
    Color text;
    Color muted;
    Color border;
    Color ring;
    Color nodeBg;
    Color nodeReady;
    Color nodeNotReady;
    Color nodeCordoned;
    Color bar;
    Color track;
    Color stage;
    Color stageBorder;
    Color key;
    Color dedup;
    Color delayed;
    Color busy;
    Color relist;
    Color write;
    private int version;

    private final ThemeColors theme;
    private boolean dirty = true;
    private final ListChangeListener<Object> listChanged = c -> dirty = true;
    private Scene scene;
    private Parent root;
    private final InvalidationListener rootChanged = o -> watchRoot();

    KubePalette(Pane host) {
        theme = new ThemeColors(host);
        host.sceneProperty().addListener((obs, old, s) -> watch(s));
        watch(host.getScene());
    }

    /** Bumped on every re-resolve, so painters can rebuild derived caches. */
    int version() {
        return version;
    }

    void refreshIfNeeded() {
        if (!dirty) {
            return;
        }
        dirty = false;
        version++;
        String[] fallback = {"#B86E00", "#0061A8", "#007A5A", "#6E7781", "#C2410C", "#A8326E", "#4B535D"};
        for (PodStatus s : PodStatus.ALL) {
            pod[s.ordinal()] = pick(s.token, Color.web(fallback[s.ordinal()]));
            podArgb[s.ordinal()] = argb(pod[s.ordinal()]);
        }
        bg = pick("-pd-stage-bg", pick("-color-bg-default", Color.WHITE));
        text = pick("-pd-text", Color.web("#1F2328"));
        muted = pick("-pd-text-muted", Color.web("#4B535D"));
        border = pick("-pd-border", Color.web("#C9D1D9"));
        ring = pick("-pd-pod-ready-ring", text);
        nodeBg = pick("-pd-node-bg", Color.web("#F6F8FA"));
        nodeReady = pick("-pd-node-ready", Color.web("#57606A"));
        nodeNotReady = pick("-pd-node-notready", Color.web("#CF222E"));
        nodeCordoned = pick("-pd-node-cordoned", Color.web("#9A6700"));
        bar = pick("-pd-capacity-bar", Color.web("#0061A8"));
        track = pick("-pd-capacity-track", Color.web("#D0D7DE"));
        stage = pick("-pd-pipeline-stage", nodeBg);
        stageBorder = pick("-pd-pipeline-stage-border", nodeReady);
        key = pick("-pd-pipeline-key", bar);
        dedup = pick("-pd-pipeline-dedup", pod[PodStatus.PENDING.ordinal()]);
        delayed = pick("-pd-pipeline-delayed", Color.web("#6F2DBD"));
        busy = pick("-pd-pipeline-worker-busy", pod[PodStatus.RUNNING.ordinal()]);
        relist = pick("-pd-pipeline-relist", pod[PodStatus.CRASHLOOP.ordinal()]);
        write = pick("-pd-pipeline-write", pod[PodStatus.FAILED.ordinal()]);
    }

    /** Text that reads on {@code fill}: the text colour or the background, whichever contrasts more. */
    Color onFill(Color fill) {
        double l = luminance(fill);
        return Math.abs(l - luminance(text)) >= Math.abs(l - luminance(bg)) ? text : bg;
    }

    static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    static int argb(Color c) {
        return 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    /** {@code a} over {@code b} with opacity {@code alpha} (0–1), as opaque ARGB. */
    static int mix(int a, int b, double alpha) {
        int r = (int) (((a >> 16) & 0xFF) * alpha + ((b >> 16) & 0xFF) * (1 - alpha));
        int g = (int) (((a >> 8) & 0xFF) * alpha + ((b >> 8) & 0xFF) * (1 - alpha));
        int bl = (int) ((a & 0xFF) * alpha + (b & 0xFF) * (1 - alpha));
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }

    private Color pick(String token, Color fallback) {
        return theme.resolve(token, fallback);
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
