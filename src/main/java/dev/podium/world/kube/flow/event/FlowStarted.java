package dev.podium.world.kube.flow.event;

import java.util.List;

/**
 * The API clients and the server's priority levels of a run. {@code clients} are the clients' names; for each,
 * {@code limits} says {@code "qps 5, burst 10"}, {@code clientLevels} the priority level its requests land in and
 * {@code requests} what each of its workers asks ({@code GET:/api/v1/pods}). {@code levels} are the API server's
 * priority levels with their {@code seats} (concurrency limit) out of {@code totalSeats}, and
 * {@code queueLengthLimit} per queue.
 */
public record FlowStarted(long timeNanos, List<String> clients, List<String> limits, List<String> clientLevels,
        List<String> requests, List<String> levels, List<String> seats, int totalSeats, int queueLengthLimit)
        implements FlowEvent {
}
