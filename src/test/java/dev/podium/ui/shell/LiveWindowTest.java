package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.guard.KubeVerb;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.live.LivePlayback;
import dev.podium.ui.live.LiveStatusBar;
import dev.podium.ui.playback.Playback;
import dev.podium.ui.playback.RecordingPlayback;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window watching a cluster (fabric8's CRUD mock over verified https): connect, see pods arrive in the
 * timeline and the health bar, disconnect, save the session and play it back as a recording. Frames are driven by
 * the test; the only waiting is polling for the mock server's answers, with a timeout.
 */
@ExtendWith(ApplicationExtension.class)
class LiveWindowTest {
    private static final long FRAME = 16_000_000L;
    private final Preferences prefs = Preferences.userRoot().node("dev/podium/test/live-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private MainWindow window;
    private MockCluster cluster;
    private KubernetesClient seeder;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), false);
        window.show(stage);
    }

    @BeforeEach
    void seed() throws Exception {
        cluster = MockCluster.crud(dir);
        seeder = cluster.server.createClient();
        seeder.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-a").endMetadata().build())
                .create();
        for (String name : List.of("web-1", "web-2")) {
            seeder.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName(name)
                    .withNamespace("default").endMetadata().withNewSpec().withNodeName("node-a").endSpec().build())
                    .create();
        }
    }

    @AfterEach
    void stop(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> {
            Playback p = window.model().playback();
            if (p != null) {
                p.close();
            }
        });
        seeder.close();
        cluster.close();
        prefs.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    /** Drives frames until {@code done} holds for the timeline, at most 60 s (the mock server may be slow). */
    private void framesUntil(FxRobot robot, Predicate<List<WorldEvent>> done) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            AtomicBoolean ok = new AtomicBoolean();
            robot.interact(() -> {
                window.player().frame(FRAME);
                ok.set(window.model().playback() instanceof LivePlayback
                        && done.test(window.model().playback().timeline().events()));
            });
            return ok.get();
        });
    }

    /**
     * Waits until the pods informer's watch is open: the mock API server does not replay history to a watch opened
     * after a change (a real one does, from the list's resourceVersion), so a delete before that would be missed.
     */
    private void awaitPodsWatch() throws Exception {
        LivePlayback live = (LivePlayback) window.model().playback();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> live.status().informer("podium/pods")
                .map(i -> i.state() == dev.podium.live.informer.InformerState.WATCHING).orElse(false));
    }

    private static long count(List<WorldEvent> events, Class<?> type) {
        return events.stream().filter(type::isInstance).count();
    }

    @Test
    void watchesTheClusterLiveThenSavesAndReplaysIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.live().connect(KubeconfigFiles.locate(cluster.kubeconfig, Map.of(), dir),
                MockCluster.CONTEXT, null, false));
        framesUntil(robot, events -> count(events, PodCreated.class) == 2);
        assertTrue(window.model().liveProperty().get());
        assertTrue(window.model().isPlaying(), "live plays from now");
        assertTrue(window.model().run() == null, "live is not a simulation");
        assertTrue(robot.lookup("#live-bar").query().isVisible());
        robot.interact(() -> ((LiveStatusBar) robot.lookup("#live-bar").query()).refresh());
        FlowPane chips = robot.lookup("#live-chips").query();
        List<String> texts = chips.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Pods · ")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Nodes · ")), texts.toString());
        assertEquals("Read-only", ((Label) robot.lookup("#live-access").query()).getText());
        assertFalse(robot.lookup("#live-insecure").query().isVisible(), "TLS is verified");
        String title = ((Label) robot.lookup("#scenario-title").query()).getText();
        assertEquals("Live: mock (all namespaces)", title);

        awaitPodsWatch();
        seeder.pods().inNamespace("default").withName("web-2").delete();
        framesUntil(robot, events -> count(events, PodDeleted.class) == 1);

        LivePlayback live = (LivePlayback) window.model().playback();
        robot.interact(() -> window.live().disconnect());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            AtomicBoolean done = new AtomicBoolean();
            robot.interact(() -> {
                window.player().frame(FRAME);
                done.set(!window.model().liveProperty().get());
            });
            return done.get();
        });
        assertTrue(live.isComplete());
        assertEquals("Disconnected", ((Label) robot.lookup("#live-edge").query()).getText());
        for (KubeVerb verb : KubeVerb.values()) {
            if (!verb.isReadOnly()) {
                assertEquals(0L, live.connection().guard().count(verb), "the session sent no " + verb);
            }
        }

        Path spill = live.timeline().spillFile();
        assertTrue(spill != null && java.nio.file.Files.exists(spill), "a live timeline spills to a file: " + spill);
        Path saved = dir.resolve("class.jsonl");
        List<WorldEvent> seen = List.copyOf(live.timeline().events());
        RecordingFiles.save(saved, new dev.podium.timeline.RecordingHeader("podium-recording", 1, "live", "mock", 0,
                live.startedAt().toString()), seen);
        AtomicBoolean opened = new AtomicBoolean();
        robot.interact(() -> opened.set(window.openFile(saved)));
        assertTrue(opened.get());
        Playback replay = window.model().playback();
        assertTrue(replay instanceof RecordingPlayback);
        assertFalse(java.nio.file.Files.exists(spill), "closing the live session deleted its spill file");
        assertEquals(seen, replay.timeline().events(), "the replay holds exactly what was seen");
        assertFalse(robot.lookup("#live-bar").query().isVisible());
        Node title2 = robot.lookup("#scenario-title").query();
        assertEquals("Recording class.jsonl (mock)", ((Label) title2).getText());

        // Continue as a simulation from the end of the recording: the cluster as it was, now simulated.
        robot.interact(() -> window.model().seek(window.model().durationProperty().get()));
        AtomicBoolean forked = new AtomicBoolean();
        robot.interact(() -> forked.set(window.forkIntoSimulator()));
        assertTrue(forked.get());
        assertTrue(window.model().run() != null, "now a simulation, where faults can be injected");
        assertTrue(((Label) title2).getText().startsWith("Fork of class.jsonl at "), ((Label) title2).getText());
        robot.interact(() -> window.model().run().advanceTo(120_000_000_000L, Long.MAX_VALUE));
        dev.podium.world.kube.state.KubeState simulated = new dev.podium.timeline.ProjectedState<>(
                window.model().run().timeline(), new dev.podium.world.kube.state.KubeProjection())
                .at(120_000_000_000L);
        assertEquals(1, simulated.nodeCount(), "node-a came along");
        assertEquals(1, simulated.podCount(), "the bare pod web-1 that was still there");
    }

    @Test
    void aReadOnlyContextRefusesChangesAndAnAllowedOneDeletesOnlyAfterConfirmation(FxRobot robot) throws Exception {
        robot.interact(() -> window.connect(KubeconfigFiles.locate(cluster.kubeconfig, Map.of(), dir),
                MockCluster.CONTEXT, "default", false));
        framesUntil(robot, events -> count(events, PodCreated.class) == 2);
        Platform.runLater(() -> window.live().askDeletePod());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#error-message"));
        assertTrue(((javafx.scene.control.TextArea) visible(robot, "#error-message")).getText()
                .startsWith("Podium sends nothing but get, list and watch to mock."));
        robot.interact(() -> visible(robot, "#error-message").getScene().getWindow().hide());

        robot.interact(() -> window.connect(KubeconfigFiles.locate(cluster.kubeconfig, Map.of(), dir),
                MockCluster.CONTEXT, "default", true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            AtomicBoolean ok = new AtomicBoolean();
            robot.interact(() -> {
                window.player().frame(FRAME);
                ok.set(window.live().changesAllowed()
                        && count(window.model().playback().timeline().events(), PodCreated.class) == 2);
            });
            return ok.get();
        });
        robot.interact(() -> ((LiveStatusBar) robot.lookup("#live-bar").query()).refresh());
        assertEquals("Changes allowed (each one asks first)", ((Label) robot.lookup("#live-access").query()).getText());

        // Cancelling the confirmation sends nothing.
        Platform.runLater(() -> window.live().askDeletePod());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#text-input"));
        robot.interact(() -> ((javafx.scene.control.TextField) visible(robot, "#text-input")).setText("web-1"));
        press(robot, "#text-input", ButtonType.OK);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#confirm-change"));
        press(robot, "#confirm-change", ButtonType.CANCEL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, seeder.pods().inNamespace("default").list().getItems().size());

        awaitPodsWatch();
        Platform.runLater(() -> window.live().askDeletePod());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#text-input"));
        assertEquals("default/web-1", ((javafx.scene.control.TextField) visible(robot, "#text-input")).getText(),
                "the last pod named, in namespace/name form");
        press(robot, "#text-input", ButtonType.OK);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#confirm-change"));
        robot.interact(() -> ((Button) visible(robot, "#confirm-change")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> seeder.pods().inNamespace("default").withName("web-1").get() == null);
        LivePlayback live = (LivePlayback) window.model().playback();
        assertEquals(1L, live.connection().guard().count(KubeVerb.DELETE), "exactly the one confirmed delete");
        framesUntil(robot, events -> count(events, PodDeleted.class) == 1);
    }

    /** The node matching {@code query} in a window that is showing (hidden dialogs keep their nodes). */
    private static javafx.scene.control.Control visible(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .map(n -> (javafx.scene.control.Control) n).findFirst().orElse(null);
    }

    private static boolean showing(FxRobot robot, String query) {
        AtomicBoolean found = new AtomicBoolean();
        robot.interact(() -> found.set(visible(robot, query) != null));
        return found.get();
    }

    /** Presses {@code button} of the showing dialog that holds {@code query}. */
    private static void press(FxRobot robot, String query, ButtonType button) {
        robot.interact(() -> {
            DialogPane pane = (DialogPane) visible(robot, query).getScene().getRoot();
            ((Button) pane.lookupButton(button)).fire();
        });
    }

    @Test
    void aContextThatDoesNotExistIsAnErrorAndTheCurrentPlaybackStays(FxRobot robot) throws Exception {
        Playback before = window.model().playback();
        robot.interact(() -> window.live().connect(KubeconfigFiles.locate(cluster.kubeconfig, Map.of(), dir),
                "no-such-context", null, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing(robot, "#error-message"));
        String message = ((javafx.scene.control.TextArea) visible(robot, "#error-message")).getText();
        assertTrue(message.contains("no-such-context"), message);
        assertEquals(before, window.model().playback());
    }
}
