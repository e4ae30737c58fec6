package dev.podium.scenario.kube;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.WorldBenchmark;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code podium bench kube}: the Kubernetes world at scale, headless (see {@link KubeScaleBenchmark}). Prints
 * simulated and wall time, their ratio, events per second and the peak heap. Run it with a heap limit, e.g.
 * {@code java -Xmx2g -jar target/podium.jar bench kube}.
 */
final class KubeBenchmark implements WorldBenchmark {
    static final Arg<Integer> NODES = Arg.integer("nodes", 1, 100_000, 5000);
    static final Arg<Integer> DEPLOYMENTS = Arg.integer("deployments", 1, 100_000, 1000);
    static final Arg<Integer> REPLICAS = Arg.integer("replicas", 0, 100_000, 150);
    static final Arg<Double> QPS = Arg.positive("qps", 1e6, 20);
    static final Arg<Integer> BURST = Arg.integer("burst", 1, 1_000_000, 30);
    static final Arg<Boolean> NO_TRACE = Arg.flag("no-trace", false);
    static final Arg<Boolean> PROJECT = Arg.flag("project", false);

    @Override
    public String name() {
        return KubeWorld.NAME;
    }

    @Override
    public String description() {
        return "5,000 nodes and 150,000 pods created, rolled out and hit by a node failure (options: --nodes, "
                + "--deployments, --replicas, --qps (client QPS of each controller; kube-controller-manager's "
                + "default is 20, large clusters use 500), --burst, --no-trace (leave out per-object "
                + "WatchEventDelivered events), --project (also fold every event into the cluster state))";
    }

    @Override
    public List<Arg<?>> options() {
        return List.of(NODES, DEPLOYMENTS, REPLICAS, QPS, BURST, NO_TRACE, PROJECT);
    }

    @Override
    public void run(Params options, PrintWriter out) throws ScenarioException {
        int nodes = NODES.read(options);
        int deployments = DEPLOYMENTS.read(options);
        int replicas = REPLICAS.read(options);
        double qps = QPS.read(options);
        int burst = BURST.read(options);
        boolean trace = !NO_TRACE.read(options);
        boolean project = PROJECT.read(options);
        out.printf(Locale.ROOT, "kube: %d nodes, %d Deployments x %d replicas = %d pods, client %.0f QPS burst %d, "
                + "watch trace %s, projection %s%n", nodes, deployments, replicas, (long) deployments * replicas, qps,
                burst, trace, project);
        out.flush();
        KubeScaleBenchmark.Result r = KubeScaleBenchmark.run(nodes, deployments, replicas, qps, burst, trace,
                project);
        out.printf(Locale.ROOT, "rolled out (every replica available) at sim %.1f s; node-0000 failed then, "
                + "ran to sim %.1f s%n", r.rolledOutNanos() / 1e9, r.endNanos() / 1e9);
        out.printf(Locale.ROOT, "wall %.2f s, sim/wall %.0f, events %,d (%,.0f per wall second), kernel events %,d%n",
                r.wallNanos() / 1e9, r.simPerWall(), r.events(), r.events() / (r.wallNanos() / 1e9),
                r.kernelEvents());
        out.printf(Locale.ROOT, "available at end %,d, pods in the API %,d, peak heap %d MiB%n", r.availableAtEnd(),
                r.podsInApi(), r.peakHeapBytes() >> 20);
        out.flush();
    }
}
