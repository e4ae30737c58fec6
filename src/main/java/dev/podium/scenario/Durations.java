package dev.podium.scenario;

import dev.podium.timeline.SimDurations;
import java.math.BigDecimal;

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
     * leading minus sign (for display; it does not parse back). {@link SimDurations#exact} does the work.
     */
    public static String format(long nanos) {
        return SimDurations.exact(nanos);
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
        return SimDurations.rounded(nanos);
    }
}
