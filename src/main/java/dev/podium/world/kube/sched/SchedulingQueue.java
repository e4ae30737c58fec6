package dev.podium.world.kube.sched;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.event.PodQueued;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The scheduling queue (k/k pkg/scheduler/backend/queue): activeQ ordered by priority then queue time
 * (PrioritySort), backoffQ ordered by back-off expiry, and unschedulablePods. A pod rejected by the filters goes
 * to unschedulablePods, or to backoffQ if a cluster event asked for a move during its cycle (the
 * moveRequestCycle rule, used when queueing hints are off). Back-off is initial × 2^(attempts−1), at most max
 * (1 s → 10 s). backoffQ is flushed every 1 s; pods left in unschedulablePods for 5 min are moved every 30 s.
 *
 * <p>Simplified: no queueing hints (every node change or assigned-pod deletion moves all unschedulable pods), no
 * separate error back-off queue, no 1 s ordering windows. Kernel thread only.
 */
final class SchedulingQueue {
    static final long UNSCHEDULABLE_MAX_NANOS = 5 * 60 * 1_000_000_000L;

    static final class Entry {
        final String key;
        final int priority;
        long timestamp;
        final long seq;
        int attempts;
        long backoffUntil;
        long cycle;

        Entry(String key, int priority, long timestamp, long seq) {
            this.key = key;
            this.priority = priority;
            this.timestamp = timestamp;
            this.seq = seq;
        }
    }

    private final Kernel kernel;
    private final EventSink sink;
    private final long initialBackoff;
    private final long maxBackoff;
    private final PriorityQueue<Entry> active = new PriorityQueue<>((a, b) -> a.priority != b.priority
            ? Integer.compare(b.priority, a.priority)
            : a.timestamp != b.timestamp ? Long.compare(a.timestamp, b.timestamp) : Long.compare(a.seq, b.seq));
    private final PriorityQueue<Entry> backoff = new PriorityQueue<>((a, b) -> a.backoffUntil != b.backoffUntil
            ? Long.compare(a.backoffUntil, b.backoffUntil) : Long.compare(a.seq, b.seq));
    private final LinkedHashMap<String, Entry> unschedulable = new LinkedHashMap<>();
    private final HashMap<String, Entry> all = new HashMap<>();
    private long seq;
    private long schedulingCycle;
    private long moveRequestCycle = -1;

    SchedulingQueue(Kernel kernel, EventSink sink, long initialBackoff, long maxBackoff) {
        this.kernel = kernel;
        this.sink = sink;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    void start() {
        kernel.schedule(1_000_000_000L, this::flushBackoff);
        kernel.schedule(30_000_000_000L, this::flushUnschedulableLeftover);
    }

    boolean contains(String key) {
        return all.containsKey(key);
    }

    /** A new unscheduled pod. */
    void add(String key, int priority) {
        if (all.containsKey(key)) {
            return;
        }
        Entry e = new Entry(key, priority, kernel.now(), seq++);
        all.put(key, e);
        active.add(e);
        sink.emit(new PodQueued(kernel.now(), key, "activeQ", 0));
    }

    boolean hasActive() {
        return !active.isEmpty();
    }

    /** Pops the next pod for a scheduling cycle (it stays known to the queue until done or re-added). */
    Entry pop() {
        Entry e = active.poll();
        if (e != null) {
            e.cycle = ++schedulingCycle;
            all.remove(e.key);
        }
        return e;
    }

    /** The pod could not be scheduled (AddUnschedulableIfNotPresent). */
    void addUnschedulable(Entry e) {
        e.attempts++;
        e.timestamp = kernel.now();
        e.backoffUntil = kernel.now() + backoffDuration(e.attempts);
        all.put(e.key, e);
        if (moveRequestCycle >= e.cycle) {
            backoff.add(e);
            sink.emit(new PodQueued(kernel.now(), e.key, "backoffQ", e.backoffUntil - kernel.now()));
        } else {
            unschedulable.put(e.key, e);
            sink.emit(new PodQueued(kernel.now(), e.key, "unschedulablePods", 0));
        }
    }

    long backoffDuration(int attempts) {
        long d = initialBackoff;
        for (int i = 1; i < attempts && d < maxBackoff; i++) {
            d *= 2;
        }
        return Math.min(d, maxBackoff);
    }

    /** A cluster event that may make pods schedulable (MoveAllToActiveOrBackoffQueue). */
    void moveAll() {
        moveRequestCycle = schedulingCycle;
        if (unschedulable.isEmpty()) {
            return;
        }
        List<Entry> moving = new ArrayList<>(unschedulable.values());
        unschedulable.clear();
        for (Entry e : moving) {
            requeue(e);
        }
    }

    private void requeue(Entry e) {
        if (e.backoffUntil > kernel.now()) {
            backoff.add(e);
            sink.emit(new PodQueued(kernel.now(), e.key, "backoffQ", e.backoffUntil - kernel.now()));
        } else {
            active.add(e);
            sink.emit(new PodQueued(kernel.now(), e.key, "activeQ", 0));
        }
    }

    void remove(String key) {
        Entry e = all.remove(key);
        if (e != null) {
            active.remove(e);
            backoff.remove(e);
            unschedulable.remove(key);
        }
    }

    private void flushBackoff() {
        while (!backoff.isEmpty() && backoff.peek().backoffUntil <= kernel.now()) {
            Entry e = backoff.poll();
            active.add(e);
            sink.emit(new PodQueued(kernel.now(), e.key, "activeQ", 0));
        }
        onFlush.run();
        kernel.schedule(1_000_000_000L, this::flushBackoff);
    }

    private void flushUnschedulableLeftover() {
        List<Entry> moving = new ArrayList<>();
        for (Entry e : unschedulable.values()) {
            if (kernel.now() - e.timestamp > UNSCHEDULABLE_MAX_NANOS) {
                moving.add(e);
            }
        }
        for (Entry e : moving) {
            unschedulable.remove(e.key);
            requeue(e);
        }
        onFlush.run();
        kernel.schedule(30_000_000_000L, this::flushUnschedulableLeftover);
    }

    private Runnable onFlush = () -> { };

    /** Called after each periodic flush, so the scheduler can start a cycle. */
    void onFlush(Runnable r) {
        onFlush = r;
    }

    int activeCount() {
        return active.size();
    }
}
