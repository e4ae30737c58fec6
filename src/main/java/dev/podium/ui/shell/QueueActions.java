package dev.podium.ui.shell;

import dev.podium.scenario.TimedAction;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The queue world's actions a user can take from the Actions menu, as timed inputs at the playhead
 * (acting on the past forks the future). Pure.
 */
public final class QueueActions {
    /** The world these actions belong to. */
    public static final String WORLD = "queue";
    /** Customers in one burst. */
    public static final int BURST_SIZE = 10;
    private QueueActions() {
    }

    public static TimedAction arrivalRate(long atNanos, double arrivalsPerSecond) {
        if (!(arrivalsPerSecond > 0)) {
            throw new IllegalArgumentException("arrival rate must be positive: " + arrivalsPerSecond);
        }
        return action(atNanos, "setArrivalRate", "arrivalsPerSecond", plain(arrivalsPerSecond));
    }

    public static TimedAction servers(long atNanos, int servers) {
        if (servers < 1) {
            throw new IllegalArgumentException("at least one server: " + servers);
        }
        return action(atNanos, "setServers", "servers", Integer.toString(servers));
    }

    public static TimedAction burst(long atNanos) {
        return action(atNanos, "burst", "count", Integer.toString(BURST_SIZE));
    }

    /** A number as a scenario file would write it: no exponent, no trailing zeros. */
    static String plain(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.6f", value)).stripTrailingZeros()
                .toPlainString();
    }

    private static TimedAction action(long atNanos, String verb, String arg, String value) {
        return TimedAction.byUser(atNanos, verb, Map.of(arg, value));
    }
}
