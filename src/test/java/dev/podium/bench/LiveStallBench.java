package dev.podium.bench;

import dev.podium.live.MockCluster;
import dev.podium.live.informer.ScriptedApi;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.ui.live.LivePlayback;
import dev.podium.ui.shell.MainWindow;
import dev.podium.ui.playback.Playback;
import dev.podium.ui.shell.RecentFiles;
import dev.podium.ui.shell.ScenarioSource;
import dev.podium.ui.shell.WorldViews;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The longest FX-thread stall of the real window watching a cluster while changes arrive. The mock API server (fabric8
 * mockwebserver over https, scripted: the CRUD mock cannot take 1,000 writes a second on this machine) lists 20 nodes
 * and {@code pods} running pods; the whole app (MainWindow with its animation timer, the kube view, narration, the
 * live bar) connects to it {@code settle} seconds after it opened, and the sync is timed from the connect (so it
 * includes getting the Kubernetes view ready); after the initial sync, the pod watch sends {@code rate} MODIFIED
 * events a second for {@code seconds} s, each flipping a pod between Running and Pending, so every one becomes a kube event, a narration
 * line and a redraw. {@link PulseProfile} records the gap between consecutive pulses (everything the FX thread did in
 * between: draining, projecting, CSS, layout, rendering, tasks run later) and explains the longest gaps of the sync
 * and of the churn phase by phase, in wall and thread-CPU time. Not a test; under a display (Xvfb):
 * {@code screenshot.sh -w 60 target/stall.png -- java -Dprism.order=sw -cp CP dev.podium.bench.LiveStallBench}.
 */
public final class LiveStallBench {
    private static final int PODS = Integer.getInteger("pods", 5_000);
    private static final int RATE = Integer.getInteger("rate", 1_000);
    private static final int SECONDS = Integer.getInteger("seconds", 20);
    /** Seconds the window runs before it connects. */
    private static final int SETTLE_SECONDS = Integer.getInteger("settle", 5);
    /** How many of the longest gaps of each phase are explained. */
    private static final int EXPLAIN = Integer.getInteger("explain", 3);

