package dev.podium.bench;

import dev.podium.live.guard.ChangePermission;
import dev.podium.live.informer.LiveOptions;
import dev.podium.live.informer.LiveSession;
import dev.podium.live.kubeconfig.ClientFactory;
import dev.podium.live.kubeconfig.ExecCredentialPlugin;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.live.kubeconfig.LoginShellPath;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Initial sync of N pods (default 150,000; first argument to change it) from the fabric8 mock API server over
 * https: a bare fabric8 informer with a counting handler, then our whole pipeline ({@link LiveSession}: compact
 * records, diff, events, drain into a {@link Timeline}, fold with {@link KubeProjection}). Prints both times, the
 * ratio and the heap retained per pod (after full GCs) by each.
 *
 * <p>The server answers the pod LIST with one pre-built body of realistic pods (labels, owner, env, resources,
 * conditions, container statuses; about 2 KB of JSON each) and keeps every WATCH open and quiet: seeding 150,000
 * pods one POST at a time into the CRUD mock would take minutes and measure the mock, not us.
 *
 * <p>Run (needs a large heap: the bare informer holds every full fabric8 Pod):
 * {@code mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -Xms8g -Xmx8g
 * -XX:+AlwaysPreTouch -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.podium.bench.LiveSyncBench
 * 150000}. A heap that grows during the run costs page faults (system time) to whichever side runs first: pre-touch
 * it.
 */
public final class LiveSyncBench {
    /** -Dfold=false leaves out folding the events into state, to see what that part costs. */
    private static final boolean FOLD = !"false".equals(System.getProperty("fold"));
    /** -Dpulsed=false wakes on every published event (as a headless recorder does) instead of draining per pulse. */
    private static final boolean PULSED = !"false".equals(System.getProperty("pulsed"));

    /** Held so the level sticks (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger(
            "io.fabric8.mockwebserver");

    private LiveSyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
        byte[] body = podList(n);
        System.out.printf(Locale.ROOT, "pods: %,d, list body %,d MB%n", n, body.length >> 20);
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new ListOnce(body), true);
        server.init();
        Path dir = Files.createTempDirectory("podium-bench");
        Path kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: "
                + "https://localhost:" + server.getPort() + "\n    certificate-authority: "
                + server.getSelfSignedCertificate().certificatePath() + "\nusers:\n- name: u\n  user: {token: t}\n"
                + "contexts:\n- name: bench\n  context: {cluster: c, user: u}\n");
        ClientFactory factory = new ClientFactory(KubeconfigFiles.locate(kubeconfig, Map.of(), dir),
                new ExecCredentialPlugin(LoginShellPath.fixed("/usr/bin:/bin"), Duration.ofSeconds(10),
                        Clock.systemUTC()), new ChangePermission(), Clock.systemUTC(), Duration.ofMinutes(5));
        body = null;
        int rounds = Integer.getInteger("rounds", 4);
        List<Double> ratios = new ArrayList<>();
        try {
            for (int round = 1; round <= rounds; round++) {
                // Alternate which goes first, so neither always meets a JVM (JIT, heap) the other left behind.
                boolean bareFirst = round % 2 == 1;
                System.out.printf(Locale.ROOT, "round %d (%s first)%n", round, bareFirst ? "bare" : "podium");
                long[] bare = null;
                long[] ours = null;
                long bareNanos = 0;
                long ourNanos = 0;
                long bareBase = 0;
                long ourBase = 0;
                for (int leg = 0; leg < 2; leg++) {
                    boolean doBare = (leg == 0) == bareFirst;
                    long base = settled();
                    long t0 = System.nanoTime();
                    try (LiveConnection live = factory.connect("bench")) {
                        if (doBare) {
                            bare = bare(live.client(), n);
                            bareNanos = bare[0] - t0;
                            bareBase = base;
                        } else {
                            ours = ours(live, n);
                            ourNanos = ours[0] - t0;
                            ourBase = base;
                        }
                    }
                }
                double ratio = (double) ourNanos / bareNanos;
                ratios.add(ratio);
                System.out.printf(Locale.ROOT, "  bare fabric8 informer: %,d ms, retained %,d bytes/pod%n",
                        bareNanos / 1_000_000, (bare[1] - bareBase) / n);
                System.out.printf(Locale.ROOT, "  podium pipeline:       %,d ms (ratio %.2f), retained %,d bytes/pod "
                        + "(session only), %,d bytes/pod (with timeline and state), %,d events%n",
                        ourNanos / 1_000_000, ratio, (ours[2] - ourBase) / n, (ours[1] - ourBase) / n, ours[3]);
            }
        } finally {
            server.destroy();
        }
        List<Double> sorted = new ArrayList<>(ratios);
        java.util.Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "ratios podium/bare by round: %s; median %.2f (target <= 1.5)%n",
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(),
                (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2);
        System.exit(0);
    }

    /** Syncs a bare informer; returns {end nanos, heap with the informer alive}. */
    private static long[] bare(KubernetesClient client, int n) throws Exception {
        AtomicInteger added = new AtomicInteger();
        SharedIndexInformer<Pod> informer = client.pods().inAnyNamespace().runnableInformer(0);
        informer.addEventHandler(new ResourceEventHandler<Pod>() {
            @Override
            public void onAdd(Pod pod) {
                added.incrementAndGet();
            }

            @Override
            public void onUpdate(Pod before, Pod after) {
            }

            @Override
            public void onDelete(Pod pod, boolean unknown) {
            }
        });
        informer.start().toCompletableFuture().get(10, TimeUnit.MINUTES);
        while (added.get() < n) {
            Thread.sleep(1); // not a spin: on two cores a spinning waiter would slow the informer it waits for
        }
        long end = System.nanoTime();
        long heap = retained();
        informer.close();
        return new long[] {end, heap};
    }

