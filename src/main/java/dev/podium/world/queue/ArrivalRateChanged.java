package dev.podium.world.queue;

/** The mean time between arrivals changed (a scenario action or the user). */
public record ArrivalRateChanged(long timeNanos, long meanInterarrivalNanos) implements QueueEvent {
}
