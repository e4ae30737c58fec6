package dev.podium.world.kube.state;

import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodEvicted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodQueued;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.PodUnschedulable;

/**
 * The pod part of {@link KubeProjection}: a pod's life from creation through the scheduler queue, binding, phases and
 * termination to deletion, with its node's pod count and summed requests kept in step, and the SuccessfulCreate,
 * Scheduled, FailedScheduling, Killing and TaintManagerEviction lines. Events about an unknown pod change nothing but
 * the lines. Pure.
 */
final class PodFold {
    private PodFold() {
    }

    /** Folds {@code e} if it is one of the pod events above; false otherwise. */
    static boolean apply(KubeState s, KubeEvent e) {
        if (e instanceof PodCreated c) {
            created(s, c);
        } else if (e instanceof PodQueued q) {
            queued(s, q);
        } else if (e instanceof PodScheduled sc) {
            scheduled(s, sc);
        } else if (e instanceof PodUnschedulable u) {
            unschedulable(s, u);
        } else if (e instanceof PodPhaseChanged c) {
            phaseChanged(s, c);
        } else if (e instanceof PodTerminating t) {
            terminating(s, t);
        } else if (e instanceof PodDeleted d) {
            deleted(s, d);
        } else if (e instanceof PodEvicted v) {
            EventLines.add(s, v, "Normal", "TaintManagerEviction", v.pod(), "Marking for deletion Pod " + v.pod());
        } else {
            return false;
        }
        return true;
    }

    private static void created(KubeState s, PodCreated c) {
        s.pods.put(c.pod(), new PodView(c.pod(), c.owner(), c.node(), "Pending", "Pending", false, 0,
                c.containers(), 0, c.milliCpu(), c.memoryBytes(), c.image(), c.timeNanos(), "", "", -1));
        s.podsCreated++;
        if (!c.node().isEmpty()) { // created bound (spec.nodeName: a DaemonSet's pods): no PodScheduled follows
            NodeView n = s.nodes.get(c.node());
            if (n != null) {
                s.nodes.put(c.node(), n.withPods(1, c.milliCpu(), c.memoryBytes()));
            }
        }
        if (!c.owner().isEmpty()) {
            EventLines.add(s, c, "Normal", "SuccessfulCreate", c.owner(), "Created pod: " + EventLines.name(c.pod()));
        }
    }

    private static void queued(KubeState s, PodQueued q) {
        PodView p = s.pods.get(q.pod());
        if (p != null) {
            s.pods.put(q.pod(), p.withQueue(q.queue(), p.message()));
        }
    }

    private static void scheduled(KubeState s, PodScheduled sc) {
        PodView p = s.pods.get(sc.pod());
        if (p != null) {
            s.pods.put(sc.pod(), p.withNode(sc.node()));
            NodeView n = s.nodes.get(sc.node());
            if (n != null) {
                s.nodes.put(sc.node(), n.withPods(1, p.milliCpu(), p.memoryBytes()));
            }
        }
        EventLines.add(s, sc, "Normal", "Scheduled", sc.pod(), "Successfully assigned " + sc.pod() + " to "
                + sc.node());
    }

    private static void unschedulable(KubeState s, PodUnschedulable u) {
        PodView p = s.pods.get(u.pod());
        if (p != null) {
            s.pods.put(u.pod(), p.withQueue(p.queue(), u.message()));
        }
        EventLines.add(s, u, "Warning", "FailedScheduling", u.pod(), u.message());
    }

    private static void phaseChanged(KubeState s, PodPhaseChanged c) {
        PodView p = s.pods.get(c.pod());
        if (p != null) {
            s.pods.put(c.pod(), p.withStatus(c.phase(), c.status(), c.ready(), c.readyContainers(), c.restarts(),
                    c.timeNanos()));
        }
    }

    private static void terminating(KubeState s, PodTerminating t) {
        PodView p = s.pods.get(t.pod());
        if (p != null) {
            s.pods.put(t.pod(), p.withStatus(p.phase(), "Terminating", p.ready(), p.readyContainers(), p.restarts(),
                    t.timeNanos()));
        }
        EventLines.add(s, t, "Normal", "Killing", t.pod(), "Stopping container (" + t.reason() + ")");
    }

    private static void deleted(KubeState s, PodDeleted d) {
        PodView p = s.pods.remove(d.pod());
        if (p != null && !p.node().isEmpty()) {
            NodeView n = s.nodes.get(p.node());
            if (n != null) {
                s.nodes.put(p.node(), n.withPods(-1, -p.milliCpu(), -p.memoryBytes()));
            }
        }
        s.podsDeleted++;
    }
}
