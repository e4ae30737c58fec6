package dev.podium.world.kube.spec;

import java.util.Map;

/**
 * One of a pod's {@code topologySpreadConstraints}: at most {@code maxSkew} more matching pods in one domain of
 * {@code topologyKey} (a node label such as {@code topology.kubernetes.io/zone}) than in the emptiest; enforced in
 * filter when {@code doNotSchedule} (whenUnsatisfiable: DoNotSchedule), else only scored (ScheduleAnyway). Pods
 * match by the labelSelector ({@code selector}: matchLabels and matchExpressions). {@code minDomains} (1 when
 * unset): with fewer eligible domains than that, the global minimum counts as 0.
 */
public record SpreadConstraint(int maxSkew, String topologyKey, boolean doNotSchedule, LabelSelector selector,
        int minDomains) {
    /** A constraint whose labelSelector has matchLabels only, without minDomains. */
    public SpreadConstraint(int maxSkew, String topologyKey, boolean doNotSchedule, Map<String, String> matchLabels) {
        this(maxSkew, topologyKey, doNotSchedule, LabelSelector.of(matchLabels), 1);
    }

    /** True if a pod with {@code labels} counts for this constraint. */
    public boolean selects(Map<String, String> labels) {
        return selector.matches(labels);
    }

    /**
     * Part of the pod-template-hash's input ({@code Names.templateHash}): written as before matchExpressions and
     * minDomains were read, with them added only when set, so existing templates keep their hash.
     */
    @Override
    public String toString() {
        return "SpreadConstraint[maxSkew=" + maxSkew + ", topologyKey=" + topologyKey + ", doNotSchedule="
                + doNotSchedule + ", matchLabels=" + selector.matchLabels()
                + (selector.matchExpressions().isEmpty() ? "" : ", matchExpressions=" + selector.matchExpressions())
                + (minDomains == 1 ? "" : ", minDomains=" + minDomains) + "]";
    }
}
