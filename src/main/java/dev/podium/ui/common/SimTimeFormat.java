package dev.podium.ui.common;

import dev.podium.timeline.SimDurations;

/**
 * Simulated time (long nanoseconds) as a readout for the shell's clock and narration times: {@code 250 ns},
 * {@code 12.5 µs}, {@code 3.20 ms}, {@code 42.1 s}, {@code 3 min 05 s}. The unit is chosen from a scale (usually the
 * run's duration) so a label keeps one unit while the playhead moves; numbers keep three significant digits. A thin
 * front to {@link SimDurations#readout}, kept for the shell's labels; new code calls {@link SimDurations}. Pure and
 * thread-safe.
 */
public final class SimTimeFormat {

    /** A readout unit of simulated time. */
    public enum Unit {
        NS(SimDurations.Unit.NS), US(SimDurations.Unit.US), MS(SimDurations.Unit.MS), S(SimDurations.Unit.S),
        MIN(SimDurations.Unit.MIN);

        private final SimDurations.Unit unit;

        Unit(SimDurations.Unit unit) {
            this.unit = unit;
        }

        public String symbol() {
            return unit.symbol();
        }

        public long nanos() {
            return unit.nanos();
        }

        /** The unit that suits times up to {@code scaleNanos}. */
        public static Unit forScale(long scaleNanos) {
            return valueOf(SimDurations.readoutUnit(scaleNanos).name());
        }
    }

    private SimTimeFormat() {
    }

    /** {@code nanos} in the unit that suits its own size. */
    public static String format(long nanos) {
        return SimDurations.readout(nanos);
    }

    /** {@code nanos} in the unit that suits {@code scaleNanos} (for example the run's duration). */
    public static String format(long nanos, long scaleNanos) {
        return SimDurations.readout(nanos, scaleNanos);
    }

    /** {@code nanos} in {@code unit}. */
    public static String format(long nanos, Unit unit) {
        return SimDurations.readout(nanos, unit.unit);
    }
}
