package dev.podium.ui.queue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.podium.scenario.ScenarioRun;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Throwaway launcher to look at the queue view: λ = 0.9/s, μ = 1/s, five minutes computed, shown at
 * four minutes (-Dat=SECONDS to change). -Ddark=true for PrimerDark; -Dzh=true for Chinese labels;
 * -Dservers=N; -Dlambda=X.
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
        ScenarioRun run = QueueScenarios.run(lambda, 1.0, servers, 300, 42, List.of());
        run.runToEnd();
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            QueueView view = new QueueView();
            view.bind(run.timeline());
            Stage stage = new Stage();
            stage.setTitle("Podium queue view demo");
            stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1600, 1000));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            view.render(at * QueueScenarios.SECOND + Long.getLong("atNanos", 0L));
        });
    }
}
