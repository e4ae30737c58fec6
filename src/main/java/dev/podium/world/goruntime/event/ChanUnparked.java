package dev.podium.world.goruntime.event;

/**
 * A goroutine's sudog left the channel's sendq or recvq (dequeued by a peer or close, or removed after another case of
 * its select won).
 */
public record ChanUnparked(long timeNanos, long ch, long g, boolean send) implements GoEvent {
}
