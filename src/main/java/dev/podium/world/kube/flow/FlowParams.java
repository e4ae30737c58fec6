package dev.podium.world.kube.flow;

import java.util.List;

/**
 * The client-side knobs of a run (scenario params of the kube world; see docs/kube-fidelity.md, "Client side"):
 * the API clients, the API server's total seats ({@code --max-requests-inflight} + {@code
 * --max-mutating-requests-inflight}, 400 + 200) split over the priority levels, the queue length limit (50), how
 * often totals are emitted, and leader election ({@code lease} null: none).
 */
public record FlowParams(List<ClientSpec> clients, int totalSeats, int queueLengthLimit, long windowNanos,
        LeaseSpec lease) {
    public static final long SECOND = 1_000_000_000L;

    public FlowParams {
        clients = List.copyOf(clients);
    }

    /** No clients, 600 seats, queues of 50, a window a second, no leader election. */
    public static FlowParams defaults() {
        return new FlowParams(List.of(), 600, 50, SECOND, null);
    }

    /** True if anything of the client side runs. */
    public boolean active() {
        return !clients.isEmpty() || lease != null;
    }
}
