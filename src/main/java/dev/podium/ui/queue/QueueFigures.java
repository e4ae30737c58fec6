package dev.podium.ui.queue;

import dev.podium.timeline.SimDurations;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The queue's figures beside its durations: arrival and service rates in a unit that suits the queue ("0.9 per
 * s", "50 per ms") and the utilisation ρ. Durations themselves come from {@link SimDurations}. Toolkit-free and
 * stateless; any thread.
 */
final class QueueFigures {

    private QueueFigures() {
    }

    /**
     * The unit to count rates in for a queue whose mean service time is {@code meanServiceNanos}: the smallest
     * unit at least a tenth of it, so rates read like "0.9 per s" or "50 per ms".
     */
    static SimDurations.Unit rateUnit(long meanServiceNanos) {
        for (SimDurations.Unit u : SimDurations.Unit.values()) {
            if (u.nanos() * 10 >= meanServiceNanos) {
                return u;
            }
        }
        return SimDurations.Unit.H;
    }

    /** Events per {@code unit} for a mean gap of {@code meanNanos}, to two decimals below 1. */
    static String rate(long meanNanos, SimDurations.Unit unit) {
        if (meanNanos <= 0) {
            return "0";
        }
        double r = (double) unit.nanos() / meanNanos;
        return SimDurations.decimal(r, r < 1 ? 2 : r < 10 ? 1 : 0);
    }

    /** ρ with two decimals, from per mille: 900 → "0.90". */
    static String rho(long perMille) {
        return BigDecimal.valueOf(perMille, 3).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
