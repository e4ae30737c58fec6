package dev.podium.world.kube.sched.event;

import java.util.List;

/**
 * DefaultPreemption chose {@code node} for {@code preemptor} (of {@code priority}) and is deleting the
 * {@code victims} there, gracefully (each with its terminationGracePeriodSeconds), most important first;
 * {@code victimPriorities} are theirs in the same order. kubectl shows a "Preempted" event on each victim.
 */
public record Preempted(long timeNanos, String preemptor, int priority, String node, List<String> victims,
        List<Integer> victimPriorities) implements SchedEvent {
    public Preempted {
        victims = List.copyOf(victims);
        victimPriorities = List.copyOf(victimPriorities);
    }
}
