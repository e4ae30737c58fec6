package dev.podium.world.goruntime.state;

import dev.podium.world.goruntime.event.ContextErr;
import dev.podium.world.goruntime.event.ContextKind;

/**
 * A node of the context tree: its parent (0: Background), kind, deadline (-1: none), done channel (0: none), and,
 * once cancelled, its error and cause.
 *
 * @param id the context's id
 * @param parent the parent's id, 0 for Background
 * @param kind how it was derived
 * @param deadlineNanos the deadline, -1 for none
 * @param doneChan the id of its Done() channel, 0 for none
 * @param err null until cancelled
 * @param cause the cause shown, "" for none
 * @param canceledAtNanos when it was cancelled, -1 if not
 */
public record ContextView(long id, long parent, ContextKind kind, long deadlineNanos, long doneChan, ContextErr err,
        String cause, long canceledAtNanos) {
}
