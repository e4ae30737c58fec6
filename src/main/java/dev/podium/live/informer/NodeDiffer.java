package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeCordoned;
import dev.podium.world.kube.event.NodeDeleted;
import dev.podium.world.kube.event.NodeTainted;
import dev.podium.world.kube.event.NodeUntainted;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Node changes as Kubernetes events: {@code NodeAdded} (the projection assumes Ready, so a node that is not gets a
 * {@code NodeConditionChanged} at once), Ready condition changes, cordon and uncordon, taints added and removed.
 * A removed node (a delete callback, or gone at a relist) is {@code NodeDeleted}.
 * Stateless.
 */
final class NodeDiffer implements KindDiffer<NodeRecord> {

    @Override
    public void added(NodeRecord now, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new NodeAdded(t, now.name(), now.milliCpu(), now.memoryBytes(), now.maxPods(), now.taints(),
                now.unschedulable()));
        if (!"True".equals(now.ready())) {
            out.add(t -> new NodeConditionChanged(t, now.name(), now.ready(), now.readyReason()));
        }
    }

    @Override
    public void changed(NodeRecord before, NodeRecord now, List<LongFunction<WorldEvent>> out) {
        if (!before.ready().equals(now.ready())) {
            out.add(t -> new NodeConditionChanged(t, now.name(), now.ready(), now.readyReason()));
        }
        if (before.unschedulable() != now.unschedulable()) {
            out.add(t -> new NodeCordoned(t, now.name(), now.unschedulable()));
        }
        for (String taint : before.taints()) {
            if (!now.taints().contains(taint)) {
                out.add(t -> new NodeUntainted(t, now.name(), taint));
            }
        }
        for (String taint : now.taints()) {
            if (!before.taints().contains(taint)) {
                out.add(t -> new NodeTainted(t, now.name(), taint));
            }
        }
    }

    @Override
    public void removed(NodeRecord before, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new NodeDeleted(t, before.name()));
    }
}
