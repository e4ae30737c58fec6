package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;
import dev.podium.world.kube.custom.event.OwnerReferenceSet;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Pod changes as Kubernetes events. A new pod is {@code PodCreated} (which the projection shows Pending, on no
 * node), then {@code PodScheduled} if it has a node (so the node's pod count and requests grow), then
 * {@code PodTerminating} if it is being deleted, then {@code PodPhaseChanged} if its status is not the fresh
 * Pending one. A change emits only what differs from what the projection then holds. Live scheduling carries no
 * scheduler scores: they are 0. Stateless.
 */
final class PodDiffer implements KindDiffer<PodRecord> {

    @Override
    public void added(PodRecord now, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new PodCreated(t, now.key(), now.owner(), "", now.milliCpu(), now.memoryBytes(), now.image(),
                now.containers()));
        PodRecord fresh = new PodRecord(now.key(), now.owner(), "", "Pending", "Pending", false, 0, now.containers(),
                0, now.milliCpu(), now.memoryBytes(), now.image(), false, 0, now.controller());
        if (!now.controller().isEmpty()) {
            out.add(t -> owned(t, now));
        }
        changed(fresh, now, out);
    }

    /** The pod's controller owner that is not a ReplicaSet, as the owner reference the inspector shows. */
    private static WorldEvent owned(long t, PodRecord p) {
        int space = p.controller().indexOf(' ');
        return new OwnerReferenceSet(t, "Pod", p.key(), p.controller().substring(0, space),
                p.controller().substring(space + 1), false);
    }

    @Override
    public void changed(PodRecord before, PodRecord now, List<LongFunction<WorldEvent>> out) {
        if (before.node().isEmpty() && !now.node().isEmpty()) {
            out.add(t -> new PodScheduled(t, now.key(), now.node(), 0, 0, 0));
        }
        PodRecord shown = before;
        if (now.terminating() && !before.terminating()) {
            out.add(t -> new PodTerminating(t, now.key(), now.graceNanos(), "Deleted"));
            shown = before.asTerminating();
        }
        if (now.statusDiffers(shown)) {
            out.add(t -> new PodPhaseChanged(t, now.key(), now.phase(), now.status(), now.ready(),
                    now.readyContainers(), now.containers(), now.restarts()));
        }
    }

    @Override
    public void removed(PodRecord before, List<LongFunction<WorldEvent>> out) {
        if (!before.controller().isEmpty()) {
            out.add(t -> new OwnerReferenceRemoved(t, "Pod", before.key(), before.controller()));
        }
        out.add(t -> new PodDeleted(t, before.key(), before.node()));
    }
}
