package dev.podium.ui.queue;

import dev.podium.ui.common.ThemePalette;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The queue view's own colours ({@code -pd-queue-waiting} …, {@code -pd-plot-*}) on top of the shared ones of
 * {@link ThemePalette}, each falling back to the nearest AtlantaFX colour, then to a fixed colour. FX thread only.
 */
final class QueuePalette extends ThemePalette {
    Color waiting;
    Color serving;
    Color serverIdle;
    Color serverBusy;
    Color departed;
    Color rejected;
    Color plotLine;
    Color plotGrid;
    Color plotFill;

    QueuePalette(Pane host) {
        super(host);
    }

    @Override
    protected void resolveTokens() {
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
}
