package dev.podium.world.gc;

/**
 * The latency percentiles over time, one point per tally, in time order: what the latency panel draws. Append-only
 * and cheap to copy ({@link TimeSeries}). Not thread-safe.
 */
public final class LatencySeries extends TimeSeries<LatencySeries.Point> {
    /** The sliding-window percentiles at one time; all in nanoseconds, 0 when the window had no completions. */
    public record Point(long timeNanos, long p50Nanos, long p99Nanos, long p999Nanos, long maxNanos, int waiting) {
    }

    LatencySeries() {
    }

    LatencySeries(LatencySeries other) {
        super(other);
    }

    @Override
    long timeOf(Point p) {
        return p.timeNanos();
    }
}
