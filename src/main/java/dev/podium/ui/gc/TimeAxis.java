package dev.podium.ui.gc;

import dev.podium.timeline.SimDurations;

/**
 * The time axis the pause timeline and the latency panel share: from 0 to a round time at or after the playhead (at
 * least {@code minSpanNanos}), so the playhead walks right and the axis rescales in steps, and both panels put a
 * moment at the same x. Pure.
 */
record TimeAxis(double left, double width, long xMaxNanos, long stepNanos) {

    static TimeAxis of(long nowNanos, long minSpanNanos, double left, double width) {
        long span = Math.max(Math.max(1, minSpanNanos), nowNanos);
        int maxTicks = Math.max(2, (int) (width / 110));
        long step = SimDurations.axisStep(span, maxTicks);
        long xMax = ((span + step - 1) / step) * step;
        return new TimeAxis(left, width, xMax, step);
    }

    double x(long tNanos) {
        return left + width * Math.max(0, tNanos) / (double) xMaxNanos;
    }

    /** The time at {@code x}, clamped to the axis. */
    long timeAt(double x) {
        double f = Math.max(0, Math.min(1, (x - left) / width));
        return (long) (f * xMaxNanos);
    }
}
