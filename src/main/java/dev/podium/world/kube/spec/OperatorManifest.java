package dev.podium.world.kube.spec;

import java.util.List;

/**
 * An operator described in a scenario (Podium's own kind {@code podium.dev/v1 Operator}): a controller that watches
 * the custom objects of {@code watchKind} and, for each, creates a StatefulSet-like set of pods named
 * {@code <object>-0}, {@code <object>-1} … (one at a time, each after the one before is Ready; their count read from
 * the object's field at {@code replicasPath}), optionally a Service selecting them and a Secret holding
 * {@code secretKeys}, every one with a controller owner reference to the object. It writes the Ready condition,
 * adds {@code finalizer} on the first reconcile and removes it after {@code cleanupNanos} of clean-up once the object
 * is being deleted. The first {@code failFirst} reconciles fail with {@code failMessage} (so the workqueue's back-off
 * shows); once Ready it asks to be requeued after {@code requeueAfterNanos} (0: never).
 *
 * @param servicePort the Service's port, 0 for no Service
 * @param secretKeys the Secret's data keys, empty for no Secret
 * @param finalizer "" for none
 */
public record OperatorManifest(ObjectMeta meta, String watchApiVersion, String watchKind, int workers,
        String replicasPath, PodTemplate template, int servicePort, List<String> secretKeys, String finalizer,
        long cleanupNanos, int failFirst, String failMessage, long requeueAfterNanos) implements KubeManifest {
    public OperatorManifest {
        secretKeys = List.copyOf(secretKeys);
    }

    @Override
    public String kind() {
        return "Operator";
    }
}
