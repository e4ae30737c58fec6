package dev.podium.ui.kube;

import dev.podium.ui.PngFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.podium.live.informer.LiveDemoRecording;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.CjkFont;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reconcile tab on a recorded-live timeline (a real session against the mock server, written to a recording
 * and read back): it shows our informers and the dry run, not a simulated controller. Also writes PNGs of it, light
 * and dark, English and Chinese, under target/screens/.
 */
@ExtendWith(ApplicationExtension.class)
class LiveReconcileViewTest {

    static {
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private static Timeline timeline;
    private final Locale locale = Locale.getDefault();
    private KubeView view;
    private Scene scene;

    @BeforeAll
    static void record() throws Exception {
        Path dir = Files.createTempDirectory("podium-live-view");
        Files.createDirectories(Path.of("target"));
        timeline = LiveDemoRecording.record(dir, Path.of("target/live-demo.jsonl"));
    }

    @Start
    void start(Stage stage) {
        view = new KubeView();
        view.bind(timeline);
        scene = new Scene((Parent) view.node(), 1280, 800);
        scene.getStylesheets().add(KubeView.class.getResource(Theme.TOKENS_CSS).toExternalForm());
        CjkFont.stylesheet().ifPresent(scene.getStylesheets()::add);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(locale);
    }

    @Test
    void aLiveTimelineShowsOurInformersAndADryRunNotASimulatedController(FxRobot robot) {
        robot.interact(() -> {
            view.showTab(1);
            view.render(timeline.endNanos());
        });
        ReconcilePane pane = view.reconcilePane();
        assertTrue(pane.showsLive());
        assertFalse(robot.lookup("#" + ReconcilePane.SELECTOR_ID).query().isVisible(), "no simulated controller");
        LivePipelineModel m = pane.liveModel();
        LivePipelineModel.InformerRow pods = m.informers.stream().filter(r -> r.name().equals("podium/pods"))
                .findFirst().orElseThrow();
        assertEquals("live.state.watching", pods.stateKey());
        assertEquals(5, pods.objects(), "six pods seeded or created, one deleted");
        assertTrue(pods.samples() >= 2, "the new pod and the deletion were sampled: " + pods);
        assertTrue(m.samples.size() >= 4, "first, two busy seconds, idle: " + m.samples.size());
        LivePipelineModel.DryRunLine web = m.dryRun.stream().filter(l -> l.name().equals("web-7d4")).findFirst()
                .orElseThrow();
        assertEquals(1, web.indent());
        assertEquals("would create 1 pod(s)", web.step(), "4 desired, 3 active");
        assertTrue(web.writes());
        assertTrue(m.dryRun.stream().anyMatch(l -> l.name().equals("batch-1")
                && l.step().startsWith("would delete 1 pod(s): batch-1-")), m.dryRun.toString());
        assertTrue(m.assumptions.startsWith("Assumed: "), m.assumptions);
    }

    @Test
    void writesPngsInBothThemesAndLanguages(FxRobot robot) throws Exception {
        Path screens = Files.createDirectories(Path.of("target/screens"));
        for (boolean dark : new boolean[] {false, true}) {
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                WritableImage[] shot = new WritableImage[1];
                robot.interact(() -> {
                    Locale.setDefault(l);
                    Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                            : new PrimerLight().getUserAgentStylesheet());
                    scene.getRoot().getStyleClass().remove(PodiumStyles.THEME_DARK);
                    scene.getRoot().getStyleClass().remove(PodiumStyles.LANG_ZH);
                    if (dark) {
                        scene.getRoot().getStyleClass().add(PodiumStyles.THEME_DARK);
                    }
                    if (l.getLanguage().equals("zh")) {
                        scene.getRoot().getStyleClass().add(PodiumStyles.LANG_ZH);
                    }
                });
                robot.interact(() -> {
                    view.showTab(1);
                    view.render(timeline.endNanos());
                    shot[0] = scene.getRoot().snapshot(null, null);
                });
                String name = "live-reconcile-" + (dark ? "dark" : "light") + "-" + l.getLanguage() + ".png";
                Path file = screens.resolve(name);
                PngFiles.write(shot[0], file);
                assertTrue(Files.size(file) > 10_000, name);
            }
        }
    }
}
