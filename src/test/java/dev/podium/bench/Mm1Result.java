package dev.podium.bench;

/**
 * What one run of the M/M/1 model produced: its event count, its statistics and the wall time the
 * run took (model set-up excluded).
 *
 * @param events arrivals plus departures fired
 * @param served customers who completed service
 * @param servicesStarted customers whose wait is counted (everyone who reached the server)
 * @param totalWaitNanos sum of the waits in queue of those customers
 * @param endTimeNanos simulated time at the last event
 * @param wallNanos wall-clock duration of the run
 */
record Mm1Result(long events, long served, long servicesStarted, long totalWaitNanos, long endTimeNanos,
        long wallNanos) {

    /** Mean wait in queue (Wq), in simulated seconds. */
    double meanWaitSeconds() {
        return totalWaitNanos / (double) servicesStarted / 1e9;
    }

    double eventsPerSecond() {
        return events / (wallNanos / 1e9);
    }

    /** True if {@code other} followed the same trajectory: same events and the same waits. */
    boolean sameTrajectoryAs(Mm1Result other) {
        return events == other.events && served == other.served && servicesStarted == other.servicesStarted
                && totalWaitNanos == other.totalWaitNanos && endTimeNanos == other.endTimeNanos;
    }
}