    /**
     * Syncs our session into a timeline and state; returns {end, heap with timeline and state, heap with the session
     * alone, events}.
     */
    private static long[] ours(LiveConnection live, int n) throws Exception {
        LiveSession session = LiveSession.start(live, LiveOptions.allNamespaces());
        Timeline timeline = new Timeline();
        KubeProjection projection = new KubeProjection();
        KubeState state = projection.initial();
        int folded = 0;
        boolean listed = false;
        while (!listed) {
            if (PULSED) {
                Thread.sleep(16); // drain once a pulse, as the app's FX loop does
            } else {
                session.awaitEvents(Duration.ofMillis(100));
            }
            while (session.drain(timeline, 10_000) > 0) {
                for (; folded < timeline.size(); folded++) {
                    WorldEvent e = timeline.get(folded);
                    if (FOLD) {
                        projection.apply(state, e);
                    }
                    listed |= e instanceof InformerListed && ((InformerListed) e).informer().equals("podium/pods");
                }
            }
        }
        long end = System.nanoTime();
        if (FOLD && state.podCount() != n) {
            throw new IllegalStateException("folded " + state.podCount() + " pods of " + n);
        }
        long all = retained();
        int events = timeline.size();
        timeline = null;
        state = null;
        long sessionOnly = retained();
        session.close();
        return new long[] {end, all, sessionOnly, events};
    }

