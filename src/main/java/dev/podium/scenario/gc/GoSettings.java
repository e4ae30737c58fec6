package dev.podium.scenario.gc;

import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.world.gc.GcParams;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go runtime's environment settings as Go spells them: {@code GOGC} (a percent, or {@code off}) and
 * {@code GOMEMLIMIT} (bytes with an optional {@code B}, {@code KiB}, {@code MiB}, {@code GiB} or {@code TiB},
 * runtime/debug's syntax, or {@code off}). Problems are reported at the value's place in the file. Stateless.
 */
final class GoSettings {
    private static final Pattern LIMIT = Pattern.compile("([0-9]{1,19})(B|KiB|MiB|GiB|TiB)?");

    private GoSettings() {
    }

    /** {@code GOGC}: 100 when absent; {@link GcParams#GOGC_OFF} for {@code off}. */
    static int gogc(Params p, String name) throws ScenarioException {
        if (!p.has(name)) {
            return 100;
        }
        String text = p.text(name, "").strip();
        if (text.toLowerCase(Locale.ROOT).equals("off")) {
            return GcParams.GOGC_OFF;
        }
        try {
            int v = Integer.parseInt(text);
            if (v >= 0 && v <= 100_000) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw JvmSizes.problem(p, name, name + ": '" + text + "' is not a percent; expected a whole number from 0 to "
                + "100000 or off, as the Go runtime reads it");
    }

    /** {@code GOMEMLIMIT}: none when absent or {@code off}. */
    static long memoryLimit(Params p, String name) throws ScenarioException {
        if (!p.has(name)) {
            return GcParams.NO_MEMORY_LIMIT;
        }
        String text = p.text(name, "").strip();
        if (text.equals("off")) {
            return GcParams.NO_MEMORY_LIMIT;
        }
        Matcher m = LIMIT.matcher(text);
        if (m.matches()) {
            int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
                case "KiB" -> 10;
                case "MiB" -> 20;
                case "GiB" -> 30;
                case "TiB" -> 40;
                default -> 0;
            };
            try {
                long n = Long.parseLong(m.group(1));
                if (n > 0 && n <= (Long.MAX_VALUE >> shift) - 1) {
                    return n << shift;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw JvmSizes.problem(p, name, name + ": '" + text + "' is not a memory limit; expected bytes with an optional "
                + "B, KiB, MiB, GiB or TiB (512MiB, 2GiB), or off");
    }
}
