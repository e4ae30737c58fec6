package dev.podium.world.kube.event;

/**
 * The worker finished (Done). {@code observed} is the diff it saw ("desired 3 actual 2"), {@code action} what it did
 * as short codes ("createPods:1", "none"), {@code error} "" or e.g. "Conflict" (then the key is requeued).
 */
public record ReconcileFinished(long timeNanos, String controller, String key, int worker, long durationNanos,
        String observed, String action, String error) implements KubeEvent {
}