    /**
     * The heap once a closed client's objects are gone: fabric8 releases an informer's cache some time after the
     * client is closed, so collect until the used heap stops falling (a bench main may sleep; a test may not).
     */
    private static long settled() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        long now = retained();
        for (int i = 0; i < 30 && now < previous - previous / 200; i++) {
            Thread.sleep(200);
            previous = now;
            now = retained();
        }
        return now;
    }

    private static long retained() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static byte[] podList(int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 2_200);
        out.writeBytes(("{\"apiVersion\":\"v1\",\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\"1000\"},"
                + "\"items\":[").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < n; i++) {
            String ns = "team-" + (i % 50);
            String rs = "app-" + (i % 500) + "-5d8f7c9b6";
            String node = "node-" + (i % 300);
            String pod = String.format(Locale.ROOT, "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":"
                    + "\"%s-%d\",\"namespace\":\"%s\",\"uid\":\"6f1c2a3b-%08d-4c5d-8e9f-0a1b2c3d4e5f\","
                    + "\"resourceVersion\":\"%d\",\"creationTimestamp\":\"2026-11-27T10:00:00Z\",\"labels\":{\"app\":"
                    + "\"app-%d\",\"pod-template-hash\":\"5d8f7c9b6\",\"tier\":\"backend\"},\"annotations\":"
                    + "{\"prometheus.io/scrape\":\"true\",\"prometheus.io/port\":\"9090\"},\"ownerReferences\":"
                    + "[{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\",\"name\":\"%s\",\"uid\":\"0a1b2c3d-0000-"
                    + "4c5d-8e9f-0a1b2c3d4e5f\",\"controller\":true,\"blockOwnerDeletion\":true}]},\"spec\":{"
                    + "\"nodeName\":\"%s\",\"containers\":[{\"name\":\"app\",\"image\":\"registry.example.com/team/"
                    + "app-%d:1.4.2\",\"ports\":[{\"containerPort\":8080,\"protocol\":\"TCP\"}],\"env\":[{\"name\":"
                    + "\"LOG_LEVEL\",\"value\":\"info\"},{\"name\":\"DB_HOST\",\"value\":\"db.%s.svc\"}],"
                    + "\"resources\":{\"requests\":{\"cpu\":\"100m\",\"memory\":\"128Mi\"},\"limits\":{\"cpu\":"
                    + "\"500m\",\"memory\":\"256Mi\"}},\"volumeMounts\":[{\"name\":\"kube-api-access\",\"mountPath\":"
                    + "\"/var/run/secrets/kubernetes.io/serviceaccount\",\"readOnly\":true}],\"readinessProbe\":"
                    + "{\"httpGet\":{\"path\":\"/healthz\",\"port\":8080},\"periodSeconds\":10}}],\"restartPolicy\":"
                    + "\"Always\",\"serviceAccountName\":\"default\"},\"status\":{\"phase\":\"Running\",\"hostIP\":"
                    + "\"10.0.%d.%d\",\"podIP\":\"10.244.%d.%d\",\"startTime\":\"2026-11-27T10:00:01Z\","
                    + "\"conditions\":[{\"type\":\"Initialized\",\"status\":\"True\"},{\"type\":\"Ready\",\"status\":"
                    + "\"True\"},{\"type\":\"ContainersReady\",\"status\":\"True\"},{\"type\":\"PodScheduled\","
                    + "\"status\":\"True\"}],\"containerStatuses\":[{\"name\":\"app\",\"ready\":true,\"started\":true,"
                    + "\"restartCount\":%d,\"image\":\"registry.example.com/team/app-%d:1.4.2\",\"imageID\":"
                    + "\"registry.example.com/team/app@sha256:%064d\",\"containerID\":\"containerd://%064d\","
                    + "\"state\":{\"running\":{\"startedAt\":\"2026-11-27T10:00:05Z\"}}}]}}",
                    rs, i, ns, i, 100 + i, i % 500, rs, node, i % 500, ns, (i / 250) % 250, i % 250,
                    (i / 250) % 250, i % 250, i % 3, i % 500, i % 500, i);
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(pod.getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Answers the cluster-wide pod LIST with the body; every other LIST empty; every WATCH open and quiet. */
    private static final class ListOnce extends Dispatcher {
        private final byte[] body;

        ListOnce(byte[] body) {
            this.body = body;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath();
            if (path.contains("watch=true")) {
                return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
                });
            }
            byte[] answer = path.startsWith("/api/v1/pods?") ? body
                    : "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[]}"
                            .getBytes(StandardCharsets.UTF_8);
            return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                    .setBody(answer);
        }
    }
}
