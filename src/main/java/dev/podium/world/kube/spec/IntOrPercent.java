package dev.podium.world.kube.spec;

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

    @Override
    public String toString() {
        return percent ? value + "%" : Integer.toString(value);
    }
}
