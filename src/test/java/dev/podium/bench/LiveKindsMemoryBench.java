package dev.podium.bench;

import dev.podium.live.MockCluster;
import dev.podium.live.informer.LiveProbe;
import dev.podium.live.informer.ScriptedApi;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The heap a live session retains per object of each kind it watches (session, timeline and folded state together),
 * the same way for every kind: one session lists {@code n} objects of one kind from a scripted mock API server and
 * the retained heap (after full GCs) is compared with sessions that list nothing (see {@link #measureOne}). Pods come
 * first, as the budget.
 *
 * <p>Run: {@code java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.podium.bench.LiveKindsMemoryBench 20000} (each kind in a JVM of its own; add a kind, e.g. {@code Service}, to
 * measure only that one in this JVM). Custom objects are shown up to the session's bound (1,000 per kind), so they
 * are measured as 16 custom kinds (the session's bound of kinds) of {@code n/16} objects each, at most 1,000.
 */
public final class LiveKindsMemoryBench {
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger(
            "io.fabric8.mockwebserver");

    private LiveKindsMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        if (args.length > 1) {
            measureOne(args[1], n);
            return;
        }
        for (String kind : List.of("Pod", "Service", "EndpointSlice", "StatefulSet", "Job", "DBInstance")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx2g", "-cp", System.getProperty("java.class.path"), LiveKindsMemoryBench.class.getName(),
                    Integer.toString(n), kind).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            System.out.print(new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            p.waitFor();
        }
    }

    /**
     * Measures one kind in this (fresh) JVM, in its own JVM so no kind pays for another's leftovers. fabric8 keeps
     * each closed client's watches (and connection pool) for two minutes, a few hundred kilobytes that drift upwards
     * from one session to the next, and a session that lists anything holds a few fixed buffers (the JSON parser's,
     * the HTTP client's pooled chunks, some large enough to take a whole G1 region), up to a megabyte that would be
     * a kilobyte per object at 1,000. So sessions that list {@code n/2} and {@code n} objects alternate (after one
     * warm-up session): each full session is compared with the mean of the half ones either side of it, which
     * cancels both the drift and the fixed buffers, and the two per-object figures (over the {@code n - n/2} objects
     * added) are averaged.
     */
    private static void measureOne(String kind, int n) throws Exception {
        switch (kind) {
            case "Pod" -> report("Pod", "/api/v1/pods", "podium/pods", n, LiveKindsMemoryBench::pod);
            case "Service" -> report("Service", "/api/v1/services", "podium/services", n,
                    LiveKindsMemoryBench::service);
            case "EndpointSlice" -> report("EndpointSlice (3 endpoints)", "/apis/discovery.k8s.io/v1/endpointslices",
                    "podium/endpointslices", n, LiveKindsMemoryBench::slice);
            case "StatefulSet" -> report("StatefulSet", "/apis/apps/v1/statefulsets", "podium/statefulsets", n,
                    LiveKindsMemoryBench::statefulSet);
            case "Job" -> report("Job", "/apis/batch/v1/jobs", "podium/jobs", n, LiveKindsMemoryBench::job);
            case "DBInstance" -> report("custom (16 kinds)", "/apis/example.com/v1/dbinstances",
                    "podium/custom/dbinstances.example.com", Math.min(n / 16, 1_000), LiveKindsMemoryBench::custom,
                    16);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
    }

    private static void report(String kind, String path, String informer, int n, IntFunction<HasMetadata> make)
            throws Exception {
        report(kind, path, informer, n, make, 1);
    }

    /** As above, for {@code kinds} custom kinds of {@code n} objects each (the bench's CRDs {@code dbinstances0…}). */
    private static void report(String kind, String path, String informer, int n, IntFunction<HasMetadata> make,
            int kinds) throws Exception {
        int half = n / 2;
        measure(path, make, informer, half, kinds);
        long half1 = measure(path, make, informer, half, kinds);
        long full1 = measure(path, make, informer, n, kinds);
        long half2 = measure(path, make, informer, half, kinds);
        long full2 = measure(path, make, informer, n, kinds);
        long half3 = measure(path, make, informer, half, kinds);
        int added = Math.max(1, (n - half) * kinds);
        long first = (full1 - (half1 + half2) / 2) / added;
        long second = (full2 - (half2 + half3) / 2) / added;
        System.out.printf(Locale.ROOT, "%-28s %,7d objects: %,6d bytes/object retained (runs: %,d and %,d)%n", kind,
                n * kinds, (first + second) / 2, first, second);
    }

    /**
     * The heap retained by a session that listed {@code n} objects made by {@code make} (of each of {@code kinds}
     * custom kinds when more than one). The mock server builds its
     * list answer when asked and keeps neither the objects nor their JSON, so only what the session holds is counted
     * (the fabric8 objects and a JSON copy of them, held here for the whole session, once counted ~1-2 KB per object).
     */
    private static long measure(String path, IntFunction<HasMetadata> make, String informer, int n, int kinds)
            throws Exception {
        ScriptedApi api = new ScriptedApi();
        List<HasMetadata> crds = new ArrayList<>();
        for (int k = 0; k < kinds; k++) {
            String suffix = kinds == 1 ? "" : Integer.toString(k);
            crds.add(new CustomResourceDefinitionBuilder().withNewMetadata().withName("dbinstances" + suffix
                    + ".example.com").endMetadata().withNewSpec().withGroup("example.com").withScope("Namespaced")
                    .withNewNames().withKind("DBInstance" + suffix).withPlural("dbinstances" + suffix).endNames()
                    .addNewVersion().withName("v1").withServed(true).withStorage(true).endVersion().endSpec().build());
        }
        api.onList("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", r -> ScriptedApi.list(crds, "2"));
        for (int k = 0; k < kinds; k++) {
            api.onList(kinds == 1 ? path : path + k, r -> {
                List<HasMetadata> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(make.apply(i));
                }
                return ScriptedApi.list(items, "5");
            });
        }
        Path dir = Files.createTempDirectory("podium-bench");
        try (MockCluster cluster = MockCluster.scripted(dir, api)) {
            return LiveProbe.retainedAfterList(cluster, kinds == 1 ? informer : informer.replace("dbinstances",
                    "dbinstances" + (kinds - 1)), n);
        }
    }

    private static HasMetadata pod(int i) {
        return new PodBuilder().withNewMetadata().withName("web-" + i).withNamespace("ns-" + i % 50)
                .withResourceVersion("5").addNewOwnerReference().withKind("ReplicaSet").withName("web-7d4b9")
                .withController(true).withApiVersion("apps/v1").withUid("u").endOwnerReference().endMetadata()
                .withNewSpec().withNodeName("node-" + i % 100).addNewContainer().withName("app")
                .withImage("nginx:1.27").withNewResources().addToRequests("cpu", new Quantity("100m"))
                .addToRequests("memory", new Quantity("64Mi")).endResources().endContainer().endSpec()
                .withNewStatus().withPhase("Running").addNewCondition().withType("Ready").withStatus("True")
                .endCondition().endStatus().build();
    }

    private static HasMetadata service(int i) {
        return new ServiceBuilder().withNewMetadata().withName("svc-" + i).withNamespace("ns-" + i % 50)
                .withResourceVersion("5").endMetadata().withNewSpec().withType("NodePort").addToSelector("app",
                        "svc-" + i).addNewPort().withPort(80).withNodePort(30000 + i % 2000).endPort().endSpec()
                .build();
    }

    private static HasMetadata slice(int i) {
        EndpointSliceBuilder b = new EndpointSliceBuilder().withNewMetadata().withName("svc-" + i + "-abcde")
                .withNamespace("ns-" + i % 50).withResourceVersion("5").addToLabels("kubernetes.io/service-name",
                        "svc-" + i).endMetadata().withAddressType("IPv4");
        for (int e = 0; e < 3; e++) {
            b.addNewEndpoint().withAddresses("10.0." + e + "." + i % 250).withNodeName("node-" + (i + e) % 100)
                    .withNewTargetRef().withKind("Pod").withName("svc-" + i + "-" + e).withNamespace("ns-" + i % 50)
                    .endTargetRef().withNewConditions().withReady(true).withServing(true).withTerminating(false)
                    .endConditions().endEndpoint();
        }
        return b.build();
    }

    private static HasMetadata statefulSet(int i) {
        return new StatefulSetBuilder().withNewMetadata().withName("db-" + i).withNamespace("ns-" + i % 50)
                .withResourceVersion("5").endMetadata().withNewSpec().withReplicas(3).endSpec().withNewStatus()
                .withReadyReplicas(3).withReplicas(3).endStatus().build();
    }

    private static HasMetadata job(int i) {
        return new JobBuilder().withNewMetadata().withName("job-" + i).withNamespace("ns-" + i % 50)
                .withResourceVersion("5").endMetadata().withNewSpec().withCompletions(1).endSpec().withNewStatus()
                .withSucceeded(1).addNewCondition().withType("Complete").withStatus("True").endCondition()
                .endStatus().build();
    }

    private static HasMetadata custom(int i) {
        return new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("DBInstance")
                .withNewMetadata().withName("db-" + i).withNamespace("ns-" + i % 50).withResourceVersion("5")
                .withCreationTimestamp("2026-12-05T10:00:00Z").endMetadata()
                .addToAdditionalProperties("status", Map.of("conditions", List.of(Map.of("type", "Ready",
                        "status", "True", "reason", "Available")))).build();
    }
}
