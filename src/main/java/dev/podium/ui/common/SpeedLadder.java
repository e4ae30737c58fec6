package dev.podium.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The playback speeds a user can pick, in 1-2-5 steps from 1/1,000,000× (a microsecond of a Go scheduler in a
 * second) to 1000× (a Kubernetes eviction in seconds), with labels such as {@code 1/500×}, {@code 1×} and
 * {@code 20×}. Pure and immutable.
 */
public final class SpeedLadder {
    private static final List<Double> SPEEDS;

    static {
        List<Double> speeds = new ArrayList<>();
        int[] steps = {1, 2, 5};
        for (int exponent = -6; exponent <= 3; exponent++) {
            for (int step : steps) {
                double v = step * Math.pow(10, exponent);
                if (v <= 1000.0 + 1e-9) {
                    speeds.add(Double.parseDouble(String.format(Locale.ROOT, "%.3g", v)));
                }
            }
        }
        SPEEDS = Collections.unmodifiableList(speeds);
    }

    private SpeedLadder() {
    }

    /** Every speed, slowest first. */
    public static List<Double> speeds() {
        return SPEEDS;
    }

    public static int size() {
        return SPEEDS.size();
    }

    public static double speedAt(int index) {
        return SPEEDS.get(clamp(index));
    }

    /** Index of real time (1×). */
    public static int realTimeIndex() {
        return indexOf(1.0);
    }

    /** Index of the ladder speed nearest to {@code speed} (by ratio). */
    public static int indexOf(double speed) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < SPEEDS.size(); i++) {
            double distance = Math.abs(Math.log(SPEEDS.get(i) / speed));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** Runs at least this long in simulated time start at real time. */
    static final long REAL_TIME_FROM_NANOS = 10_000_000_000L;
    /** How long, in wall time, a shorter run takes to play at the speed {@link #suggestedIndex} picks. */
    static final long SHORT_RUN_WALL_NANOS = 30_000_000_000L;

    /**
     * The speed a run of {@code durationNanos} starts at: real time for runs of ten seconds or more; for shorter ones
     * (a Go program that lasts 2 ms) the ladder speed that plays the whole run in about thirty seconds.
     */
    public static int suggestedIndex(long durationNanos) {
        if (durationNanos <= 0 || durationNanos >= REAL_TIME_FROM_NANOS) {
            return realTimeIndex();
        }
        return indexOf((double) durationNanos / SHORT_RUN_WALL_NANOS);
    }

    /** Clamps an index into the ladder. */
    public static int clamp(int index) {
        return Math.max(0, Math.min(SPEEDS.size() - 1, index));
    }

    /**
     * The label of a speed: {@code 1/1,000,000×} … {@code 1/2×}, {@code 1×} … {@code 1000×} (thousands grouped
     * with commas from 10,000 on, so a projector's back row can count the zeros).
     */
    public static String label(double speed) {
        if (speed >= 1.0) {
            return Math.round(speed) + "×";
        }
        long denominator = Math.round(1.0 / speed);
        String d = denominator >= 10_000 ? String.format(Locale.ROOT, "%,d", denominator) : Long.toString(denominator);
        return "1/" + d + "×";
    }
}
