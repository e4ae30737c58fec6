package dev.podium.live.informer;

import java.util.Arrays;

/**
 * Wall time spent in our informer handlers, collected between two pipeline samples: how many callbacks ran, the
 * longest, and the median of the last {@link #KEPT} (the median is over those when more ran). Handlers of every
 * informer {@link #record} from fabric8's threads; the session {@link #takeInterval takes} and resets it when it
 * samples. Thread-safe; one short lock per callback.
 */
final class HandlerTimes {
    /** Durations kept per interval for the median. */
    static final int KEPT = 4096;

    /** One interval's figures: callbacks, median and longest wall time in nanoseconds (0 when none ran). */
    record Interval(long handled, long p50Nanos, long maxNanos) {
    }

    private final long[] kept = new long[KEPT];
    private long handled;
    private long maxNanos;

    synchronized void record(long nanos) {
        kept[(int) (handled % KEPT)] = nanos;
        handled++;
        maxNanos = Math.max(maxNanos, nanos);
    }

    /** Callbacks since the last {@link #takeInterval}. */
    synchronized long peekHandled() {
        return handled;
    }

    /** The figures since the last call, and a fresh interval. */
    synchronized Interval takeInterval() {
        int n = (int) Math.min(handled, KEPT);
        long p50 = 0;
        if (n > 0) {
            long[] sorted = Arrays.copyOf(kept, n);
            Arrays.sort(sorted);
            p50 = sorted[(n - 1) / 2];
        }
        Interval out = new Interval(handled, p50, maxNanos);
        handled = 0;
        maxNanos = 0;
        return out;
    }
}
