package dev.podium.world.kube;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.spec.KubeManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A cluster on a kernel with every event recorded, for tests. */
final class Run {
    final Kernel kernel;
    final List<WorldEvent> events = new ArrayList<>();
    final KubeCluster cluster;
    private final List<Consumer<WorldEvent>> watchers = new ArrayList<>();

    Run(long seed, KubeParams params, List<KubeManifest> manifests) {
        kernel = new Kernel(seed);
        cluster = new KubeCluster(kernel, e -> {
            events.add(e);
            for (Consumer<WorldEvent> w : watchers) {
                w.accept(e);
            }
        }, params, manifests);
        cluster.start();
    }

    Run(List<KubeManifest> manifests) {
        this(1, KubeParams.defaults(), manifests);
    }

    void onEvent(Consumer<WorldEvent> watcher) {
        watchers.add(watcher);
    }

    void runFor(long nanos) {
        kernel.runUntil(kernel.now() + nanos);
    }

    <T> List<T> of(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (WorldEvent e : events) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    List<Pod> pods() {
        List<Pod> out = new ArrayList<>();
        for (ApiObject o : cluster.api().list(Kind.POD)) {
            out.add((Pod) o);
        }
        return out;
    }

    long readyPods(String prefix) {
        return pods().stream().filter(p -> p.name().startsWith(prefix) && p.ready() && !p.deleting()).count();
    }
}
