package dev.podium.ui.goruntime;

import dev.podium.ui.common.ThemePalette;
import dev.podium.world.goruntime.event.GStatus;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The Go view's colours, the {@code -pd-go-*} tokens of {@code goruntime.css}, on top of the shared ones. Goroutine
 * states follow the Okabe-Ito palette (running bluish green, runnable blue, waiting orange, syscall reddish purple),
 * darkened in the light theme for a washed-out projector. Each falls back to a fixed colour. FX thread.
 */
final class GoPalette extends ThemePalette {
    final Color[] status = new Color[GStatus.values().length];
    Color panel;
    Color line;
    Color slot;
    Color idle;
    Color spinning;
    Color current;
    Color stderr;
    Color closed;
    Color cancel;
    Color highlight;

    GoPalette(Pane host) {
        super(host);
    }

    @Override
    protected void resolveTokens() {
        for (GStatus g : GStatus.values()) { // a switch over every state: a new state cannot go without a colour
            status[g.ordinal()] = switch (g) {
                case RUNNING -> pick("-pd-go-running", Color.web("#007A5A"));
                case RUNNABLE -> pick("-pd-go-runnable", Color.web("#0061A8"));
                case WAITING -> pick("-pd-go-waiting", Color.web("#B86E00"));
                case SYSCALL -> pick("-pd-go-syscall", Color.web("#A8326E"));
                case DEAD -> pick("-pd-go-dead", Color.web("#8C959F"));
            };
        }
        panel = pick("-pd-go-panel", Color.web("#F3F5F7"));
        line = pick("-pd-go-line", Color.web("#C9D1D9"));
        slot = pick("-pd-go-slot", Color.web("#FFFFFF"));
        idle = pick("-pd-go-idle", Color.web("#8C959F"));
        spinning = pick("-pd-go-spinning", Color.web("#6F2DBD"));
        current = pick("-pd-go-current", Color.web("#FFF1C2"));
        stderr = pick("-pd-go-stderr", Color.web("#C2410C"));
        closed = pick("-pd-go-closed", Color.web("#C2410C"));
        cancel = pick("-pd-go-cancel", Color.web("#C2410C"));
        highlight = pick("-pd-go-highlight", Color.web("#6F2DBD"));
    }

    Color status(GStatus s) {
        return status[s.ordinal()];
    }
}
