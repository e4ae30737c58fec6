package dev.podium.ui.kube.flow;

import dev.podium.ui.common.ThemePalette;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/** The API tab's colours from the shared tokens, so a theme switch recolours it. */
final class FlowPalette extends ThemePalette {
    Color busy;
    Color waiting;
    Color rejected;
    Color idle;
    Color panel;
    Color border;

    FlowPalette(Pane host) {
        super(host);
    }

    @Override
    protected void resolveTokens() {
        busy = pick("-pd-pod-running", Color.web("#007A5A"));
        waiting = pick("-pd-pod-pending", Color.web("#B86E00"));
        rejected = pick("-pd-node-notready", Color.web("#CF222E"));
        idle = pick("-pd-capacity-track", Color.web("#D0D7DE"));
        panel = pick("-pd-node-bg", Color.web("#F6F8FA"));
        border = pick("-pd-border", Color.web("#C9D1D9"));
    }
}
