package dev.podium.scenario.kube;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.spec.KubeManifest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes world at the documented scalability limit: 5,000 nodes and 150,000 pods (1,000 Deployments x
 * 150 replicas) created and rolled out from nothing, then one node fails and its pods are evicted and replaced,
 * headless. {@code podium bench kube} runs it; the sizes and the client rate limits are options.
 *
 * <p>With kube-controller-manager's default client limits (20 QPS, burst 30; scheduler 50/100) creating 150,000
 * pods takes hours of simulated time, as in a real cluster with those settings. Large clusters raise
 * {@code --kube-api-qps}; {@code --qps 500} does that. Either way it counts what matters: events per wall second,
 * the simulated/wall time ratio and the peak heap. {@code --project} also folds every event into a
 * {@link KubeState} and copies it every 2,048 events, as the timeline's checkpoints do (the copies are dropped:
 * this measures their CPU cost, not their memory).
 */
final class KubeScaleBenchmark {
    private static final long S = KubeParams.SECOND;

    /** What one run reports. */
    record Result(long rolledOutNanos, long endNanos, long wallNanos, long events, long kernelEvents,
            int availableAtEnd, int podsInApi, long peakHeapBytes) {
        double simPerWall() {
            return (double) endNanos / wallNanos;
        }
    }

    private KubeScaleBenchmark() {
    }

    static Result run(int nodes, int deployments, int replicas, double qps, int burst, boolean trace,
            boolean project) {
        List<KubeManifest> manifests = ScaleCluster.manifests(nodes, deployments, replicas);
        KubeParams defaults = KubeParams.defaults();
        KubeParams params = defaults.withClientQps(qps, burst, Math.max(qps, defaults.schedulerQps()),
                Math.max(burst, defaults.schedulerBurst())).withTraceWatchEvents(trace);
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
        return new Result(rolledOut, end, wall, events[0], kernel.firedCount(), availableTotal[0],
                cluster.api().count(dev.podium.world.kube.api.Kind.POD), peak);
    }
}
