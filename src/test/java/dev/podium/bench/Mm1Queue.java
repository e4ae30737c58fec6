package dev.podium.bench;

import dev.podium.engine.RandomStream;
import dev.podium.engine.RandomStreams;

/**
 * The model state and logic of an M/M/1 queue (arrival rate 0.9/s, service rate 1.0/s, FIFO, one
 * server), shared by every variant of the benchmark so that the work per event is the same code
 * whatever kernel drives it. A variant only owns the event list: on an arrival it calls
 * {@link #arrive}, on a departure {@link #depart}, and schedules what they return.
 *
 * <p>Times are whole nanoseconds. Variants whose clock is a {@code double} keep it in nanoseconds
 * too: every time stays an integer below 2^53, so double arithmetic is exact and all variants walk
 * the very same trajectory (same events, same order, same waits). Not thread-safe.
 */
final class Mm1Queue {
    /** Mean service time, 1 s (service rate 1.0 per second). */
    static final long MEAN_SERVICE_NANOS = 1_000_000_000L;
    /** Mean time between arrivals, 1/0.9 s (arrival rate 0.9 per second). */
    static final long MEAN_INTERARRIVAL_NANOS = 1_111_111_111L;
    /** Wq = rho / (mu - lambda) = 0.9 / 0.1 s. */
    static final double EXPECTED_MEAN_WAIT_SECONDS = 9.0;
    /** Sentinel returned by {@link #arrive} and {@link #depart} when nothing is to be scheduled. */
    static final long NONE = -1;

    private final RandomStream arrivals;
    private final RandomStream services;
    private final long customers;
    /** Arrival times of the customers waiting for the server, as a ring buffer. */
    private long[] waitingSinceNanos = new long[1024];
    private int head;
    private int waitingCount;
    private boolean busy;
    private long served;
    private long servicesStarted;
    private long totalWaitNanos;
    private long events;

    /** A queue that is done once {@code customers} customers have been served. */
    Mm1Queue(long seed, long customers) {
        this.arrivals = new RandomStream(RandomStreams.streamSeed(seed, "mm1.arrivals"));
        this.services = new RandomStream(RandomStreams.streamSeed(seed, "mm1.services"));
        this.customers = customers;
    }

    /** Time from now to the next arrival. */
    long nextInterarrivalNanos() {
        return arrivals.exponentialNanos(MEAN_INTERARRIVAL_NANOS);
    }

    /**
     * A customer arrives at {@code nowNanos}. Returns the service time after which it departs if the
     * server was idle, else {@link #NONE} (it queues).
     */
    long arrive(long nowNanos) {
        events++;
        if (!busy) {
            busy = true;
            servicesStarted++;
            return services.exponentialNanos(MEAN_SERVICE_NANOS);
        }
        if (waitingCount == waitingSinceNanos.length) {
            grow();
        }
        waitingSinceNanos[(head + waitingCount++) & (waitingSinceNanos.length - 1)] = nowNanos;
        return NONE;
    }

    /**
     * The customer in service departs at {@code nowNanos}. Returns the service time of the next
     * customer, or {@link #NONE} if the queue is empty and the server goes idle.
     */
    long depart(long nowNanos) {
        events++;
        served++;
        if (waitingCount == 0) {
            busy = false;
            return NONE;
        }
        long since = waitingSinceNanos[head];
        head = (head + 1) & (waitingSinceNanos.length - 1);
        waitingCount--;
        totalWaitNanos += nowNanos - since;
        servicesStarted++;
        return services.exponentialNanos(MEAN_SERVICE_NANOS);
    }

    /** True once the target number of customers has been served. */
    boolean done() {
        return served >= customers;
    }

    /** Arrivals plus departures handled so far. */
    long events() {
        return events;
    }

    Mm1Result result(long wallNanos, long endTimeNanos) {
        return new Mm1Result(events, served, servicesStarted, totalWaitNanos, endTimeNanos, wallNanos);
    }

    private void grow() {
        long[] bigger = new long[waitingSinceNanos.length * 2];
        for (int i = 0; i < waitingCount; i++) {
            bigger[i] = waitingSinceNanos[(head + i) & (waitingSinceNanos.length - 1)];
        }
        waitingSinceNanos = bigger;
        head = 0;
    }
}
