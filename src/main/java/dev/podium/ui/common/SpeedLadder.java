package dev.podium.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The playback speeds a user can pick, in 1-2-5 steps from 1/1000× to 1000×, with labels such as
 * {@code 1/500×}, {@code 1×} and {@code 20×}. Pure and immutable.
 */
public final class SpeedLadder {
    private static final List<Double> SPEEDS;

    static {
        List<Double> speeds = new ArrayList<>();
        int[] steps = {1, 2, 5};
        for (int exponent = -3; exponent <= 3; exponent++) {
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

    /** Clamps an index into the ladder. */
    public static int clamp(int index) {
        return Math.max(0, Math.min(SPEEDS.size() - 1, index));
    }

    /** The label of a speed: {@code 1/1000×} … {@code 1/2×}, {@code 1×} … {@code 1000×}. */
    public static String label(double speed) {
        if (speed >= 1.0) {
            return Math.round(speed) + "×";
        }
        return "1/" + Math.round(1.0 / speed) + "×";
    }
}
