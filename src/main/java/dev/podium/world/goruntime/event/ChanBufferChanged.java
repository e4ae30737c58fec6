package dev.podium.world.goruntime.event;

/**
 * A buffered channel's ring changed: {@code slot} now holds {@code value} (shown as fmt prints it; empty when the slot
 * was emptied by a receive), with the channel's counters after the change.
 */
public record ChanBufferChanged(long timeNanos, long ch, int slot, String value, int qcount, int sendx,
        int recvx) implements GoEvent {
}
