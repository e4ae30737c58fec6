package dev.podium.bench;

import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.Theme;
import dev.podium.ui.goruntime.GoView;
import dev.podium.world.goruntime.event.ChanParked;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.state.GoProjection;
import dev.podium.world.goruntime.state.GoState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * Frames per second of the Go runtime view at 1600×1000 on a real program that starts 100,000 goroutines which all
 * block sending on one channel ({@code src/test/resources/bench/go_100k_blocked.go}: about 770,000 events). An
 * AnimationTimer sweeps simulated time from the first go statement to the last goroutine parked, so every frame
 * folds new events and the rings, the global queue, steals and the sendq keep changing; and, for the ratio, the same
 * sweep drawn as one JavaFX Rectangle per goroutine, recoloured by its state every frame. Pulses run at full speed
 * ({@code javafx.animation.fullspeed}) so the numbers show headroom above 60. Not a test:
 * {@code screenshot.sh -w 200 target/gofps.png -- java -Dprism.order=sw -cp CP dev.podium.bench.GoViewFpsBench}.
 */
public final class GoViewFpsBench {
    private static final int GOROUTINES = 100_000;
    private static final int WARMUP = 40;
    private static final int FRAMES = Integer.getInteger("frames", 240);

    private GoViewFpsBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("javafx.animation.fullspeed", System.getProperty("fullspeed", "true"));
        Path program = Path.of(args.length > 0 ? args[0] : "src/test/resources/bench/go_100k_blocked.go");
        long t0 = System.nanoTime();
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.load(program));
        run.runToEnd();
        Timeline timeline = run.timeline();
        System.out.printf("simulated %s: %d events in %.1f s%n", program.getFileName(), timeline.size(),
                (System.nanoTime() - t0) / 1e9);
        long from = 0;
        long to = 0;
        for (WorldEvent e : timeline.events()) {
            if (e instanceof ChanParked) {
                to = e.timeNanos(); // the last goroutine to park
            }
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false); // each run closes its stage; keep the toolkit for the next
        started.await();
        double canvas = canvas(timeline, from, to);
        double nodes = rectangles(timeline, from, to);
        System.out.printf("go view %d goroutines: %.1f fps%n", GOROUTINES, canvas);
        System.out.printf("javafx nodes %d goroutines: %.1f fps%n", GOROUTINES, nodes);
        System.out.printf("canvas/nodes ratio = %.2f%n", canvas / nodes);
        Platform.exit();
    }

    private static double canvas(Timeline timeline, long from, long to) throws InterruptedException {
        GoView[] view = new GoView[1];
        return run(() -> {
            view[0] = new GoView();
            view[0].bind(timeline);
            return (Parent) view[0].node();
        }, t -> view[0].render(t), from, to, "go view");
    }

    private static double rectangles(Timeline timeline, long from, long to) throws InterruptedException {
        // the same goroutines and states, one Rectangle each in a Pane, recoloured every frame from the same fold
        List<Rectangle> rects = new ArrayList<>();
        ProjectedState<GoState> projected = new ProjectedState<>(timeline, new GoProjection());
        Color[] colours = new Color[GStatus.values().length];
        colours[GStatus.RUNNABLE.ordinal()] = Color.DODGERBLUE;
        colours[GStatus.RUNNING.ordinal()] = Color.SEAGREEN;
        colours[GStatus.SYSCALL.ordinal()] = Color.PURPLE;
        colours[GStatus.WAITING.ordinal()] = Color.ORANGE;
        colours[GStatus.DEAD.ordinal()] = Color.LIGHTGREY;
        return run(() -> {
            Pane pane = new Pane();
            for (int i = 0; i < GOROUTINES; i++) {
                Rectangle r = new Rectangle((i % 400) * 4, (i / 400) * 4, 3, 3);
                rects.add(r);
                pane.getChildren().add(r);
            }
            return pane;
        }, t -> {
            GoState s = projected.at(t);
            for (int i = 0; i < rects.size(); i++) {
                rects.get(i).setFill(colours[s.status(i + 1).ordinal()]);
            }
        }, from, to, "javafx nodes");
    }

    private static double run(Callable<Parent> build, LongConsumer frame, long from, long to, String what)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        double[] fps = new double[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            try {
                Scene scene = new Scene(build.call(), 1600, 1000);
                scene.getStylesheets().add(GoViewFpsBench.class.getResource(Theme.TOKENS_CSS).toExternalForm());
                scene.getStylesheets().add(GoViewFpsBench.class.getResource("/dev/podium/ui/goruntime/goruntime.css")
                        .toExternalForm());
                stage.setScene(scene);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            stage.setTitle(what);
            stage.show();
            new AnimationTimer() {
                private int n;
                private long startWall;
                private long renderNanos;

                @Override
                public void handle(long wallNanos) {
                    long sim = from + (to - from) * (n % (WARMUP + FRAMES)) / (WARMUP + FRAMES);
                    long t0 = System.nanoTime();
                    frame.accept(sim);
                    if (n >= WARMUP) {
                        renderNanos += System.nanoTime() - t0;
                    }
                    n++;
                    if (n == WARMUP) {
                        startWall = System.nanoTime();
                    } else if (n == WARMUP + FRAMES) {
                        fps[0] = FRAMES / ((System.nanoTime() - startWall) / 1e9);
                        System.out.printf("  (%s: our frame code %.1f ms of %.1f ms a frame)%n", what,
                                renderNanos / 1e6 / FRAMES, 1000 / fps[0]);
                        stop();
                        stage.close();
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await();
        return fps[0];
    }
}
