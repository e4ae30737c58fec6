package dev.podium.ui.shell;

import java.util.function.BooleanSupplier;

/**
 * When work kept off the start path may begin, asked once a pulse: from the second pulse (the one after the first
 * painted frame), and not while the window is {@code busy} (a live session's initial sync, which wants the FX thread
 * and both cores), unless it has been busy for {@link #MAX_HOLD_NANOS} since this gate first held (a cluster that
 * never settles does not keep the gallery empty for good). Single-threaded; times are wall nanoseconds.
 */
final class StartGate {
    /** The longest the gate waits for the window to stop being busy. */
    static final long MAX_HOLD_NANOS = 20_000_000_000L;

    private final BooleanSupplier busy;
    private int pulses;
    private long heldSince = -1;

    StartGate(BooleanSupplier busy) {
        this.busy = busy;
    }

    /** True if the first frame has been painted (this is at least the second pulse). */
    boolean pastFirstFrame() {
        return pulses >= 2;
    }

    /** Counts a pulse at {@code nowNanos}; true if the deferred work may begin now. */
    boolean pulse(long nowNanos) {
        if (++pulses < 2) {
            return false;
        }
        if (!busy.getAsBoolean()) {
            return true;
        }
        if (heldSince < 0) {
            heldSince = nowNanos;
        }
        return nowNanos - heldSince >= MAX_HOLD_NANOS;
    }
}
