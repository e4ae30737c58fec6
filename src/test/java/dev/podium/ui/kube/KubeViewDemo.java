package dev.podium.ui.kube;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.CjkFont;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Theme;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Throwaway launcher to look at the kube view: the classroom cluster (rollout and node failure) shown at -Dat=SECONDS
 * (default 66.5), -Dtab=0|1|2|3|4, -Dwidth and -Dheight (1600, 1000), -Ddark=true, -Dzh=true, -Dcontroller=NAME
 * for the reconcile tab, -Ddense=NODES for a synthetic dense cluster of NODES × 30 pods instead, -Dlesson=FILE for
 * a built-in lesson run to its end.
 */
public final class KubeViewDemo {
    private KubeViewDemo() {
    }

    public static void main(String[] args) throws Exception {
        boolean dark = Boolean.getBoolean("dark");
        boolean zh = Boolean.getBoolean("zh");
        if (zh) {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        }
        int dense = Integer.getInteger("dense", 0);
        String lesson = System.getProperty("lesson", "");
        Timeline timeline = dense > 0 ? KubeScenarios.dense(dense, 30, 60) : KubeScenarios.classroom(120);
        if (!lesson.isEmpty()) {
            timeline = KubeScenarios.lesson(lesson);
        }
        Timeline shown = timeline;
        long at = (long) (Double.parseDouble(System.getProperty("at", "66.5")) * KubeScenarios.S);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            KubeView view = new KubeView();
            view.bind(shown);
            Scene scene = new Scene((Parent) view.node(), Integer.getInteger("width", 1600),
                    Integer.getInteger("height", 1000));
            scene.getStylesheets().add(KubeViewDemo.class.getResource(Theme.TOKENS_CSS).toExternalForm());
            CjkFont.stylesheet().ifPresent(scene.getStylesheets()::add);
            if (dark) {
                scene.getRoot().getStyleClass().add(PodiumStyles.THEME_DARK);
            }
            if (zh) {
                scene.getRoot().getStyleClass().add(PodiumStyles.LANG_ZH);
            }
            Stage stage = new Stage();
            stage.setTitle("Podium kube view demo");
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            view.reconcilePane().select(System.getProperty("controller", "replicaset"));
            view.showTab(Integer.getInteger("tab", 0));
            view.render(at);
            view.showTab(Integer.getInteger("tab", 0));
            view.render(at);
            view.node().requestFocus();
        });
    }
}
