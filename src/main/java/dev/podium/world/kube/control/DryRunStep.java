package dev.podium.world.kube.control;

import java.util.List;

/**
 * One step a controller would take: {@code action} on {@code target} (a ReplicaSet key, "" when it does not exist
 * yet), from {@code from} to {@code to} replicas (or revision), and for {@link DryRunAction#DELETE_PODS} the pods it
 * would delete, in the order it ranks them. Immutable.
 */
public record DryRunStep(DryRunAction action, String target, int from, int to, List<String> pods) {
    public DryRunStep {
        pods = List.copyOf(pods);
    }

    static DryRunStep of(DryRunAction action, String target, int from, int to) {
        return new DryRunStep(action, target, from, to, List.of());
    }
}
