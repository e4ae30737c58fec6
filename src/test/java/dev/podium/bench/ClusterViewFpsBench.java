package dev.podium.bench;

import dev.podium.timeline.Timeline;
import dev.podium.ui.common.Theme;
import dev.podium.ui.kube.KubeScenarios;
import dev.podium.ui.kube.KubeView;
import dev.podium.ui.kube.PodStates;
import java.util.ArrayList;
import java.util.List;
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
 * Frames per second of the kube cluster view at 1600×1000, driven by an AnimationTimer that advances sim time 100 ms
 * a frame through a synthetic cluster whose pods keep changing status: 10,000 pods (100 nodes × 100) and 150,000
 * (5,000 × 30); and, for the ratio, the same 10,000 pods as one JavaFX Rectangle each, recoloured every frame and
 * faded as the cluster view fades them (terminating pods over 3 s, running-not-ready ones at 0.55) — without the fades
 * the baseline would repaint only once per simulated second while the view animates every frame.
 * Pulses run at full speed ({@code javafx.animation.fullspeed}) so the numbers show headroom above 60. Not a test:
 * {@code screenshot.sh -w 90 target/fps.png -- java -Dprism.order=sw -cp CP dev.podium.bench.ClusterViewFpsBench}.
 */
public final class ClusterViewFpsBench {
    private static final long S = KubeScenarios.S;
    private static final int WARMUP = 40;
    private static final int FRAMES = Integer.getInteger("frames", 240);

    private ClusterViewFpsBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("javafx.animation.fullspeed", System.getProperty("fullspeed", "true"));
        Timeline small = KubeScenarios.dense(100, 100, 60);
        Timeline big = KubeScenarios.dense(5000, 30, 60);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false); // each run closes its stage; keep the toolkit for the next
        started.await();
        String only = System.getProperty("only", "");
        double f10k = only.isEmpty() || only.equals("10k") ? canvas(small, 10_000) : Double.NaN;
        double f150k = only.isEmpty() || only.equals("150k") ? canvas(big, 150_000) : Double.NaN;
        double nodes = only.isEmpty() || only.equals("nodes") ? rectangles(small) : Double.NaN;
        System.out.printf("cluster view 10000 pods: %.1f fps%n", f10k);
        System.out.printf("cluster view 150000 pods: %.1f fps%n", f150k);
        System.out.printf("javafx nodes 10000 pods: %.1f fps%n", nodes);
        System.out.printf("canvas/nodes ratio = %.2f%n", f10k / nodes);
        Platform.exit();
    }

    private static double canvas(Timeline timeline, int pods) throws InterruptedException {
        KubeView[] view = new KubeView[1];
        return run(() -> {
            view[0] = new KubeView();
            view[0].bind(timeline);
            return (Parent) view[0].node();
        }, t -> view[0].render(t), pods);
    }

    private static double rectangles(Timeline timeline) throws InterruptedException {
        // the same pods and states, one Rectangle each in a Pane, recoloured every frame from the view's model
        List<Rectangle> rects = new ArrayList<>();
        PodStates states = new PodStates(timeline, 10_000);
        Color[] colours = {Color.ORANGE, Color.DODGERBLUE, Color.SEAGREEN, Color.GREY, Color.ORANGERED,
            Color.PURPLE, Color.DARKGREY};
        return run(() -> {
            Pane pane = new Pane();
            for (int i = 0; i < 10_000; i++) {
                Rectangle r = new Rectangle(260 + (i % 100) * 13, 10 + (i / 100) * 9.5, 11, 8);
                rects.add(r);
                pane.getChildren().add(r);
            }
            return pane;
        }, t -> {
            int[] status = states.at(t);
            double[] opacity = states.opacity();
            for (int i = 0; i < rects.size(); i++) {
                Rectangle r = rects.get(i);
                r.setFill(colours[status[i]]);
                r.setOpacity(opacity[i]); // the same fades as the cluster view, so both animate the same picture
            }
        }, 10_000);
    }

    /** CPU time of the whole process so far: on a shared machine it varies less with load than frames a second. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The thread that paints the scene graph (the software pipeline rasterises there). */
    private static Thread renderer() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElse(null);
    }

    private static long threadCpu(Thread t) {
        return t == null ? 0 : java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId());
    }

    private static double run(java.util.concurrent.Callable<Parent> build, LongConsumer frame, int pods)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        double[] fps = new double[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            try {
                Scene scene = new Scene(build.call(), 1600, 1000);
                scene.getStylesheets().add(ClusterViewFpsBench.class.getResource(Theme.TOKENS_CSS).toExternalForm());
                stage.setScene(scene);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            stage.setTitle(pods + " pods");
            stage.show();
            new AnimationTimer() {
                private int n;
                private long startWall;
                private long sim = 10 * S;
                private long renderNanos;
                private long startCpu;
                private long startRenderer;
                private long startFx;

                @Override
                public void handle(long wallNanos) {
                    sim += S / 10;
                    if (sim > 59 * S) {
                        sim = 10 * S;
                    }
                    long t0 = System.nanoTime();
                    frame.accept(sim);
                    if (n >= WARMUP) {
                        renderNanos += System.nanoTime() - t0;
                    }
                    n++;
                    if (n == WARMUP) {
                        startWall = System.nanoTime();
                        startCpu = cpuNanos();
                        startRenderer = threadCpu(renderer());
                        startFx = threadCpu(Thread.currentThread());
                    } else if (n == WARMUP + FRAMES) {
                        fps[0] = FRAMES / ((System.nanoTime() - startWall) / 1e9);
                        double cpu = (cpuNanos() - startCpu) / 1e6 / FRAMES;
                        double paint = (threadCpu(renderer()) - startRenderer) / 1e6 / FRAMES;
                        double fx = (threadCpu(Thread.currentThread()) - startFx) / 1e6 / FRAMES;
                        System.out.printf("  (%d pods: %.1f ms a frame; CPU a frame: FX thread %.2f ms, of it our render"
                                + " code %.2f ms; render thread %.2f ms; whole process %.2f ms)%n", pods, 1000 / fps[0],
                                fx, renderNanos / 1e6 / FRAMES, paint, cpu);
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
