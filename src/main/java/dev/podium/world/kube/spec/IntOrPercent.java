package dev.podium.world.kube.spec;

import java.util.Optional;

/** An int-or-string like maxSurge: an absolute count, or a percentage of the desired replicas. */
public record IntOrPercent(int value, boolean percent) {

    /**
     * The absolute value for {@code replicas}, rounding percentages up (maxSurge) or down
     * (maxUnavailable) as the Deployment controller does.
     */
    public int resolve(int replicas, boolean roundUp) {
        if (!percent) {
            return value;
        }
        long scaled = (long) value * replicas;
        return (int) (roundUp ? (scaled + 99) / 100 : scaled / 100);
    }

    /** "25%" or "1" as written in a manifest; empty if {@code text} is neither (null, blank, "x%"). */
    public static Optional<IntOrPercent> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        boolean percent = t.endsWith("%");
        String digits = percent ? t.substring(0, t.length() - 1) : t;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new IntOrPercent(Integer.parseInt(digits), percent));
    }

    /** maxSurge resolved against replicas (rounded up; 0 when both resolve to 0), as ResolveFenceposts. */
    public static int surge(int replicas, IntOrPercent maxSurge, IntOrPercent maxUnavailable) {
        int s = maxSurge.resolve(replicas, true);
        int u = maxUnavailable.resolve(replicas, false);
        return s == 0 && u == 0 ? 0 : s;
    }

    /**
     * maxUnavailable resolved as ResolveFenceposts (rounded down, 1 if both resolve to 0, capped at replicas); 0 for
     * Recreate or no replicas.
     */
    public static int unavailable(int replicas, boolean recreate, IntOrPercent maxSurge, IntOrPercent maxUnavailable) {
        if (replicas == 0 || recreate) {
            return 0;
        }
        int s = maxSurge.resolve(replicas, true);
        int u = maxUnavailable.resolve(replicas, false);
        if (s == 0 && u == 0) {
            u = 1;
        }
        return Math.min(u, replicas);
    }

    @Override
    public String toString() {
        return percent ? value + "%" : Integer.toString(value);
    }
}
