package dev.podium.world.queue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The queue as seen at one time, folded by {@link QueueProjection}. Views read it; only the
 * projection changes it. Not thread-safe.
 */
public final class QueueState {
    /** How many recent departures are kept for the leaving animation. */
    public static final int RECENT_DEPARTURES = 24;

    /** A customer in the waiting line. */
    public record Waiting(long customer, long arrivedNanos) {
    }

    /** A customer in service at a server. */
    public record InService(long customer, long startedNanos, long serviceNanos) {
    }

    /** A customer who left, served or turned away. */
    public record Departure(long customer, int server, long timeNanos, boolean rejected) {
    }

    int servers;
    long meanInterarrivalNanos;
    long meanServiceNanos;
    Distribution arrivals = Distribution.EXPONENTIAL;
    Distribution service = Distribution.EXPONENTIAL;
    int capacity;
    final ArrayDeque<Waiting> waiting;
    InService[] inService;
    final ArrayDeque<Departure> recentDepartures;
    long arrivedCount;
    long servedCount;
    long rejectedCount;
    long startedCount;
    long totalWaitNanos;
    long totalSojournNanos;
    int maxWaiting;

    QueueState() {
        waiting = new ArrayDeque<>();
        inService = new InService[QueueParams.MAX_SERVERS];
        recentDepartures = new ArrayDeque<>();
    }

    QueueState(QueueState other) {
        servers = other.servers;
        meanInterarrivalNanos = other.meanInterarrivalNanos;
        meanServiceNanos = other.meanServiceNanos;
        arrivals = other.arrivals;
        service = other.service;
        capacity = other.capacity;
        waiting = new ArrayDeque<>(other.waiting);
        inService = Arrays.copyOf(other.inService, other.inService.length);
        recentDepartures = new ArrayDeque<>(other.recentDepartures);
        arrivedCount = other.arrivedCount;
        servedCount = other.servedCount;
        rejectedCount = other.rejectedCount;
        startedCount = other.startedCount;
        totalWaitNanos = other.totalWaitNanos;
        totalSojournNanos = other.totalSojournNanos;
        maxWaiting = other.maxWaiting;
    }

    public int servers() {
        return servers;
    }

    public long meanInterarrivalNanos() {
        return meanInterarrivalNanos;
    }

    public long meanServiceNanos() {
        return meanServiceNanos;
    }

    public Distribution arrivals() {
        return arrivals;
    }

    public Distribution service() {
        return service;
    }

    /** Most customers waiting, 0 for unlimited. */
    public int capacity() {
        return capacity;
    }

    /** The waiting line, head first. */
    public List<Waiting> waiting() {
        return List.copyOf(waiting);
    }

    /** The first {@code n} customers of the waiting line, head first: what a view can draw, without copying the rest. */
    public List<Waiting> waitingHead(int n) {
        List<Waiting> head = new ArrayList<>(Math.min(n, waiting.size()));
        for (Waiting w : waiting) {
            if (head.size() == n) {
                break;
            }
            head.add(w);
        }
        return head;
    }

    public int waitingCount() {
        return waiting.size();
    }

    /**
     * What each server slot is doing, indexed by server; null for idle. The list can be longer than
     * {@link #servers()} while a removed server finishes its last customer.
     */
    public List<InService> inService() {
        int slots = servers;
        for (int i = servers; i < inService.length; i++) {
            if (inService[i] != null) {
                slots = i + 1;
            }
        }
        return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(inService, slots)));
    }

    public int busyCount() {
        int n = 0;
        for (InService s : inService) {
            if (s != null) {
                n++;
            }
        }
        return n;
    }

    /** The last departures, oldest first. */
    public List<Departure> recentDepartures() {
        return new ArrayList<>(recentDepartures);
    }

    public long arrivedCount() {
        return arrivedCount;
    }

    public long servedCount() {
        return servedCount;
    }

    public long rejectedCount() {
        return rejectedCount;
    }

    public int maxWaiting() {
        return maxWaiting;
    }

    /** Mean wait in the queue of customers who started service, in nanoseconds; 0 before any. */
    public long meanWaitNanos() {
        return startedCount == 0 ? 0 : totalWaitNanos / startedCount;
    }

    /** Mean time from arrival to departure of customers served, in nanoseconds; 0 before any. */
    public long meanSojournNanos() {
        return servedCount == 0 ? 0 : totalSojournNanos / servedCount;
    }

    /** Offered load ρ = λ / (c μ) for the current parameters, in per mille (900 = 0.9). */
    public long utilisationPerMille() {
        if (meanInterarrivalNanos == 0 || servers == 0) {
            return 0;
        }
        return Math.round(1000.0 * meanServiceNanos / ((double) meanInterarrivalNanos * servers));
    }

    /** The customer at a server, or null if the slot is idle or does not exist. */
    public InService atServer(int server) {
        return server >= 0 && server < inService.length ? inService[server] : null;
    }
}
