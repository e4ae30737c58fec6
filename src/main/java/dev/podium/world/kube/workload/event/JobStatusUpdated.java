package dev.podium.world.kube.workload.event;

/** The Job controller wrote new counts: pods running, pods that succeeded, failures counted against backoffLimit. */
public record JobStatusUpdated(long timeNanos, String job, int active, int succeeded, int failed)
        implements WorkloadEvent {
}
