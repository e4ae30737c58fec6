package dev.podium.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code podium bench kube}: the Kubernetes world at scale, headless. Prints simulated and wall time, their
 * ratio, events per second and the peak heap. Run it with a heap limit, e.g.
 * {@code java -Xmx2g -jar target/podium.jar bench kube}.
 */
@Command(name = "bench", description = "Measures a world at scale, headless (today: kube).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORLD", description = "kube")
    private String world;

    @Option(names = "--nodes", description = "nodes (default ${DEFAULT-VALUE})")
    private int nodes = 5000;

    @Option(names = "--deployments", description = "Deployments (default ${DEFAULT-VALUE})")
    private int deployments = 1000;

    @Option(names = "--replicas", description = "replicas per Deployment (default ${DEFAULT-VALUE})")
    private int replicas = 150;

    @Option(names = "--qps", description = "client QPS of each controller (default ${DEFAULT-VALUE}, "
            + "kube-controller-manager's own default; large clusters raise it, e.g. 500)")
    private double qps = 20;

    @Option(names = "--burst", description = "client burst (default ${DEFAULT-VALUE})")
    private int burst = 30;

    @Option(names = "--no-trace", description = "leave out the per-object WatchEventDelivered events")
    private boolean noTrace;

    @Option(names = "--project", description = "also fold every event into the cluster state, with checkpoints")
    private boolean project;

    @Override
    public Integer call() {
        if (!"kube".equals(world)) {
            spec.commandLine().getErr().println("bench: unknown world '" + world + "'; expected kube");
            return 2;
        }
        if (nodes < 1 || deployments < 1 || replicas < 0 || qps <= 0 || burst < 1) {
            spec.commandLine().getErr().println("bench: sizes and rates must be positive");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "kube: %d nodes, %d Deployments x %d replicas = %d pods, client %.0f QPS burst %d, "
                + "watch trace %s, projection %s%n", nodes, deployments, replicas, (long) deployments * replicas, qps,
                burst, !noTrace, project);
        out.flush();
        KubeScaleBenchmark.Result r = KubeScaleBenchmark.run(nodes, deployments, replicas, qps, burst, !noTrace,
                project);
        out.printf(Locale.ROOT, "rolled out (every replica available) at sim %.1f s; node-0000 failed then, "
                + "ran to sim %.1f s%n", r.rolledOutNanos() / 1e9, r.endNanos() / 1e9);
        out.printf(Locale.ROOT, "wall %.2f s, sim/wall %.0f, events %,d (%,.0f per wall second), kernel events %,d%n",
                r.wallNanos() / 1e9, r.simPerWall(), r.events(), r.events() / (r.wallNanos() / 1e9),
                r.kernelEvents());
        out.printf(Locale.ROOT, "available at end %,d, pods in the API %,d, peak heap %d MiB%n", r.availableAtEnd(),
                r.podsInApi(), r.peakHeapBytes() >> 20);
        return 0;
    }
}
