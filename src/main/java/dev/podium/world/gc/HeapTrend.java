package dev.podium.world.gc;

/**
 * The heap in use over time, one point wherever a collection starts or ends (a pause, a concurrent ZGC or Go cycle),
 * in time order: joined up, they draw the saw-tooth of a collected heap, and the points flagged {@code afterGc} are
 * the "heap after GC" a tuner reads first. Append-only and cheap to copy ({@link TimeSeries}). Not thread-safe.
 */
public final class HeapTrend extends TimeSeries<HeapTrend.Point> {
    /** The heap in use at one time, in bytes; {@code afterGc} when a collection just ended there. */
    public record Point(long timeNanos, long usedBytes, boolean afterGc) {
    }

    HeapTrend() {
    }

    HeapTrend(HeapTrend other) {
        super(other);
    }

    @Override
    long timeOf(Point p) {
        return p.timeNanos();
    }
}
