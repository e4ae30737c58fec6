package dev.podium.ui.common;

import java.util.Locale;

/**
 * Formats simulated time (long nanoseconds) for people: {@code 250 ns}, {@code 12.5 µs},
 * {@code 3.20 ms}, {@code 42.1 s}, {@code 3 min 05 s}. The unit is chosen from a scale (usually the
 * run's duration) so a label keeps one unit while the playhead moves; numbers keep three significant
 * digits. Pure and thread-safe.
 */
public final class SimTimeFormat {
    private static final long MICRO = 1_000L;
    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    /** A display unit of simulated time. */
    public enum Unit {
        NS("ns", 1), US("µs", MICRO), MS("ms", MILLI), S("s", SECOND), MIN("min", MINUTE);

        private final String symbol;
        private final long nanos;

        Unit(String symbol, long nanos) {
            this.symbol = symbol;
            this.nanos = nanos;
        }

        public String symbol() {
            return symbol;
        }

        public long nanos() {
            return nanos;
        }

        /** The unit that suits times up to {@code scaleNanos}. */
        public static Unit forScale(long scaleNanos) {
            long s = Math.abs(scaleNanos);
            if (s < MICRO) {
                return NS;
            } else if (s < MILLI) {
                return US;
            } else if (s < SECOND) {
                return MS;
            } else if (s < MINUTE) {
                return S;
            }
            return MIN;
        }
    }

    private SimTimeFormat() {
    }

    /** {@code nanos} in the unit that suits its own size. */
    public static String format(long nanos) {
        return format(nanos, Unit.forScale(nanos));
    }

    /** {@code nanos} in the unit that suits {@code scaleNanos} (for example the run's duration). */
    public static String format(long nanos, long scaleNanos) {
        return format(nanos, Unit.forScale(scaleNanos));
    }

    /** {@code nanos} in {@code unit}. */
    public static String format(long nanos, Unit unit) {
        String sign = nanos < 0 ? "-" : "";
        long abs = Math.abs(nanos);
        switch (unit) {
            case NS:
                return sign + abs + " ns";
            case MIN:
                long seconds = Math.round(abs / (double) SECOND);
                return String.format(Locale.ROOT, "%s%d min %02d s", sign, seconds / 60, seconds % 60);
            default:
                double value = abs / (double) unit.nanos();
                return sign + threeDigits(value) + " " + unit.symbol();
        }
    }

    private static String threeDigits(double value) {
        if (value < 9.995) {
            return String.format(Locale.ROOT, "%.2f", value);
        } else if (value < 99.95) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
