package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.Context;
import dev.podium.world.goruntime.rt.Mutex;

/** Small native values of the standard library that are not runtime handles. */
final class Natives {
    private Natives() {
    }

    /** {@code sync.Once}: Go's own design, a mutex and a done flag. */
    static final class Once {
        final Mutex m = new Mutex();
        boolean done;
    }

    /** {@code strings.Builder}: bytes as a byte-per-char string. */
    static final class Builder {
        final StringBuilder sb = new StringBuilder();
    }

    /** {@code time.Time} on simulated time: nanoseconds since the program started ({@code zero} for Time{}). */
    record Time(long ns, boolean zero) {
        static final Time ZERO = new Time(0, true);
    }

    /** A {@code context.Context}: Background/TODO have a null {@code ctx}. */
    record Ctx(Context ctx, String name) {
    }
}
