package dev.podium.world.kube.flow.event;

/** An action set how many workers of {@code client} send requests (0 stops it). */
public record ClientWorkersChanged(long timeNanos, String client, int workers) implements FlowEvent {
}
