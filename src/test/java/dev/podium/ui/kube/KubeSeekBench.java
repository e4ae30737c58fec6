package dev.podium.ui.kube;

import dev.podium.engine.Kernel;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;
import dev.podium.scenario.kube.ScaleCluster;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.spec.KubeManifest;
import dev.podium.world.kube.spec.ObjectMeta;
import dev.podium.world.kube.spec.ServiceManifest;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.traffic.TrafficParams;
import dev.podium.timeline.WorldEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scrubbing backwards at Kubernetes' documented limit, with traffic on: 5,000 nodes and 150,000 pods (1,000
 * Deployments × 150) rolled out at 500 QPS, ten of them behind Services that a client calls at 1,000 requests a
 * second, then a node failure; the run recorded into a {@link Timeline}. Then the scrubber's two folds — the cluster
 * view's {@code ClusterModel} and the world's {@link KubeState} — each through a {@link ProjectedState}: the first
 * fold (cutting the checkpoints), then seeks stepping backwards from the end to the start in 200 steps, as a teacher
 * dragging the playhead back does, and 200 random seeks. Prints the latencies; a seek within a 60 Hz frame (16.7 ms)
 * is instant to the eye. Not a test:
 * {@code java -Xmx12g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.podium.ui.kube.KubeSeekBench}
 * ({@code -Dnodes=}, {@code -Ddeployments=}, {@code -Dreplicas=} to scale it down).
 */
public final class KubeSeekBench {
    private static final long S = KubeParams.SECOND;

    private KubeSeekBench() {
    }

    public static void main(String[] args) {
        int nodes = Integer.getInteger("nodes", 5000);
        int deployments = Integer.getInteger("deployments", 1000);
        int replicas = Integer.getInteger("replicas", 150);
        List<KubeManifest> manifests = new ArrayList<>(ScaleCluster.manifests(nodes, deployments, replicas));
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < Math.min(10, deployments); i++) {
            String name = String.format("app-%04d", i);
            manifests.add(new ServiceManifest(new ObjectMeta("default", name, Map.of()), Map.of("app", name),
                    List.of(80)));
            targets.add("service/" + name);
        }
        KubeParams defaults = KubeParams.defaults();
        KubeParams params = defaults.withClientQps(500, 1000, 500, 1000);
        Kernel kernel = new Kernel(42);
        Timeline timeline = new Timeline();
        Map<String, Integer> available = new HashMap<>();
        int[] availableTotal = {0};
        KubeCluster cluster = new KubeCluster(kernel, (WorldEvent e) -> {
            timeline.append(e);
            if (e instanceof DeploymentStatusUpdated d) {
                Integer before = available.put(d.deployment(), d.availableReplicas());
                availableTotal[0] += d.availableReplicas() - (before == null ? 0 : before);
            }
        }, params, manifests);
        cluster.setTrafficParams(TrafficParams.defaults().withClient(1000, targets));
        long wall = System.nanoTime();
        cluster.start();
        long target = (long) deployments * replicas;
        while (availableTotal[0] < target && kernel.step()) {
            // until every Deployment reports all replicas available
        }
        cluster.failNode("node-0000");
        long end = kernel.now() + 420 * S;
        kernel.runUntil(end);
        timeline.advanceEnd(end);
        System.out.printf(Locale.ROOT, "%,d pods on %,d nodes, traffic at 1000 req/s to 10 Services: %,d events over"
                + " %.0f s simulated, recorded in %.1f s%n", target, nodes, timeline.size(), end / 1e9,
                (System.nanoTime() - wall) / 1e9);
        seeks("cluster view (ClusterModel)", new ProjectedState<>(timeline, new ClusterProjection()), end);
        seeks("world state (KubeState)", new ProjectedState<>(timeline, new KubeProjection()), end);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use at the end: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    private static <S> void seeks(String what, ProjectedState<S> projected, long end) {
        long t0 = System.nanoTime();
        projected.at(end); // the first pass also cuts the checkpoints
        long first = System.nanoTime() - t0;
        int steps = 200;
        long[] back = new long[steps];
        for (int i = 0; i < steps; i++) {
            long t = end - (end / steps) * (i + 1);
            long s = System.nanoTime();
            projected.at(Math.max(0, t));
            back[i] = System.nanoTime() - s;
        }
        long[] random = new long[steps];
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < steps; i++) {
            long t = (long) (r.nextDouble() * end);
            long s = System.nanoTime();
            projected.at(t);
            random[i] = System.nanoTime() - s;
        }
        Arrays.sort(back);
        Arrays.sort(random);
        System.out.printf(Locale.ROOT, "%s: first fold %.2f s, %d checkpoints; backwards seeks median %.1f ms, p99 "
                + "%.1f ms, max %.1f ms; random seeks median %.1f ms, max %.1f ms%n", what, first / 1e9,
                projected.checkpointCount(), back[steps / 2] / 1e6, back[steps * 99 / 100] / 1e6,
                back[steps - 1] / 1e6, random[steps / 2] / 1e6, random[steps - 1] / 1e6);
    }
}
