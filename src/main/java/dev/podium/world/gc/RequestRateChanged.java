package dev.podium.world.gc;

/** The open-loop arrival rate changed; {@code meanInterarrivalNanos} is 1 / rate. */
public record RequestRateChanged(long timeNanos, long meanInterarrivalNanos) implements GcEvent {
}
