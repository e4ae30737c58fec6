package dev.podium.world.goruntime.event;

/** A value went straight from sender {@code from} to receiver {@code to}, bypassing the buffer. */
public record ChanHandedOff(long timeNanos, long ch, long from, long to, String value) implements GoEvent {
}
