package dev.podium.world.kube.custom.event;

/**
 * What a custom object's one-line summary says changed; live mode writes a watched workload's counts this way
 * ({@code ready=2/3} for a StatefulSet or DaemonSet, {@code succeeded=1/5 active=2 failed=0} for a Job).
 */
public record CustomObjectSummaryChanged(long timeNanos, String kind, String object, String summary)
        implements CustomEvent {
}
