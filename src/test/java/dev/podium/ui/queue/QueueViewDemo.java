package dev.podium.ui.queue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.queue.CustomerRejected;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Throwaway launcher to look at the queue view: λ = 0.9/s, μ = 1/s, five minutes computed, shown at
 * four minutes (-Dat=SECONDS, -DatNanos=EXTRA to change). -Ddark=true for PrimerDark; -Dtokens=true adds
 * the test token sheet (and its dark override with -Ddark); -Dzh=true for Chinese labels; -Dservers=N;
 * -Dlambda=X; -Dcapacity=N for a limited waiting room.
 */
public final class QueueViewDemo {
    private QueueViewDemo() {
    }

    public static void main(String[] args) throws Exception {
        boolean dark = Boolean.getBoolean("dark");
        if (Boolean.getBoolean("zh")) {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        }
        double lambda = Double.parseDouble(System.getProperty("lambda", "0.9"));
        int servers = Integer.getInteger("servers", 1);
        long at = Long.getLong("at", 240L);
        int capacity = Integer.getInteger("capacity", 0);
        long seconds = Long.getLong("seconds", 300L);
        ScenarioRun run = QueueScenarios.run(lambda, 1.0, servers, capacity, seconds, 42, List.of());
        run.runToEnd();
        long shownAt = at * QueueScenarios.SECOND + Long.getLong("atNanos", 0L);
        if (Boolean.getBoolean("rejection")) { // jump to just after the next customer turned away
            for (WorldEvent e : run.timeline().events()) {
                if (e instanceof CustomerRejected && e.timeNanos() >= shownAt) {
                    shownAt = e.timeNanos() + 120_000_000L;
                    break;
                }
            }
        }
        long renderAt = shownAt;
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            QueueView view = new QueueView();
            view.bind(run.timeline());
            Stage stage = new Stage();
            stage.setTitle("Podium queue view demo");
            Scene scene = new Scene((Parent) view.node(), 1600, 1000);
            if (Boolean.getBoolean("tokens")) {
                scene.getStylesheets().add(QueueViewDemo.class.getResource("test-tokens.css").toExternalForm());
                if (dark) {
                    scene.getRoot().getStyleClass().add("dark");
                }
            }
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            view.render(renderAt);
            if (Boolean.getBoolean("bench")) { // rough frame cost, scrubbing across the whole run
                long end = run.timeline().endNanos();
                long t0 = System.nanoTime();
                int frames = 600;
                for (int i = 0; i < frames; i++) {
                    view.render(end / frames * i);
                }
                System.out.printf("render: %.0f µs a frame over %d events%n",
                        (System.nanoTime() - t0) / 1e3 / frames, run.timeline().size());
            }
        });
    }
}
