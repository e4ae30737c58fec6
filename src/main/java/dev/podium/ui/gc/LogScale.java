package dev.podium.ui.gc;

/**
 * A logarithmic duration axis in whole decades, from {@code loNanos} up to the first decade at or above the largest
 * value shown, so a 20 ms young pause and a 2 s Full GC are both readable on one axis. Pure.
 */
record LogScale(long loNanos, long hiNanos, double top, double height) {

    /** A scale from {@code loNanos} (a power of ten) to the decade that holds {@code maxNanos}, at least 10 × lo. */
    static LogScale upTo(long maxNanos, long loNanos, double top, double height) {
        long hi = loNanos * 10;
        while (hi < maxNanos && hi < Long.MAX_VALUE / 10) {
            hi *= 10;
        }
        return new LogScale(loNanos, hi, top, height);
    }

    /** The y of {@code nanos}, clamped into the axis. */
    double y(long nanos) {
        double v = Math.max(loNanos, Math.min(hiNanos, Math.max(1, nanos)));
        double f = (Math.log10(v) - Math.log10(loNanos)) / (Math.log10(hiNanos) - Math.log10(loNanos));
        return top + height * (1 - f);
    }

    double bottom() {
        return top + height;
    }

    /** The decades, lowest first. */
    long[] ticks() {
        int n = 0;
        for (long t = loNanos; t <= hiNanos; t *= 10) {
            n++;
        }
        long[] out = new long[n];
        long t = loNanos;
        for (int i = 0; i < n; i++, t *= 10) {
            out[i] = t;
        }
        return out;
    }
}
