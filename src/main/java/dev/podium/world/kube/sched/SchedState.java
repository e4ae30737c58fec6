package dev.podium.world.kube.sched;

import dev.podium.world.kube.sched.event.PodNominated;
import dev.podium.world.kube.sched.event.Preempted;
import dev.podium.world.kube.sched.event.SchedEvent;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The preemption part of the Kubernetes world's state: each pod's nominated node (kubectl's NOMINATED NODE) and each
 * preempted pod's preemptor. Small (only pods touched by preemption), so {@link #copy()} copies its maps. Folded by
 * {@link #apply}; views read it. Not thread-safe.
 */
public final class SchedState {
    private final TreeMap<String, String> nominated;
    private final TreeMap<String, String> preemptedBy;
    private Preempted last;

    public SchedState() {
        nominated = new TreeMap<>();
        preemptedBy = new TreeMap<>();
    }

    private SchedState(SchedState o) {
        nominated = new TreeMap<>(o.nominated);
        preemptedBy = new TreeMap<>(o.preemptedBy);
        last = o.last;
    }

    /** An independent copy. */
    public SchedState copy() {
        return new SchedState(this);
    }

    /** Folds one scheduler event. */
    public void apply(SchedEvent e) {
        if (e instanceof PodNominated n) {
            if (n.node().isEmpty()) {
                nominated.remove(n.pod());
            } else {
                nominated.put(n.pod(), n.node());
            }
        } else if (e instanceof Preempted p) {
            last = p;
            for (String v : p.victims()) {
                preemptedBy.put(v, p.preemptor());
                nominated.remove(v);
            }
        }
    }

    /** The pod's nominated node, or "". */
    public String nominatedNode(String pod) {
        return nominated.getOrDefault(pod, "");
    }

    /** The pod that preempted {@code pod}, or "" if it was not preempted. */
    public String preemptedBy(String pod) {
        return preemptedBy.getOrDefault(pod, "");
    }

    /** Pods with a nominated node, by key (read-only). */
    public Map<String, String> nominated() {
        return Collections.unmodifiableMap(nominated);
    }

    /** Victims by key → preemptor (read-only). */
    public Map<String, String> preempted() {
        return Collections.unmodifiableMap(preemptedBy);
    }

    /** The latest preemption, or null. */
    public Preempted last() {
        return last;
    }
}
