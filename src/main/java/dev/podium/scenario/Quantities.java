package dev.podium.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ({@code 500m}, {@code 0.5}, {@code 128Mi}, {@code 1G}, {@code 1e3}) as whole
 * numbers: CPU in millicores, memory (and counts such as pods) in units.
 *
 * <p>The grammar is the API's: an optionally signed decimal number followed by at most one suffix, binary
 * ({@code Ki Mi Gi Ti Pi Ei}, powers of 1024), decimal ({@code n u m k M G T P E}, powers of 1000) or a
 * decimal exponent ({@code e3}, {@code E-2}). Like {@code Quantity.MilliValue()} and {@code Value()}, results
 * are rounded up. Negative quantities are refused (resources are never negative), as are values past
 * {@code Long.MAX_VALUE} and exponents beyond ±{@value #MAX_EXPONENT}, so that no input makes the arithmetic
 * slow. Stateless.
 */
public final class Quantities {

    /** The largest decimal exponent accepted, far beyond any real resource amount. */
    static final int MAX_EXPONENT = 30;

    private static final Pattern QUANTITY = Pattern.compile(
            "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
            Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
            Map.entry("Ei", BigDecimal.valueOf(1L << 60)),
            Map.entry("n", BigDecimal.ONE.scaleByPowerOfTen(-9)),
            Map.entry("u", BigDecimal.ONE.scaleByPowerOfTen(-6)),
            Map.entry("m", BigDecimal.ONE.scaleByPowerOfTen(-3)),
            Map.entry("k", BigDecimal.ONE.scaleByPowerOfTen(3)),
            Map.entry("M", BigDecimal.ONE.scaleByPowerOfTen(6)),
            Map.entry("G", BigDecimal.ONE.scaleByPowerOfTen(9)),
            Map.entry("T", BigDecimal.ONE.scaleByPowerOfTen(12)),
            Map.entry("P", BigDecimal.ONE.scaleByPowerOfTen(15)),
            Map.entry("E", BigDecimal.ONE.scaleByPowerOfTen(18)));
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Quantities() {
    }

    /** CPU in millicores: {@code 500m} is 500, {@code 0.5} is 500, {@code 2} is 2000. */
    public static long milliCpu(String text) {
        return rounded(text, parse(text).scaleByPowerOfTen(3));
    }

    /** An amount in whole units: {@code 128Mi} is 134217728 bytes, {@code 1G} is 10^9, {@code 110} is 110. */
    public static long units(String text) {
        return rounded(text, parse(text));
    }

    /** The exact value of {@code text}; throws IllegalArgumentException with a message for a person. */
    public static BigDecimal parse(String text) {
        String written = text == null ? "" : text.strip();
        Matcher m = QUANTITY.matcher(written);
        if (written.length() > 64 || !m.matches()) {
            throw new IllegalArgumentException("'" + shorten(written) + "' is not a quantity; expected a number "
                    + "with an optional suffix such as 500m, 0.5, 128Mi, 1Gi, 500M or 1e3");
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String suffix = m.group(2) == null ? "" : m.group(2);
        BigDecimal value;
        if (!SUFFIXES.containsKey(suffix)) {
            int exponent = exponent(written, suffix.substring(1));
            value = number.scaleByPowerOfTen(exponent);
        } else {
            value = number.multiply(SUFFIXES.get(suffix));
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("'" + written + "' is negative; a quantity must be 0 or more");
        }
        return value;
    }

    private static int exponent(String written, String digits) {
        try {
            int exponent = Integer.parseInt(digits);
            if (Math.abs(exponent) <= MAX_EXPONENT) {
                return exponent;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + written + "' has an exponent out of range; expected at most e"
                + MAX_EXPONENT);
    }

    private static long rounded(String text, BigDecimal value) {
        if (value.compareTo(LONG_MAX) > 0) {
            throw new IllegalArgumentException("'" + text.strip() + "' is too large");
        }
        return value.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
