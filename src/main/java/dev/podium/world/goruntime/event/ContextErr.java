package dev.podium.world.goruntime.event;

/** {@code ctx.Err()} of a cancelled context: {@code context.Canceled} or {@code context.DeadlineExceeded}. */
public enum ContextErr {
    CANCELED, DEADLINE_EXCEEDED;

    /** The error's text, as Go prints it. */
    public String goText() {
        return this == CANCELED ? "context canceled" : "context deadline exceeded";
    }
}
