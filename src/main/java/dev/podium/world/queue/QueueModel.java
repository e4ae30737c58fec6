package dev.podium.world.queue;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import java.util.ArrayDeque;

/**
 * The simulated queue: an arrival process, a FIFO waiting line, and servers. It schedules its own
 * kernel events and emits {@link QueueEvent}s to the sink as things happen.
 *
 * <p>Random numbers come from two named streams, {@code queue.arrivals} and {@code queue.service}, so
 * changing one process never changes the other's draws. Runs on the kernel's thread.
 */
public final class QueueModel {
    private final Kernel kernel;
    private final EventSink sink;
    private final RandomStream arrivalStream;
    private final RandomStream serviceStream;
    private final ArrayDeque<long[]> waiting = new ArrayDeque<>(); // {customer, arrivalNanos}
    private final Distribution arrivals;
    private final Distribution service;
    private final int capacity;
    private long meanInterarrivalNanos;
    private long meanServiceNanos;
    private int servers;
    /** Customer in service per server slot, 0 when idle. Grows when servers are added. */
    private long[] serving = new long[QueueParams.MAX_SERVERS];
    private int busy;
    private long nextCustomer = 1;
    private EventHandle nextArrival;

    public QueueModel(Kernel kernel, EventSink sink, QueueParams params) {
        this.kernel = kernel;
        this.sink = sink;
        this.arrivalStream = kernel.random("queue.arrivals");
        this.serviceStream = kernel.random("queue.service");
        this.arrivals = params.arrivals();
        this.service = params.service();
        this.capacity = params.capacity();
        this.meanInterarrivalNanos = params.meanInterarrivalNanos();
        this.meanServiceNanos = params.meanServiceNanos();
        this.servers = params.servers();
    }

    /** Emits the configuration and schedules the first arrival. */
    public void start() {
        sink.emit(new QueueConfigured(kernel.now(), servers, meanInterarrivalNanos, meanServiceNanos, arrivals,
                service, capacity));
        scheduleNextArrival();
    }

    /** Changes the arrival rate from now on; the pending arrival is redrawn with the new mean. */
    public void setMeanInterarrival(long meanNanos) {
        meanInterarrivalNanos = Math.max(1, meanNanos);
        sink.emit(new ArrivalRateChanged(kernel.now(), meanInterarrivalNanos));
        if (nextArrival != null) {
            kernel.cancel(nextArrival);
        }
        scheduleNextArrival();
    }

    /** Changes the mean service time for customers who start service from now on. */
    public void setMeanService(long meanNanos) {
        meanServiceNanos = Math.max(1, meanNanos);
        sink.emit(new ServiceTimeChanged(kernel.now(), meanServiceNanos));
    }

    /** Changes the number of servers; new servers take waiting customers at once. */
    public void setServers(int count) {
        if (count < 1 || count > QueueParams.MAX_SERVERS) {
            throw new IllegalArgumentException("servers must be within 1 and " + QueueParams.MAX_SERVERS + ": " + count);
        }
        servers = count;
        sink.emit(new ServersChanged(kernel.now(), servers));
        startServiceWhilePossible();
    }

    /** {@code count} customers arrive at this instant. */
    public void burst(int count) {
        for (int i = 0; i < count; i++) {
            arrive();
        }
    }

    private void scheduleNextArrival() {
        long gap = arrivals == Distribution.FIXED ? meanInterarrivalNanos
                : arrivalStream.exponentialNanos(meanInterarrivalNanos);
        nextArrival = kernel.schedule(gap, this::onArrivalTimer);
    }

    private void onArrivalTimer() {
        nextArrival = null;
        arrive();
        scheduleNextArrival();
    }

    private void arrive() {
        long customer = nextCustomer++;
        if (capacity > 0 && waiting.size() >= capacity && freeServer() < 0) {
            sink.emit(new CustomerRejected(kernel.now(), customer));
            return;
        }
        waiting.addLast(new long[] {customer, kernel.now()});
        sink.emit(new CustomerArrived(kernel.now(), customer, waiting.size()));
        startServiceWhilePossible();
    }

    private void startServiceWhilePossible() {
        int server;
        while (!waiting.isEmpty() && (server = freeServer()) >= 0) {
            long[] head = waiting.removeFirst();
            long customer = head[0];
            long wait = kernel.now() - head[1];
            long serviceNanos = service == Distribution.FIXED ? meanServiceNanos
                    : serviceStream.exponentialNanos(meanServiceNanos);
            serving[server] = customer;
            busy++;
            sink.emit(new ServiceStarted(kernel.now(), customer, server, wait, serviceNanos));
            int slot = server;
            long arrivedAt = head[1];
            kernel.schedule(serviceNanos, () -> complete(slot, customer, arrivedAt));
        }
    }

    private void complete(int server, long customer, long arrivedAt) {
        serving[server] = 0;
        busy--;
        sink.emit(new ServiceCompleted(kernel.now(), customer, server, kernel.now() - arrivedAt));
        startServiceWhilePossible();
    }

    /** Lowest idle server slot below the current server count, or -1. */
    private int freeServer() {
        if (busy >= servers) {
            return -1;
        }
        for (int i = 0; i < servers; i++) {
            if (serving[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
