package dev.podium.world.kube.workload.event;

/** A Job got its final condition: Complete ({@code complete}), or Failed with reason BackoffLimitExceeded. */
public record JobFinished(long timeNanos, String job, boolean complete, String condition, String reason, int succeeded,
        int failed)
        implements WorkloadEvent {
}
