package dev.podium.world.kube.control;

import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.ReplicaSetStatusUpdated;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.List;

/** Builds a {@link KubeState} by folding hand-written events, one second apart, through the real projection. */
final class StateBuilder {
    static final long S = 1_000_000_000L;

    private final KubeProjection projection = new KubeProjection();
    final KubeState state = projection.initial();
    private long now;

    private StateBuilder apply(KubeEvent e) {
        projection.apply(state, e);
        return this;
    }

    private long tick() {
        now += S;
        return now;
    }

    StateBuilder node(String name) {
        return apply(new NodeAdded(tick(), name, 4000, 8L << 30, 110, List.of(), false));
    }

    StateBuilder deployment(String key, int replicas, String strategy, String surge, String unavailable,
            String image) {
        return apply(new DeploymentCreated(tick(), key, replicas, strategy, surge, unavailable, image));
    }

    /** A ReplicaSet with spec replicas and status counts (current, ready, available). */
    StateBuilder replicaSet(String key, String deployment, int revision, String image, int replicas, int current,
            int ready, int available) {
        apply(new ReplicaSetCreated(tick(), key, deployment, revision, "h" + revision, replicas, image));
        return apply(new ReplicaSetStatusUpdated(tick(), key, current, ready, available));
    }

    /** A pod of {@code owner} on {@code node} ("" unbound), Running and ready, or Pending. */
    StateBuilder pod(String key, String owner, String node, boolean running, int restarts) {
        apply(new PodCreated(tick(), key, owner, "", 100, 64L << 20, "img", 1));
        if (!node.isEmpty()) {
            apply(new PodScheduled(tick(), key, node, 1, 1, 0));
        }
        if (running) {
            apply(new PodPhaseChanged(tick(), key, "Running", "Running", true, 1, 1, restarts));
        }
        return this;
    }

    StateBuilder terminating(String key) {
        return apply(new PodTerminating(tick(), key, 30 * S, "Deleted"));
    }
}
