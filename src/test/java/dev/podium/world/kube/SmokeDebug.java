package dev.podium.world.kube;

import dev.podium.engine.Kernel;
import dev.podium.world.kube.event.WatchEventDelivered;

/** Prints a small run's events (a development aid, not a test). */
final class SmokeDebug {
    public static void main(String[] args) {
        Kernel kernel = new Kernel(1);
        KubeCluster c = new KubeCluster(kernel, e -> {
            if (!(e instanceof WatchEventDelivered)) {
                System.out.printf("%10.3f %s%n", e.timeNanos() / 1e9, e);
            }
        }, KubeParams.defaults(), Fixtures.concat(Fixtures.nodes(2), Fixtures.deployment("web", 2, 500)));
        c.start();
        kernel.runUntil(Long.parseLong(args.length > 0 ? args[0] : "20") * Fixtures.S);
    }
}
