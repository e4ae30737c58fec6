package dev.podium.world.queue;

/**
 * The queue world's parameters.
 *
 * @param meanInterarrivalNanos mean time between arrivals (1/λ), at least 1 ns
 * @param meanServiceNanos mean service time (1/μ), at least 1 ns
 * @param servers number of servers, 1 to {@value #MAX_SERVERS}
 * @param capacity most customers waiting, 0 for unlimited
 */
public record QueueParams(long meanInterarrivalNanos, long meanServiceNanos, int servers, Distribution arrivals,
        Distribution service, int capacity) {
    public static final int MAX_SERVERS = 64;

    public QueueParams {
        if (meanInterarrivalNanos < 1 || meanServiceNanos < 1) {
            throw new IllegalArgumentException("mean times must be at least 1 ns");
        }
        if (servers < 1 || servers > MAX_SERVERS) {
            throw new IllegalArgumentException("servers must be within 1 and " + MAX_SERVERS + ": " + servers);
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
    }

    /** M/M/1 with the given means and unlimited waiting room. */
    public static QueueParams mm1(long meanInterarrivalNanos, long meanServiceNanos) {
        return new QueueParams(meanInterarrivalNanos, meanServiceNanos, 1, Distribution.EXPONENTIAL,
                Distribution.EXPONENTIAL, 0);
    }

    /** Mean inter-arrival time for a rate in arrivals per second, rounded to whole nanoseconds. */
    public static long interarrivalForRate(double arrivalsPerSecond) {
        if (!(arrivalsPerSecond > 0)) {
            throw new IllegalArgumentException("arrival rate must be positive: " + arrivalsPerSecond);
        }
        return Math.max(1L, StrictMath.round(1e9 / arrivalsPerSecond));
    }
}
