package dev.podium.world.kube.spec;

import java.util.List;

/**
 * The parts of a pod spec only the scheduler reads beyond resources, selectors and tolerations: its
 * {@code priorityClassName} ("" for none), {@code preemptionPolicy} ("" when the pod does not set it: its class's
 * applies), {@code topologySpreadConstraints}, {@code affinity.podAntiAffinity} and {@code affinity.podAffinity}
 * (required and preferred terms of each).
 */
public record SchedulingSpec(String priorityClassName, String preemptionPolicy, List<SpreadConstraint> spread,
        List<AffinityTerm> antiAffinityRequired, List<AffinityTerm> antiAffinityPreferred,
        List<AffinityTerm> affinityRequired, List<AffinityTerm> affinityPreferred) {
    /** No class, no constraints. */
    public static final SchedulingSpec NONE = new SchedulingSpec("", "", List.of(), List.of(), List.of());

    public SchedulingSpec {
        spread = List.copyOf(spread);
        antiAffinityRequired = List.copyOf(antiAffinityRequired);
        antiAffinityPreferred = List.copyOf(antiAffinityPreferred);
        affinityRequired = List.copyOf(affinityRequired);
        affinityPreferred = List.copyOf(affinityPreferred);
    }

    /** A spec without pod affinity terms. */
    public SchedulingSpec(String priorityClassName, String preemptionPolicy, List<SpreadConstraint> spread,
            List<AffinityTerm> antiAffinityRequired, List<AffinityTerm> antiAffinityPreferred) {
        this(priorityClassName, preemptionPolicy, spread, antiAffinityRequired, antiAffinityPreferred, List.of(),
                List.of());
    }

    /** True when nothing is set (the pod schedules as before priorities and topology existed). */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** True if the pod has any pod affinity or anti-affinity term. */
    public boolean hasPodAffinityTerms() {
        return !antiAffinityRequired.isEmpty() || !antiAffinityPreferred.isEmpty() || !affinityRequired.isEmpty()
                || !affinityPreferred.isEmpty();
    }

    /**
     * Part of the pod-template-hash's input ({@code Names.templateHash}): written as before podAffinity was read,
     * with its terms added only when there are some, so existing templates keep their hash.
     */
    @Override
    public String toString() {
        return "SchedulingSpec[priorityClassName=" + priorityClassName + ", preemptionPolicy=" + preemptionPolicy
                + ", spread=" + spread + ", antiAffinityRequired=" + antiAffinityRequired + ", antiAffinityPreferred="
                + antiAffinityPreferred
                + (affinityRequired.isEmpty() ? "" : ", affinityRequired=" + affinityRequired)
                + (affinityPreferred.isEmpty() ? "" : ", affinityPreferred=" + affinityPreferred) + "]";
    }
}
