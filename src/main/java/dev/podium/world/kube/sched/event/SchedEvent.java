package dev.podium.world.kube.sched.event;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The scheduler's preemption events. Part of the kube world (its projection, narration and recordings), sealed
 * separately because a sealed interface may only permit types of its own package. Names follow {@code KubeEvent}:
 * pods as {@code namespace/name}, nodes by name, times in simulated nanoseconds.
 */
public sealed interface SchedEvent extends WorldEvent permits Preempted, PodNominated {

    /** Every scheduler event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(Preempted.class, PodNominated.class);
    }
}
