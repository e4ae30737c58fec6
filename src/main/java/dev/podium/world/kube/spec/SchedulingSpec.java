package dev.podium.world.kube.spec;

import java.util.List;

/**
 * The parts of a pod spec only the scheduler reads beyond resources, selectors and tolerations: its
 * {@code priorityClassName} ("" for none), {@code preemptionPolicy} ("" when the pod does not set it: its class's
 * applies), {@code topologySpreadConstraints} and {@code affinity.podAntiAffinity} (required and preferred terms).
 */
public record SchedulingSpec(String priorityClassName, String preemptionPolicy, List<SpreadConstraint> spread,
        List<AffinityTerm> antiAffinityRequired, List<AffinityTerm> antiAffinityPreferred) {
    /** No class, no constraints. */
    public static final SchedulingSpec NONE = new SchedulingSpec("", "", List.of(), List.of(), List.of());

    public SchedulingSpec {
        spread = List.copyOf(spread);
        antiAffinityRequired = List.copyOf(antiAffinityRequired);
        antiAffinityPreferred = List.copyOf(antiAffinityPreferred);
    }

    /** True when nothing is set (the pod schedules as before priorities and topology existed). */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
