package dev.podium.world.gc;

import dev.podium.engine.RandomStream;
import java.util.ArrayDeque;

/**
 * The service side of {@link GcModel}: the FIFO of requests waiting for a thread, the requests running on the
 * {@code threads} request threads, the rate at which they allocate together, and what each allocates (temporary,
 * session and cache bytes, and now and then a large object) into eden's cohorts. Session data's death is rounded up
 * to {@code deathGrainNanos} so that a second's requests make a few cohorts, not thousands. The model's clock drives
 * it: it never reads the time itself. Random numbers come from the model's {@code gc.service},
 * {@code gc.lifetimes} and {@code gc.largeObjects} streams. Kernel thread only.
 */
final class RequestThreads {
    private final GcParams params;
    private final RandomStream serviceStream;
    private final RandomStream lifetimeStream;
    private final RandomStream largeObjectStream;
    private final long deathGrainNanos;

    private final ArrayDeque<Request> waiting = new ArrayDeque<>();
    private final RunningRequests running = new RunningRequests();
    /** Requests whose large object is still to be allocated, in the order they started. */
    private final ArrayDeque<Request> largeObjects = new ArrayDeque<>();
    /** Bytes per mutator nanosecond that the running requests allocate together. */
    private double allocationRate;
    private long nextRequest = 1;
    private int burstPerMille = 1000;
    private final RequestTally tally = new RequestTally();

    RequestThreads(GcParams params, RandomStream service, RandomStream lifetimes, RandomStream largeObjects) {
        this.params = params;
        this.serviceStream = service;
        this.lifetimeStream = lifetimes;
        this.largeObjectStream = largeObjects;
        this.deathGrainNanos = Math.max(1_000_000L, params.meanSessionLifetimeNanos() / 64);
    }

    /** Bytes per mutator nanosecond that the running requests allocate together. */
    double rate() {
        return allocationRate;
    }

    int busy() {
        return running.size();
    }

    int queued() {
        return waiting.size();
    }

    /** When the first running request completes, in mutator time; only when {@link #busy} is not 0. */
    long firstDoneMutatorNanos() {
        return running.firstDoneMutatorNanos();
    }

    /** Bytes a request started now allocates, the allocation burst's factor included. */
    long allocationBytes() {
        return params.allocationPerRequestBytes() * burstPerMille / 1000;
    }

    /** Requests started from now on allocate {@code perMille} / 1000 times as much. */
    void setBurst(int perMille) {
        burstPerMille = perMille;
    }

    int burstPerMille() {
        return burstPerMille;
    }

    /** A request arrives at {@code nanos} and waits for a thread. */
    void arrive(long nanos) {
        tally.arrived();
        waiting.addLast(new Request(nextRequest++, nanos));
    }

    /** Gives waiting requests to free threads, at mutator time {@code mutatorNanos} and the mutator's speed. */
    void start(long mutatorNanos, int speedPerMille) {
        while (running.size() < params.threads() && !waiting.isEmpty()) {
            Request r = waiting.removeFirst();
            r.startMutatorNanos = mutatorNanos;
            r.serviceNanos = Math.max(1, serviceStream.exponentialNanos(params.meanServiceNanos()));
            r.doneMutatorNanos = r.startMutatorNanos + r.serviceNanos;
            r.bytes = allocationBytes();
            // A session lasts its time on the wall clock, whatever the CPU: in mutator time, at the present speed.
            long life = lifetimeStream.exponentialNanos(params.meanSessionLifetimeNanos()) / 1000 * speedPerMille;
            long death = r.startMutatorNanos + r.serviceNanos / 2 + life;
            r.sessionDeathNanos = Heap.ceilDiv(death, deathGrainNanos) * deathGrainNanos;
            if (params.humongousBytes() > 0 && params.humongousPpm() > 0
                    && largeObjectStream.nextInt(1_000_000) < params.humongousPpm()) {
                if (params.largeObjectIsHumongous()) {
                    largeObjects.addLast(r);
                } else {
                    r.bytes += params.humongousBytes(); // an ordinary object, allocated in eden with the rest
                }
            }
            r.rate = (double) r.bytes / r.serviceNanos;
            allocationRate += r.rate;
            running.add(r);
        }
    }

    boolean hasLargeObject() {
        return !largeObjects.isEmpty();
    }

    /** The oldest request whose large object is still to be allocated; it leaves the list. */
    Request takeLargeObject() {
        return largeObjects.removeFirst();
    }

    /** {@code r}'s large object could not be allocated yet: it is first in line again. */
    void retryLargeObject(Request r) {
        largeObjects.addFirst(r);
    }

    /** The first running request completes at {@code nanos}: its bytes go to {@code heap}, its latency to the tally. */
    void completeFirst(Heap heap, long nanos) {
        Request r = running.poll();
        account(heap, r, r.doneMutatorNanos, true);
        allocationRate = running.size() == 0 ? 0 : allocationRate - r.rate;
        tally.completed(nanos - r.arrivalNanos);
    }

    /** The first running request fails (no room in the heap); returns the bytes it had still to allocate. */
    long failFirst() {
        Request r = running.poll();
        allocationRate -= r.rate;
        if (running.size() == 0) {
            allocationRate = 0;
        }
        return r.bytes - r.accountedBytes;
    }

    /** Every running request's bytes up to {@code mutatorNanos}, into eden's cohorts: before a collection. */
    void accountInFlight(Heap heap, long mutatorNanos) {
        double rate = 0;
        for (int i = 0; i < running.size(); i++) {
            account(heap, running.get(i), mutatorNanos, false);
            rate += running.get(i).rate;
        }
        allocationRate = rate; // re-summed, so rounding never accumulates
    }

    /** Gives the heap's cohorts the bytes {@code r} allocated since they last did, up to mutator time {@code m}. */
    private void account(Heap heap, Request r, long m, boolean completed) {
        long allocated = r.allocatedBy(m);
        long bytes = allocated - r.accountedBytes;
        r.accountedBytes = allocated;
        long session = partsPerMillion(bytes, params.sessionPpm());
        long cache = partsPerMillion(bytes, params.cachePpm());
        if (!completed) { // temporary data dies when the request completes; after that, it is garbage
            heap.addEdenCohort(r.doneMutatorNanos, bytes - session - cache);
        }
        heap.addEdenCohort(r.sessionDeathNanos, session);
        heap.addEdenCohort(Long.MAX_VALUE, cache);
    }

    /** {@code ppm} millionths of {@code bytes}, rounded down, without overflowing for any heap. */
    static long partsPerMillion(long bytes, int ppm) {
        return bytes / 1_000_000 * ppm + bytes % 1_000_000 * ppm / 1_000_000;
    }

    /** The process ended: every request it held is lost; returns how many. */
    int clear() {
        int lost = running.size() + waiting.size();
        running.clear();
        waiting.clear();
        largeObjects.clear();
        allocationRate = 0;
        return lost;
    }

    /** The tally of the interval ending at {@code nanos}; the next starts empty. */
    RequestsTallied drainTally(long nanos) {
        return tally.drain(nanos, waiting.size(), running.size());
    }
}
