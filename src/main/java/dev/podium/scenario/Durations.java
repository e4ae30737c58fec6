package dev.podium.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Durations as text, for scenario files: {@code 250ms}, {@code 1.5s}, {@code 1m30s}, {@code 10m}.
 *
 * <p>A duration is one or more terms, each a decimal number followed by a unit: {@code ns}, {@code us}
 * (also {@code µs}), {@code ms}, {@code s}, {@code m} (minutes), {@code h}. Terms add up, so
 * {@code 1m30s} is 90 seconds. The result must be a whole number of nanoseconds that fits a {@code long}.
 * A missing unit (even for {@code 0}), a sign, spaces between terms or an unknown unit are errors. Stateless
 * and thread-safe.
 */
public final class Durations {

    private static final String EXPECTED = "expected a number with a unit (ns, us, ms, s, m or h), "
            + "for example 250ms, 1.5s or 1m30s";

    /** Units from largest to smallest, with their size in nanoseconds. */
    private static final String[] UNITS = {"h", "m", "s", "ms", "us", "ns"};
    private static final long[] UNIT_NANOS = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L,
        1_000L, 1L};

    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Durations() {
    }

    /**
     * The number of nanoseconds {@code text} stands for.
     *
     * @throws IllegalArgumentException if the text is not a duration; the message quotes the text and says
     *     what was expected
     */
    public static long parseNanos(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty duration; " + EXPECTED);
        }
        String s = text.strip();
        if (s.startsWith("-")) {
            throw new IllegalArgumentException("'" + s + "' is negative; durations must be zero or more");
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int numberStart = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(numberStart, i);
            if (!number.matches("[0-9]{1,30}(\\.[0-9]{1,30})?")) {
                throw new IllegalArgumentException("'" + s + "' is not a duration; " + EXPECTED);
            }
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) {
                throw new IllegalArgumentException("'" + s + "' has no unit after " + number + "; " + EXPECTED);
            }
            total = total.add(new BigDecimal(number).multiply(BigDecimal.valueOf(unitNanos(unit, s))));
            if (total.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("'" + s + "' is too long; the longest duration is about 292 years");
            }
        }
        if (total.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + s + "' is not a whole number of nanoseconds");
        }
        return total.longValueExact();
    }

    /**
     * The shortest text that {@link #parseNanos(String)} reads back as exactly {@code nanos}: for example
     * {@code 2m}, {@code 1.5s}, {@code 250ns}, {@code 90s}; zero is {@code 0s}. A negative value gets a
     * leading minus sign (for display; it does not parse back).
     */
    public static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        if (nanos < 0) {
            return "-" + formatPositive(BigInteger.valueOf(nanos).negate());
        }
        return formatPositive(BigInteger.valueOf(nanos));
    }

    private static String formatPositive(BigInteger nanos) {
        List<String> candidates = new ArrayList<>();
        for (int u = 0; u < UNITS.length; u++) {
            try {
                BigDecimal value = new BigDecimal(nanos).divide(BigDecimal.valueOf(UNIT_NANOS[u]));
                candidates.add(value.stripTrailingZeros().toPlainString() + UNITS[u]);
            } catch (ArithmeticException notExact) {
                // a third of a minute has no finite decimal form in minutes; other candidates remain
            }
        }
        candidates.add(compound(nanos));
        String best = candidates.get(0);
        for (String candidate : candidates) {
            if (candidate.length() < best.length()) {
                best = candidate;
            }
        }
        return best;
    }

    /** Hours, minutes and (possibly fractional) seconds, each only when not zero: {@code 1h2m3.5s}. */
    private static String compound(BigInteger nanos) {
        BigInteger[] hours = nanos.divideAndRemainder(BigInteger.valueOf(UNIT_NANOS[0]));
        BigInteger[] minutes = hours[1].divideAndRemainder(BigInteger.valueOf(UNIT_NANOS[1]));
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

    private static long unitNanos(String unit, String whole) {
        String normalized = unit.replace('µ', 'u').replace('μ', 'u');
        for (int u = 0; u < UNITS.length; u++) {
            if (UNITS[u].equals(normalized)) {
                return UNIT_NANOS[u];
            }
        }
        throw new IllegalArgumentException("'" + whole + "' has an unknown unit '" + unit + "'; " + EXPECTED);
    }

    /** A duration rounded to three or four significant figures, in the scenario format's units. */
    public static String readable(long nanos) {
        long step;
        if (nanos >= 60_000_000_000L) {
            step = 100_000_000L; // 0.1 s
        } else if (nanos >= 1_000_000_000L) {
            step = 1_000_000L; // 1 ms
        } else if (nanos >= 1_000_000L) {
            step = 1_000L; // 1 µs
        } else {
            step = 1L;
        }
        return format(Math.round((double) nanos / step) * step);
    }
}
