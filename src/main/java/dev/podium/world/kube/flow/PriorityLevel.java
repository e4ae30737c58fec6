package dev.podium.world.kube.flow;

import java.util.List;

/**
 * A PriorityLevelConfiguration of type Limited with queuing: its nominal concurrency {@code shares}, {@code queues}
 * and {@code handSize} (shuffle sharding). {@link #SUGGESTED} are the API server's suggested levels (apiserver
 * {@code flowcontrol/bootstrap/default.go}) plus the mandatory catch-all, which has no queues (it rejects at once).
 */
public record PriorityLevel(String name, int shares, int queues, int handSize) {
    public static final List<PriorityLevel> SUGGESTED = List.of(
            new PriorityLevel("system", 30, 64, 6),
            new PriorityLevel("node-high", 40, 64, 6),
            new PriorityLevel("leader-election", 10, 16, 4),
            new PriorityLevel("workload-high", 40, 128, 6),
            new PriorityLevel("workload-low", 100, 128, 6),
            new PriorityLevel("global-default", 20, 128, 6),
            new PriorityLevel("catch-all", 5, 0, 0));

    /** The suggested level called {@code name}, or null. */
    public static PriorityLevel named(String name) {
        return SUGGESTED.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
    }

    /** The seats of this level out of {@code totalSeats}: ceil(total × shares / Σ shares), as the API server does. */
    public int seats(int totalSeats) {
        int sum = SUGGESTED.stream().mapToInt(PriorityLevel::shares).sum();
        return (int) Math.ceil((double) totalSeats * shares / sum);
    }
}
