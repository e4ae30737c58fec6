package dev.podium.bench;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.DeploymentManifest;
import dev.podium.world.kube.spec.IntOrPercent;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.NodeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.PodSpec;
import dev.podium.world.kube.spec.PodTemplate;
import dev.podium.world.kube.spec.Resources;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes world at the documented scalability limit: 5,000 nodes and 150,000 pods (1,000 Deployments x
 * 150 replicas) created and rolled out from nothing, then one node fails and its pods are evicted and replaced.
 * A plain main, not a test; it needs only our classes. Run:
 * {@code mvn -q -B test-compile && java -Xmx2g -cp target/classes:target/test-classes
 * dev.podium.bench.KubeScaleBench [--project] [--no-trace]}.
 *
 * <p>Client rate limits are raised as large clusters do (--kube-api-qps): 500 QPS / 1000 burst for each controller
 * and the scheduler; with the defaults (20 and 50 QPS) the same work just takes hours of simulated time.
 * {@code --project} also folds every event into a {@link KubeState} and copies it every 2,048 events, like the
 * timeline's checkpoints (copies are dropped, so this measures their CPU cost, not their memory).
 */
public final class KubeScaleBench {
    private static final long S = KubeParams.SECOND;

    private KubeScaleBench() {
    }

    public static void main(String[] args) {
        boolean project = List.of(args).contains("--project");
        boolean trace = !List.of(args).contains("--no-trace");
        int nodes = 5000;
        int deployments = 1000;
        int replicas = 150;
        List<KubeManifest> manifests = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            manifests.add(new NodeManifest(new ObjectMeta("", String.format("node-%04d", i), Map.of()),
                    new Resources(32_000, 128L << 30), 110, List.of(), false));
        }
        for (int i = 0; i < deployments; i++) {
            String name = String.format("app-%04d", i);
            Map<String, String> labels = Map.of("app", name);
            PodSpec spec = new PodSpec(List.of(new ContainerSpec("app", "registry/app-" + (i % 50) + ":1",
                    new Resources(100, 128L << 20), Resources.NONE, null, null, null, false)), List.of(), Map.of(),
                    List.of(), "", "Always", 30 * S, 0);
            manifests.add(new DeploymentManifest(new ObjectMeta("default", name, labels), replicas, labels,
                    new PodTemplate(labels, spec), "RollingUpdate", new IntOrPercent(25, true),
                    new IntOrPercent(25, true), 10, 0, 600 * S));
        }
        KubeParams params = KubeParams.defaults().withClientQps(500, 1000, 500, 1000).withTraceWatchEvents(trace);
        Kernel kernel = new Kernel(42);
        long[] events = {0};
        Map<String, Integer> available = new HashMap<>();
        int[] availableTotal = {0};
        KubeProjection projection = new KubeProjection();
        KubeState[] state = {projection.initial()};
        long[] copies = {0};
        KubeCluster cluster = new KubeCluster(kernel, (WorldEvent e) -> {
            events[0]++;
            if (e instanceof DeploymentStatusUpdated) {
                DeploymentStatusUpdated d = (DeploymentStatusUpdated) e;
                Integer before = available.put(d.deployment(), d.availableReplicas());
                availableTotal[0] += d.availableReplicas() - (before == null ? 0 : before);
            }
            if (project) {
                projection.apply(state[0], e);
                if (events[0] % 2048 == 0) {
                    projection.copy(state[0]);
                    copies[0]++;
                }
            }
        }, params, manifests);
        long wallStart = System.nanoTime();
        cluster.start();
        long target = (long) deployments * replicas;
        while (availableTotal[0] < target && kernel.step()) {
            // run until every Deployment reports all replicas available
        }
        long rolledOut = kernel.now();
        long wallRolledOut = System.nanoTime() - wallStart;
        cluster.failNode("node-0000");
        long end = rolledOut + 420 * S;
        kernel.runUntil(end);
        long wall = System.nanoTime() - wallStart;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("nodes %d, deployments %d x %d replicas = %d pods, trace %s, projection %s%n", nodes,
                deployments, replicas, target, trace, project);
        System.out.printf("rolled out (all available) at sim %.1f s after %.2f s wall%n", rolledOut / 1e9,
                wallRolledOut / 1e9);
        System.out.printf("node-0000 failed at sim %.1f s; ran to sim %.1f s (eviction + replacement)%n",
                rolledOut / 1e9, end / 1e9);
        System.out.printf("sim %.1f s, wall %.2f s, sim/wall %.1f, events %d (%.0f/s wall), kernel events %d%n",
                end / 1e9, wall / 1e9, (double) end / wall, events[0], events[0] / (wall / 1e9), kernel.firedCount());
        System.out.printf("available at end %d, pods in API %d, peak heap %d MiB%s%n", availableTotal[0],
                cluster.api().count(dev.podium.world.kube.api.Kind.POD), peak >> 20,
                project ? ", state copies " + copies[0] + ", pods in state " + state[0].podCount() : "");
    }
}
