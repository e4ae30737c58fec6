package dev.podium.world.kube.spec;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One of a pod's {@code topologySpreadConstraints}: at most {@code maxSkew} more matching pods in one domain of
 * {@code topologyKey} (a node label such as {@code topology.kubernetes.io/zone}) than in the emptiest; enforced in
 * filter when {@code doNotSchedule} (whenUnsatisfiable: DoNotSchedule), else only scored (ScheduleAnyway). Pods
 * match by {@code matchLabels} of the labelSelector.
 */
public record SpreadConstraint(int maxSkew, String topologyKey, boolean doNotSchedule,
        Map<String, String> matchLabels) {
    public SpreadConstraint {
        matchLabels = Collections.unmodifiableMap(new TreeMap<>(matchLabels));
    }
}
