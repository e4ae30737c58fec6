package dev.podium.world.gc;

/**
 * Even a Full GC left too little free heap for a request's allocation: the request fails with an
 * {@code OutOfMemoryError} (and the service goes on with the next).
 */
public record OutOfMemoryErrorThrown(long timeNanos, long requestedBytes, long liveBytes) implements GcEvent {
}
