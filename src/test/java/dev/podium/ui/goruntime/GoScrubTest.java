package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.PngFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Scrubbing backwards in the Go view shows exactly what a view that never went further shows: after playing a
 * lesson to its end and seeking back, the picture at each instant (both canvases: scheduler, objects, source with
 * its goroutine badges, console) is pixel for pixel the picture of a fresh view rendered straight at that instant,
 * and the source panel marks the same goroutines on the same lines.
 */
@ExtendWith(ApplicationExtension.class)
class GoScrubTest {
    static {
        if (Boolean.parseBoolean(System.getProperty("testfx.headless", "true"))) {
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private Pane host;

    @BeforeEach
    void inEnglish() {
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Start
    void start(Stage stage) {
        host = new Pane();
        Scene scene = new Scene(host, 1300, 700);
        scene.getStylesheets().add(getClass().getResource("/dev/podium/ui/tokens.css").toExternalForm());
        scene.getStylesheets().add(getClass().getResource("/dev/podium/ui/goruntime/goruntime.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(strings = {"go-work-stealing", "go-select-fairness", "go-syscall-handoff", "go-context-timeout"})
    void seekingBackDrawsWhatAFreshViewDraws(String lesson, FxRobot robot) throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.load(Path.of("simulations/" + lesson + ".yaml")));
        run.runToEnd();
        Timeline timeline = run.timeline();
        long end = timeline.get(timeline.size() - 1).timeNanos();
        List<Long> instants = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i += Math.max(1, timeline.size() / 7)) { // on events: moves in flight
            instants.add(timeline.get(i).timeNanos());
        }
        instants.add(end * 2 / 3 + 1); // and between events
        instants.add(end / 5 + 3);
        instants.sort((a, b) -> Long.compare(b, a)); // latest first: every later seek goes back

        GoView scrubbed = new GoView();
        robot.interact(() -> {
            show(scrubbed);
            scrubbed.bind(timeline);
            for (WorldEvent e : timeline.events()) { // played through, frame by frame, to the end
                scrubbed.render(e.timeNanos());
            }
            scrubbed.render(end);
        });
        int compared = 0;
        for (long t : instants) {
            WritableImage[] back = new WritableImage[1];
            int[][] badges = new int[2][];
            robot.interact(() -> {
                show(scrubbed);
                scrubbed.render(t);
                back[0] = scrubbed.node().snapshot(null, null);
                badges[0] = gutter(scrubbed);
            });
            GoView fresh = new GoView();
            WritableImage[] direct = new WritableImage[1];
            robot.interact(() -> {
                show(fresh);
                fresh.bind(timeline);
                fresh.render(t);
                direct[0] = fresh.node().snapshot(null, null);
                badges[1] = gutter(fresh);
            });
            assertEquals(java.util.Arrays.toString(badges[1]), java.util.Arrays.toString(badges[0]),
                    lesson + ": goroutines per source line at " + t + " ns");
            assertSamePicture(direct[0], back[0], lesson + " at " + t + " ns");
            compared++;
        }
        assertTrue(compared >= 8, "compared " + compared + " instants");
    }

    private void show(GoView view) {
        Parent node = (Parent) view.node();
        host.getChildren().setAll(node);
        node.resize(1300, 700);
        node.applyCss();
        node.layout();
    }

    private static int[] gutter(GoView view) {
        int[] perLine = new int[200];
        for (int line = 1; line < perLine.length; line++) {
            perLine[line] = view.codePainter().goroutinesOn(line);
        }
        return perLine;
    }

    private static void dump(WritableImage image, String file) {
        try {
            PngFiles.write(image, Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSamePicture(WritableImage expected, WritableImage actual, String what) {
        assertEquals((int) expected.getWidth(), (int) actual.getWidth(), what + ": width");
        assertEquals((int) expected.getHeight(), (int) actual.getHeight(), what + ": height");
        PixelReader e = expected.getPixelReader();
        PixelReader a = actual.getPixelReader();
        int differ = 0;
        int firstX = -1;
        int firstY = -1;
        for (int y = 0; y < (int) expected.getHeight(); y++) {
            for (int x = 0; x < (int) expected.getWidth(); x++) {
                if (e.getArgb(x, y) != a.getArgb(x, y)) {
                    if (differ++ == 0) {
                        firstX = x;
                        firstY = y;
                    }
                }
            }
        }
        if (differ > 0 && System.getProperty("podium.scrubDump") != null) {
            dump(expected, System.getProperty("podium.scrubDump") + "-fresh.png");
            dump(actual, System.getProperty("podium.scrubDump") + "-scrubbed.png");
        }
        assertEquals(0, differ, what + ": " + differ + " pixels differ from a fresh view's, the first at (" + firstX
                + ", " + firstY + ")");
    }
}
