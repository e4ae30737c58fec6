package dev.podium.world.goruntime.event;

/**
 * A goroutine parked at the tail of the channel's sendq ({@code send}, carrying {@code value}) or recvq; {@code
 * caseIndex} is its select case, or -1.
 */
public record ChanParked(long timeNanos, long ch, long g, boolean send, String value,
        int caseIndex) implements GoEvent {
}
