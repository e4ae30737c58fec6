package dev.podium.ui.kube.traffic;

import dev.podium.ui.common.ThemePalette;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/** The traffic tab's colours from the shared tokens (the pod and node ones), so a theme switch recolours it. */
final class TrafficPalette extends ThemePalette {
    Color ok;
    Color failed;
    Color notReady;
    Color terminating;
    Color box;
    Color border;
    Color link;

    TrafficPalette(Pane host) {
        super(host);
    }

    @Override
    protected void resolveTokens() {
        ok = pick("-pd-pod-running", Color.web("#007A5A"));
        failed = pick("-pd-node-notready", Color.web("#CF222E"));
        notReady = pick("-pd-pod-pending", Color.web("#B86E00"));
        terminating = pick("-pd-pod-terminating", Color.web("#6E7781"));
        box = pick("-pd-node-bg", Color.web("#F6F8FA"));
        border = pick("-pd-border", Color.web("#C9D1D9"));
        link = pick("-pd-capacity-track", Color.web("#D0D7DE"));
    }
}
