package dev.podium.ui.queue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formats simulated durations (nanoseconds) in the unit a person would pick: "800 ms", "2.4 s",
 * "3.5 min". Small and local to the queue view so it does not wait on the shell's formatter.
 * Toolkit-free and stateless; any thread.
 */
final class SimTimeFormat {

    /** The time units a view may show, smallest first. */
    enum Unit {
        NS(1L, "ns"), US(1_000L, "µs"), MS(1_000_000L, "ms"), S(1_000_000_000L, "s"),
        MIN(60_000_000_000L, "min"), H(3_600_000_000_000L, "h");

        final long nanos;
        final String symbol;

        Unit(long nanos, String symbol) {
            this.nanos = nanos;
            this.symbol = symbol;
        }

        /** Resource-bundle key suffix, e.g. {@code s} or {@code min}. */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Axis steps: 1-2-5 below ten seconds, then steps that fit clocks. */
    private static final long[] STEPS = axisSteps();

    private SimTimeFormat() {
    }

    /** The unit {@link #format} uses for {@code nanos}: seconds up to two minutes, minutes up to two hours. */
    static Unit unitFor(long nanos) {
        long n = Math.abs(nanos);
        if (n >= 2 * Unit.H.nanos) {
            return Unit.H;
        }
        if (n >= 2 * Unit.MIN.nanos) {
            return Unit.MIN;
        }
        if (n >= Unit.S.nanos) {
            return Unit.S;
        }
        if (n >= Unit.MS.nanos) {
            return Unit.MS;
        }
        return n >= Unit.US.nanos ? Unit.US : Unit.NS;
    }

    /** "2.4 s", "800 ms", "12 s": one decimal below ten, none above. */
    static String format(long nanos) {
        Unit unit = unitFor(nanos);
        return number(nanos, unit) + " " + unit.symbol;
    }

    /** The number part of {@link #format} in {@code unit}, without the symbol. */
    static String number(long nanos, Unit unit) {
        double v = (double) nanos / unit.nanos;
        int decimals = Math.abs(v) < 9.95 ? 1 : 0;
        return plain(v, decimals);
    }

    /** {@code value} rounded half-up to at most {@code decimals}, trailing zeros dropped ("3", not "3.0"). */
    static String plain(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0, RoundingMode.UNNECESSARY);
        }
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /**
     * The unit to count rates in for a queue whose mean service time is {@code meanServiceNanos}: the
     * smallest unit at least a tenth of it, so rates read like "0.9 per s" or "50 per ms".
     */
    static Unit rateUnit(long meanServiceNanos) {
        for (Unit u : Unit.values()) {
            if (u.nanos * 10 >= meanServiceNanos) {
                return u;
            }
        }
        return Unit.H;
    }

    /** Events per {@code unit} for a mean gap of {@code meanNanos}, to two decimals below 1. */
    static String rate(long meanNanos, Unit unit) {
        if (meanNanos <= 0) {
            return "0";
        }
        double r = (double) unit.nanos / meanNanos;
        return plain(r, r < 1 ? 2 : r < 10 ? 1 : 0);
    }

    /** ρ with two decimals, from per mille: 900 → "0.90". */
    static String rho(long perMille) {
        return BigDecimal.valueOf(perMille, 3).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The smallest "nice" tick step that splits {@code rangeNanos} into at most {@code maxTicks} parts. */
    static long axisStep(long rangeNanos, int maxTicks) {
        long wanted = Math.max(1, rangeNanos / Math.max(1, maxTicks));
        for (long step : STEPS) {
            if (step >= wanted) {
                return step;
            }
        }
        long day = 24 * Unit.H.nanos;
        return ((wanted + day - 1) / day) * day;
    }

    /**
     * A tick label in the unit that suits {@code stepNanos}: "30 s", "2 min", "1.5 s" (a 500 ms step
     * reads better in seconds; a 30 s step does not read better in minutes).
     */
    static String tick(long tNanos, long stepNanos) {
        Unit unit = Unit.NS;
        for (Unit u : Unit.values()) {
            boolean decimal = u.ordinal() <= Unit.S.ordinal();
            if (decimal ? 2 * stepNanos >= u.nanos : stepNanos >= u.nanos) {
                unit = u;
            }
        }
        return plain((double) tNanos / unit.nanos, 3) + " " + unit.symbol;
    }

    private static long[] axisSteps() {
        long[] clock = {10_000_000_000L, 15_000_000_000L, 30_000_000_000L, Unit.MIN.nanos, 2 * Unit.MIN.nanos,
            5 * Unit.MIN.nanos, 10 * Unit.MIN.nanos, 15 * Unit.MIN.nanos, 30 * Unit.MIN.nanos, Unit.H.nanos,
            2 * Unit.H.nanos, 3 * Unit.H.nanos, 6 * Unit.H.nanos, 12 * Unit.H.nanos, 24 * Unit.H.nanos};
        int decades = 10; // 1 ns up to 5 s in 1-2-5 steps
        long[] steps = new long[3 * decades + clock.length];
        long decade = 1;
        for (int k = 0; k < decades; k++) {
            steps[3 * k] = decade;
            steps[3 * k + 1] = 2 * decade;
            steps[3 * k + 2] = 5 * decade;
            decade *= 10;
        }
        System.arraycopy(clock, 0, steps, 3 * decades, clock.length);
        return steps;
    }
}
