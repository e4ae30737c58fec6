package dev.podium.world.goruntime.event;

/** A context was cancelled (directly, or as a descendant of one), with its Err and cause (empty: Cause is Err). */
public record ContextCanceled(long timeNanos, long ctx, ContextErr err, String cause) implements GoEvent {
}
