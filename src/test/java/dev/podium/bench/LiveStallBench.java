package dev.podium.bench;

import dev.podium.live.KubeconfigFiles;
import dev.podium.live.MockCluster;
import dev.podium.ui.shell.LivePlayback;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.shell.Playback;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The longest FX-thread stall of the real window watching a cluster while changes arrive: fabric8's CRUD mock
 * server over https with {@code pods} pods on 20 nodes; the whole app (MainWindow, its animation timer, the kube
 * view, narration, the live bar) connects to it; then {@code rate} pod status changes per second are sent for
 * {@code seconds} s (each flips a pod's phase, so every one becomes a kube event, a narration line and a redraw).
 * An AnimationTimer records the gap between consecutive pulses: everything the FX thread did in between (draining,
 * projecting, layout, rendering) is in it. Reports the gaps during the initial sync and during the churn, and the
 * rate actually reached. Not a test; under a display (Xvfb):
 * {@code screenshot.sh -w 80 target/stall.png -- java -Dprism.order=sw -cp CP dev.podium.bench.LiveStallBench}.
 */
public final class LiveStallBench {
    private static final int PODS = Integer.getInteger("pods", 5_000);
    private static final int RATE = Integer.getInteger("rate", 1_000);
    private static final int SECONDS = Integer.getInteger("seconds", 20);

    private LiveStallBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("podium-stall");
        java.util.logging.Logger.getLogger("io.fabric8").setLevel(java.util.logging.Level.WARNING);
        try (MockCluster cluster = MockCluster.crud(dir); KubernetesClient seeder = cluster.server.createClient()) {
            seed(seeder);
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Gaps gaps = new Gaps();
            MainWindow[] window = new MainWindow[1];
            Platform.runLater(() -> {
                Preferences prefs = Preferences.userRoot().node("dev/podium/bench/" + UUID.randomUUID());
                window[0] = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), true);
                window[0].show(new Stage());
                gaps.start();
                window[0].connect(KubeconfigFiles.locate(cluster.kubeconfig, Map.of(), dir), MockCluster.CONTEXT,
                        null, false);
            });
            long syncStart = System.nanoTime();
            waitForPods(window, PODS);
            double syncSeconds = (System.nanoTime() - syncStart) / 1e9;
            Gaps.Summary sync = gaps.takeSummary();

            long eventsBefore = timelineSize(window);
            AtomicLong sent = new AtomicLong();
            ScheduledExecutorService churn = Executors.newScheduledThreadPool(4);
            long periodMicros = 4_000_000L / RATE;
            for (int w = 0; w < 4; w++) {
                int worker = w;
                churn.scheduleAtFixedRate(() -> flip(seeder, worker, sent), 0, periodMicros, TimeUnit.MICROSECONDS);
            }
            long churnStart = System.nanoTime();
            TimeUnit.SECONDS.sleep(SECONDS); // a benchmark, not a test: it runs for a wall-clock while
            churn.shutdownNow();
            churn.awaitTermination(5, TimeUnit.SECONDS);
            double churnSeconds = (System.nanoTime() - churnStart) / 1e9;
            Gaps.Summary during = gaps.takeSummary();
            long events = timelineSize(window) - eventsBefore;

            System.out.printf("initial sync of %,d pods shown in %.1f s; FX pulse gaps: %s%n", PODS, syncSeconds, sync);
            System.out.printf("churn: %,d pod changes in %.1f s = %.0f/s; FX pulse gaps: %s%n", sent.get(),
                    churnSeconds, sent.get() / churnSeconds, during);
            System.out.printf("timeline grew by %,d events during the churn%n", events);
            System.out.printf("longest FX stall under churn = %.1f ms (target < 50 ms)%n", during.maxMillis());
            Platform.runLater(() -> window[0].model().playback().close());
        }
        Platform.exit();
        System.exit(0);
    }

    private static void seed(KubernetesClient seeder) {
        for (int n = 0; n < 20; n++) {
            seeder.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-" + n).endMetadata()
                    .withNewStatus().addToCapacity("cpu", new Quantity("64")).addToCapacity("pods", new Quantity("500"))
                    .endStatus().build()).create();
        }
        for (int i = 0; i < PODS; i++) {
            seeder.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("web-" + i)
                    .withNamespace("default").endMetadata().withNewSpec().withNodeName("node-" + (i % 20)).endSpec()
                    .withNewStatus().withPhase("Running").endStatus().build()).create();
        }
    }

    private static final AtomicLong NEXT = new AtomicLong();

    private static void flip(KubernetesClient seeder, int worker, AtomicLong sent) {
        long k = NEXT.getAndIncrement();
        String phase = (k / PODS) % 2 == 0 ? "Pending" : "Running";
        try {
            seeder.pods().inNamespace("default").withName("web-" + (k % PODS)).patch(
                    PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"phase\":\"" + phase + "\"}}");
            sent.incrementAndGet();
        } catch (RuntimeException e) {
            // the mock fell behind; the rate printed is what was reached
        }
    }

    private static long timelineSize(MainWindow[] window) throws InterruptedException {
        CountDownLatch asked = new CountDownLatch(1);
        long[] size = new long[1];
        Platform.runLater(() -> {
            size[0] = window[0].model().playback().timeline().size();
            asked.countDown();
        });
        asked.await();
        return size[0];
    }

    private static void waitForPods(MainWindow[] window, int pods) throws InterruptedException {
        while (true) {
            CountDownLatch asked = new CountDownLatch(1);
            boolean[] done = new boolean[1];
            Platform.runLater(() -> {
                Playback p = window[0] == null ? null : window[0].model().playback();
                done[0] = p instanceof LivePlayback && ((LivePlayback) p).status().informer("podium/pods")
                        .map(s -> s.items() >= pods).orElse(false) && ((LivePlayback) p).status().backlog() == 0;
                asked.countDown();
            });
            asked.await();
            if (done[0]) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** Gaps between consecutive pulses, in nanoseconds; read and reset from any thread. */
    private static final class Gaps extends AnimationTimer {
        private long last = -1;
        private long[] gaps = new long[1 << 16];
        private int n;

        record Summary(long[] sorted) {
            double maxMillis() {
                return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
            }

            @Override
            public String toString() {
                if (sorted.length == 0) {
                    return "none";
                }
                return String.format("%d pulses, median %.1f ms, p99 %.1f ms, max %.1f ms", sorted.length,
                        sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, maxMillis());
            }
        }

        @Override
        public synchronized void handle(long now) {
            if (last >= 0 && n < gaps.length) {
                gaps[n++] = now - last;
            }
            last = now;
        }

        synchronized Summary takeSummary() {
            long[] out = Arrays.copyOf(gaps, n);
            Arrays.sort(out);
            n = 0;
            return new Summary(out);
        }
    }
}
