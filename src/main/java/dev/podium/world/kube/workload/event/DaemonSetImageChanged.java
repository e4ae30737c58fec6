package dev.podium.world.kube.workload.event;

/** A DaemonSet's template got a new image (kubectl set image): template generation {@code generation} begins. */
public record DaemonSetImageChanged(long timeNanos, String daemonSet, String image, long generation)
        implements WorkloadEvent {
}
