package dev.podium.scenario.gc;

import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.SourceLocation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as the JVM writes them on its command line ({@code -Xmx4g}, {@code -XX:G1HeapRegionSize=2m}): a whole number
 * and an optional binary suffix, {@code k}, {@code m}, {@code g} or {@code t} in either case; no suffix means bytes.
 *
 * <p>The plug-in contract's {@code Arg} has no kind for sizes yet, so the GC world declares these parameters as text
 * and checks them here, reporting each problem at the value's place in the file ({@link Params#where}). Stateless.
 */
final class JvmSizes {
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,19})([kKmMgGtT]?)");

    private JvmSizes() {
    }

    /** {@code text} in bytes; throws IllegalArgumentException with a message for a person. */
    static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a size; expected a whole number with "
                    + "an optional k, m, g or t, as the JVM writes them (512m, 4g)");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        long number;
        try {
            number = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            number = Long.MAX_VALUE;
        }
        if (number > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("'" + text.strip() + "' is too large");
        }
        return number << shift;
    }

    /** {@code bytes} as the JVM would write it: the largest suffix that divides it exactly. */
    static String format(long bytes) {
        String[] suffixes = {"t", "g", "m", "k"};
        int[] shifts = {40, 30, 20, 10};
        for (int i = 0; i < shifts.length; i++) {
            if (bytes != 0 && bytes % (1L << shifts[i]) == 0) {
                return (bytes >> shifts[i]) + suffixes[i];
            }
        }
        return Long.toString(bytes);
    }

    /**
     * The size {@code name} in {@code params} within [min, max], or {@code def} when absent; a malformed or
     * out-of-range value is a problem at the value.
     */
    static long read(Params params, String name, long def, long min, long max) throws ScenarioException {
        if (!params.has(name)) {
            return def;
        }
        String text = params.text(name, "");
        long bytes;
        try {
            bytes = parse(text);
        } catch (IllegalArgumentException e) {
            throw problem(params, name, name + ": " + e.getMessage());
        }
        if (bytes < min || bytes > max) {
            throw problem(params, name, name + ": " + text.strip() + " is out of range; expected from "
                    + format(min) + " to " + format(max));
        }
        return bytes;
    }

    /** A problem located at the value of {@code name}. */
    static ScenarioException problem(Params params, String name, String message) {
        return new ScenarioException(new ScenarioProblem(where(params, name), message));
    }

    /** Where the value of {@code name} was written (the whole file for a value set in code). */
    static SourceLocation where(Params params, String name) {
        SourceLocation where = params.where(name);
        return where != null ? where : SourceLocation.wholeFile("<user>");
    }
}