    private LiveStallBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("podium-stall");
        java.util.logging.Logger.getLogger("io.fabric8").setLevel(java.util.logging.Level.WARNING);
        CountDownLatch churnGo = new CountDownLatch(1);
        AtomicLong sent = new AtomicLong();
        ScriptedApi api = script(churnGo, sent);
        try (MockCluster cluster = MockCluster.scripted(dir, api)) {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            PulseProfile[] profile = new PulseProfile[1];
            MainWindow[] window = new MainWindow[1];
            Platform.runLater(() -> {
                Preferences prefs = Preferences.userRoot().node("dev/podium/bench/" + UUID.randomUUID());
                window[0] = new MainWindow(new ScenarioSource(), WorldViews.standard(), new RecentFiles(prefs), true);
                Stage stage = new Stage();
                window[0].show(stage);
                profile[0] = new PulseProfile(stage.getScene());
            });
            // as a teacher would: the window is up and settled (gallery read, classes warmed) before connecting
            TimeUnit.SECONDS.sleep(SETTLE_SECONDS);
            long syncStart = System.nanoTime();
            Platform.runLater(() -> window[0].connect(KubeconfigFiles.locate(cluster.kubeconfig, Map.of(), dir),
                    MockCluster.CONTEXT, null, false));
            waitUntil(window, p -> p.status().informer("podium/pods").map(s -> s.items() >= PODS).orElse(false)
                    && p.status().backlog() == 0);
            long syncEnd = System.nanoTime();
            double syncSeconds = (syncEnd - syncStart) / 1e9;

            long eventsBefore = timelineSize(window);
            long churnStart = System.nanoTime();
            churnGo.countDown();
            TimeUnit.SECONDS.sleep(SECONDS); // a benchmark, not a test: it runs for a wall-clock while
            long churnEnd = System.nanoTime();
            double churnSeconds = (churnEnd - churnStart) / 1e9;
            long sentDuring = sent.get();
            PulseProfile.Report sync = profile[0].report(syncStart, syncEnd, EXPLAIN);
            PulseProfile.Report during = profile[0].report(churnStart, churnEnd, EXPLAIN);
            long events = timelineSize(window) - eventsBefore;

            System.out.printf("initial sync of %,d pods shown in %.1f s; FX pulse gaps: %s%n", PODS, syncSeconds, sync);
            System.out.printf("churn: %,d pod watch events in %.1f s = %.0f/s; FX pulse gaps: %s%n", sentDuring,
                    churnSeconds, sentDuring / churnSeconds, during);
            System.out.printf("timeline grew by %,d events during the churn%n", events);
            System.out.printf("longest FX stall: sync %.1f ms (%.1f ms less waits for a CPU, FX CPU %.1f ms), churn"
                    + " %.1f ms (%.1f ms less waits, FX CPU %.1f ms); target < 50 ms; load average %.2f%n",
                    sync.maxMillis(), sync.maxLessWaitMillis(), sync.maxCpuMillis(), during.maxMillis(),
                    during.maxLessWaitMillis(), during.maxCpuMillis(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            Platform.runLater(() -> {
                profile[0].close();
                window[0].model().playback().close();
            });
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * The API: 20 nodes and {@code PODS} running pods to list; the pod watch, once {@code go} opens, sends
     * {@code RATE} MODIFIED events a second (each flips one pod between Running and Pending), paced by the clock.
     */
    private static ScriptedApi script(CountDownLatch go, AtomicLong sent) {
        List<Node> nodes = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            nodes.add(new NodeBuilder().withNewMetadata().withName("node-" + n).withResourceVersion("1").endMetadata()
                    .withNewStatus().addToCapacity("cpu", new Quantity("64")).addToCapacity("pods", new Quantity("500"))
                    .endStatus().build());
        }
        List<Pod> pods = new ArrayList<>();
        List<String> templates = new ArrayList<>();
        for (int i = 0; i < PODS; i++) {
            Pod pod = new PodBuilder().withNewMetadata().withName("web-" + i).withNamespace("default")
                    .withUid("uid-" + i).withResourceVersion("1").endMetadata().withNewSpec()
                    .withNodeName("node-" + (i % 20)).endSpec().withNewStatus().withPhase("Running").endStatus().build();
            pods.add(pod);
            Pod template = new PodBuilder(pod).editMetadata().withResourceVersion("RV_").endMetadata().editStatus()
                    .withPhase("PHASE_").endStatus().build();
            templates.add(ScriptedApi.event("MODIFIED", template));
        }
        ScriptedApi api = new ScriptedApi();
        api.onList("/api/v1/nodes", r -> ScriptedApi.list(nodes, "1"));
        api.onList("/api/v1/pods", r -> ScriptedApi.list(pods, "1"));
        api.onWatch("/api/v1/pods", r -> new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket ws, io.fabric8.mockwebserver.http.Response response) {
                Thread sender = new Thread(() -> send(ws, templates, go, sent), "churn");
                sender.setDaemon(true);
                sender.start();
            }
        }));
        return api;
    }

    private static void send(WebSocket ws, List<String> templates, CountDownLatch go, AtomicLong sent) {
        try {
            go.await();
        } catch (InterruptedException e) {
            return;
        }
        long start = System.nanoTime();
        long period = 1_000_000_000L / RATE;
        for (long i = 0; i < (long) RATE * SECONDS; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int pod = (int) (i % PODS);
            String phase = (i / PODS) % 2 == 0 ? "Pending" : "Running";
            ws.send(templates.get(pod).replace("RV_", Long.toString(2 + i)).replace("PHASE_", phase));
            sent.incrementAndGet();
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

    private static void waitUntil(MainWindow[] window, Predicate<LivePlayback> done) throws InterruptedException {
        while (true) {
            CountDownLatch asked = new CountDownLatch(1);
            boolean[] ok = new boolean[1];
            Platform.runLater(() -> {
                Playback p = window[0] == null ? null : window[0].model().playback();
                ok[0] = p instanceof LivePlayback && done.test((LivePlayback) p);
                asked.countDown();
            });
            asked.await();
            if (ok[0]) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
