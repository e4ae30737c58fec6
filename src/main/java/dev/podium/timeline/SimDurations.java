package dev.podium.timeline;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Simulated durations (long nanoseconds) as text: the one place that knows the units and how to round, so
 * scenario messages, the CLI, narration and every world's view write time alike. Four notations, each for a
 * purpose:
 * <ul>
 *   <li><b>Scenario syntax</b>, what scenario files and the CLI read, no spaces: {@link #exact} ({@code 250ms},
 *       {@code 1.5s}, {@code 90s}, {@code 2m}; it parses back to the same nanoseconds) and {@link #rounded} (the
 *       same after rounding to about four significant figures, for summaries).</li>
 *   <li><b>kubectl's</b>, for the Kubernetes world's tables and sentences: {@link #age} ({@code 45s},
 *       {@code 3m12s}, {@code 2h5m}) and {@link #brief} ({@code 250µs}, {@code 800ms}, {@code 1.5s}, then an
 *       age).</li>
 *   <li><b>Readable</b>, for sentences and labels: {@link #readable} ({@code 800 ms}, {@code 2.4 s},
 *       {@code 3.5 min}) with trailing zeros dropped; its parts ({@link #readableUnit}, {@link #readableNumber})
 *       for sentences that translate the unit; and time-axis ticks ({@link #axisStep}, {@link #axisLabel}).</li>
 *   <li><b>Readouts</b> that change while the playhead moves: {@link #readout} keeps one unit, chosen from a scale
 *       such as the run's length, and three significant digits with zeros kept, so the label does not jitter
 *       ({@code 3.20 ms}, {@code 42.1 s}, {@code 3 min 05 s}).</li>
 * </ul>
 * Negative durations keep their minus sign, except in kubectl's notation, which reads them as zero. Numbers never
 * group digits and always use a point, whatever the locale. Stateless; any thread.
 */
public final class SimDurations {
    private static final long MICRO = 1_000L;
    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    /** A unit of simulated time, smallest first. */
    public enum Unit {
        NS(1L, "ns", "ns"), US(MICRO, "µs", "us"), MS(MILLI, "ms", "ms"), S(SECOND, "s", "s"),
        MIN(MINUTE, "min", "m"), H(HOUR, "h", "h");

        private final long nanos;
        private final String symbol;
        private final String code;

        Unit(long nanos, String symbol, String code) {
            this.nanos = nanos;
            this.symbol = symbol;
            this.code = code;
        }

        /** Its length in nanoseconds. */
        public long nanos() {
            return nanos;
        }

        /** Its symbol for people: {@code µs}, {@code min}. */
        public String symbol() {
            return symbol;
        }

        /** Its symbol in scenario syntax: {@code us}, {@code m}. */
        public String code() {
            return code;
        }

        /** A resource-bundle key suffix: {@code us}, {@code min}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Axis steps: 1-2-5 up to five seconds, then steps that fit clocks, up to a day. */
    private static final long[] AXIS_STEPS = axisSteps();

    private SimDurations() {
    }

    // ------------------------------------------------------------------ scenario syntax

    /**
     * The shortest scenario text that reads back as exactly {@code nanos}: {@code 2m}, {@code 1.5s}, {@code 250ns},
     * {@code 90s}, {@code 1h2m3.5s}; zero is {@code 0s}. A negative value gets a leading minus sign (for display;
     * scenario files refuse it).
     */
    public static String exact(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < 0) {
            return "-" + exactPositive(BigInteger.valueOf(nanos).negate());
        }
        return exactPositive(BigInteger.valueOf(nanos));
    }

    /**
     * {@link #exact} after rounding to three or four significant figures: to 0.1 s from a minute, to 1 ms from a
     * second, to 1 µs from a millisecond ({@code 1.235s}, {@code 90.1s}, {@code 2m}).
     */
    public static String rounded(long nanos) {
        long step;
        if (nanos >= MINUTE) {
            step = 100 * MILLI;
        } else if (nanos >= SECOND) {
            step = MILLI;
        } else if (nanos >= MILLI) {
            step = MICRO;
        } else {
            step = 1L;
        }
        return exact(Math.round((double) nanos / step) * step);
    }

    // ------------------------------------------------------------------ kubectl's notation

    /** kubectl's AGE, in whole seconds cut down: {@code 0s}, {@code 45s}, {@code 3m12s}, {@code 2h5m}. */
    public static String age(long nanos) {
        long s = Math.max(0, nanos / SECOND);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + (s % 60 == 0 ? "" : s % 60 + "s");
        }
        return s / 3600 + "h" + (s % 3600 / 60 == 0 ? "" : s % 3600 / 60 + "m");
    }

    /**
     * A short duration the kubectl way: whole microseconds or milliseconds cut down ({@code 250µs},
     * {@code 800ms}), seconds to a tenth ({@code 1.5s}, {@code 12s}), then an {@link #age} ({@code 2m}).
     */
    public static String brief(long nanos) {
        if (nanos <= 0) {
            return "0s"; // as Go's time.Duration prints zero: "0µs ago" reads as a measurement
        }
        if (nanos < MILLI) {
            return nanos / MICRO + "µs";
        }
        if (nanos < SECOND) {
            return nanos / MILLI + "ms";
        }
        if (nanos < MINUTE) {
            long tenths = Math.round(nanos / (SECOND / 10.0));
            return tenths % 10 == 0 ? tenths / 10 + "s" : tenths / 10 + "." + tenths % 10 + "s";
        }
        return age(nanos);
    }

    // ------------------------------------------------------------------ readable

    /** {@code 800 ms}, {@code 2.4 s}, {@code 95 s}, {@code 3.5 min}: one decimal below ten, none above. */
    public static String readable(long nanos) {
        Unit unit = readableUnit(nanos);
        return readableNumber(nanos, unit) + " " + unit.symbol();
    }

    /** The unit {@link #readable} picks: seconds from one second up to two minutes, minutes up to two hours. */
    public static Unit readableUnit(long nanos) {
        long n = Math.abs(nanos);
        if (n >= 2 * HOUR) {
            return Unit.H;
        } else if (n >= 2 * MINUTE) {
            return Unit.MIN;
        } else if (n >= SECOND) {
            return Unit.S;
        } else if (n >= MILLI) {
            return Unit.MS;
        }
        return n >= MICRO ? Unit.US : Unit.NS;
    }

    /** The number part of {@link #readable} in {@code unit}, without the symbol: {@code 2.4}, {@code 12}. */
    public static String readableNumber(long nanos, Unit unit) {
        double v = (double) nanos / unit.nanos();
        return decimal(v, Math.abs(v) < 9.95 ? 1 : 0);
    }

    /**
     * {@code value} rounded half-up to at most {@code maxDecimals}, trailing zeros dropped ({@code 3}, not
     * {@code 3.0}): the number rule of the readable notation, for figures shown beside it, such as rates.
     */
    public static String decimal(double value, int maxDecimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0, RoundingMode.UNNECESSARY);
        }
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** The smallest "nice" tick step that splits {@code rangeNanos} into at most {@code maxTicks} parts. */
    public static long axisStep(long rangeNanos, int maxTicks) {
        long wanted = Math.max(1, rangeNanos / Math.max(1, maxTicks));
        for (long step : AXIS_STEPS) {
            if (step >= wanted) {
                return step;
            }
        }
        long day = 24 * HOUR;
        return ((wanted + day - 1) / day) * day;
    }

    /**
     * A tick label in the unit that suits {@code stepNanos}: {@code 30 s}, {@code 2 min}, {@code 1.5 s} (a 500 ms
     * step reads better in seconds; a 30 s step does not read better in minutes).
     */
    public static String axisLabel(long tNanos, long stepNanos) {
        Unit unit = Unit.NS;
        for (Unit u : Unit.values()) {
            boolean decimal = u.ordinal() <= Unit.S.ordinal();
            if (decimal ? 2 * stepNanos >= u.nanos() : stepNanos >= u.nanos()) {
                unit = u;
            }
        }
        return decimal((double) tNanos / unit.nanos(), 3) + " " + unit.symbol();
    }

    // ------------------------------------------------------------------ readouts

    /** {@code nanos} as a readout in the unit that suits its own size. */
    public static String readout(long nanos) {
        return readout(nanos, readoutUnit(nanos));
    }

    /** {@code nanos} as a readout in the unit that suits {@code scaleNanos} (for example the run's length). */
    public static String readout(long nanos, long scaleNanos) {
        return readout(nanos, readoutUnit(scaleNanos));
    }

    /** The readout unit for times up to {@code scaleNanos}: never hours, a readout keeps counting minutes. */
    public static Unit readoutUnit(long scaleNanos) {
        long s = Math.abs(scaleNanos);
        if (s < MICRO) {
            return Unit.NS;
        } else if (s < MILLI) {
            return Unit.US;
        } else if (s < SECOND) {
            return Unit.MS;
        } else if (s < MINUTE) {
            return Unit.S;
        }
        return Unit.MIN;
    }

    /**
     * {@code nanos} in {@code unit} with three significant digits, zeros kept: {@code 0.25 ms}, {@code 42.1 s},
     * {@code 250 ns}; minutes (and hours) read as minutes and seconds, {@code 3 min 05 s}.
     */
    public static String readout(long nanos, Unit unit) {
        String sign = nanos < 0 ? "-" : "";
        long abs = Math.abs(nanos);
        switch (unit) {
            case NS:
                return sign + abs + " ns";
            case MIN:
            case H:
                long seconds = Math.round(abs / (double) SECOND);
                return String.format(Locale.ROOT, "%s%d min %02d s", sign, seconds / 60, seconds % 60);
            default:
                return sign + threeDigits(abs / (double) unit.nanos()) + " " + unit.symbol();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String exactPositive(BigInteger nanos) {
        String best = null;
        Unit[] units = Unit.values();
        for (int u = units.length - 1; u >= 0; u--) {
            try {
                BigDecimal value = new BigDecimal(nanos).divide(BigDecimal.valueOf(units[u].nanos()));
                String candidate = value.stripTrailingZeros().toPlainString() + units[u].code();
                if (best == null || candidate.length() < best.length()) {
                    best = candidate;
                }
            } catch (ArithmeticException notExact) {
                // a third of a minute has no finite decimal form in minutes; other units remain
            }
        }
        String compound = compound(nanos);
        return compound.length() < best.length() ? compound : best;
    }

    /** Hours, minutes and (possibly fractional) seconds, each only when not zero: {@code 1h2m3.5s}. */
    private static String compound(BigInteger nanos) {
        BigInteger[] hours = nanos.divideAndRemainder(BigInteger.valueOf(HOUR));
        BigInteger[] minutes = hours[1].divideAndRemainder(BigInteger.valueOf(MINUTE));
        StringBuilder text = new StringBuilder();
        if (hours[0].signum() > 0) {
            text.append(hours[0]).append('h');
        }
        if (minutes[0].signum() > 0) {
            text.append(minutes[0]).append('m');
        }
        if (minutes[1].signum() > 0) {
            text.append(new BigDecimal(minutes[1], 9).stripTrailingZeros().toPlainString()).append('s');
        }
        return text.toString();
    }

    private static String threeDigits(double value) {
        if (value < 9.995) {
            return String.format(Locale.ROOT, "%.2f", value);
        } else if (value < 99.95) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static long[] axisSteps() {
        long[] clock = {10 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE,
            15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR};
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
