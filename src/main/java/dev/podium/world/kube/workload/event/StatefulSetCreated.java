package dev.podium.world.kube.workload.event;

/** A StatefulSet was created; {@code podManagementPolicy} is OrderedReady or Parallel. */
public record StatefulSetCreated(long timeNanos, String statefulSet, int replicas, String podManagementPolicy,
        String image) implements WorkloadEvent {
}
