package dev.podium.world.goruntime.event;

/**
 * A context was derived from {@code parent} (0: Background); {@code deadlineNanos} -1 for none; {@code doneChan} the
 * channel id of Done() (0: none).
 */
public record ContextCreated(long timeNanos, long ctx, long parent, ContextKind kind, long deadlineNanos,
        long doneChan) implements GoEvent {
}
