package dev.podium.ui.kube;

import dev.podium.ui.common.ThemePalette;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The kube view's own colours ({@code -pd-pod-*}, {@code -pd-node-*}, {@code -pd-pipeline-*}) on top of the shared
 * ones of {@link ThemePalette}, with fixed fallbacks. FX thread only.
 */
final class KubePalette extends ThemePalette {
    final Color[] pod = new Color[PodStatus.ALL.length];
    /** The pod colours as ARGB ints, for rastering. */
    final int[] podArgb = new int[PodStatus.ALL.length];
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

    KubePalette(Pane host) {
        super(host);
    }

    @Override
    protected void resolveTokens() {
        String[] fallback = {"#B86E00", "#0061A8", "#007A5A", "#6E7781", "#C2410C", "#A8326E", "#4B535D"};
        for (PodStatus s : PodStatus.ALL) {
            pod[s.ordinal()] = pick(s.token, Color.web(fallback[s.ordinal()]));
            podArgb[s.ordinal()] = argb(pod[s.ordinal()]);
        }
        border = pick("-pd-border", Color.web("#C9D1D9"));
        ring = pick("-pd-pod-ready-ring", text());
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
}
