package dev.podium.world.goruntime.event;

/**
 * P {@code toP} stole {@code count} goroutines from the head of P {@code fromP}'s local ring (or, with {@code runnext},
 * its runnext slot), appending them to its own ring in order; the one it runs then leaves it (GoroutineStateChanged).
 */
public record GoroutinesStolen(long timeNanos, int fromP, int toP, int count, boolean runnext) implements GoEvent {
}
