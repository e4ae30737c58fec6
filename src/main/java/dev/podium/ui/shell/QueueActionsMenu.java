package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import dev.podium.world.queue.QueueParams;

/**
 * The queue world's Actions: asks for a value, then forks the run at the playhead with the matching
 * {@link QueueActions} input and a note in the narration.
 */
final class QueueActionsMenu {
    private static final double MIN_RATE = 0.01;
    private static final double MAX_RATE = 1000;
    private final MainWindow window;
    private double lastRate = 1.0;
    private int lastServers = 2;

    QueueActionsMenu(MainWindow window) {
        this.window = window;
    }

    void askArrivalRate() {
        I18n i18n = window.i18n();
        window.dialogs().askNumber("action.arrivalRate.title", "action.arrivalRate.prompt", lastRate, MIN_RATE,
                MAX_RATE).ifPresent(rate -> {
                    lastRate = rate;
                    long at = window.model().playheadNanos();
                    window.forkWith(QueueActions.arrivalRate(at, rate),
                            i18n.get("note.arrivalRate", QueueActions.plain(rate)));
                });
    }

    void askServers() {
        I18n i18n = window.i18n();
        window.dialogs().askNumber("action.servers.title", "action.servers.prompt", lastServers, 1,
                QueueParams.MAX_SERVERS).ifPresent(value -> {
                    int servers = (int) Math.round(value);
                    lastServers = servers;
                    long at = window.model().playheadNanos();
                    window.forkWith(QueueActions.servers(at, servers), i18n.get("note.servers", servers));
                });
    }

    void burst() {
        long at = window.model().playheadNanos();
        window.forkWith(QueueActions.burst(at), window.i18n().get("note.burst", QueueActions.BURST_SIZE));
    }
}
