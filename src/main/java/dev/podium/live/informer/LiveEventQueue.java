package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.timeline.Timeline;
import dev.podium.world.kube.event.WatchEventDelivered;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * The hand-off between fabric8's threads and the thread that owns the {@link Timeline}. Producers (informer
 * handlers) {@link #publish} event factories; the queue stamps them under one short lock with the wall time since
 * the session started, in nanoseconds, never earlier than the last stamp, so events from different informers come
 * out in non-decreasing time order as the timeline requires. Publishing never waits for the consumer.
 *
 * <p>Bounded for pipeline samples only: past {@code sampleBound} queued events, {@link WatchEventDelivered}
 * samples are dropped and counted; state events are never dropped (dropping one would corrupt the projected state).
 *
 * <p>Thread-safe. {@link #drain} must be called on the timeline's thread.
 */
final class LiveEventQueue {

    /** Events moved per look at the clock in a budgeted {@link #drain}. */
    static final int CHUNK = 64;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition nonEmpty = lock.newCondition();
    private final ArrayDeque<WorldEvent> queue = new ArrayDeque<>();
    private final Clock clock;
    private final Instant start;
    private final int sampleBound;
    private long lastNanos;
    private long droppedSamples;
    private long published;

    LiveEventQueue(Clock clock, int sampleBound) {
        this.clock = clock;
        this.start = clock.instant();
        this.sampleBound = sampleBound;
    }

    /** Wall nanoseconds since the session started (may run behind the last stamp; see {@link #publish}). */
    long elapsedNanos() {
        return Duration.between(start, clock.instant()).toNanos();
    }

    /** Stamps each factory with one common time and queues the events, in order (a null event is skipped). */
    void publish(List<LongFunction<WorldEvent>> events) {
        if (events.isEmpty()) {
            return;
        }
        long now = elapsedNanos();
        lock.lock();
        try {
            lastNanos = Math.max(lastNanos, now);
            for (LongFunction<WorldEvent> factory : events) {
                WorldEvent event = factory.apply(lastNanos);
                if (event == null) {
                    continue; // the factory's state, read now, says there is nothing to publish
                }
                if (event instanceof WatchEventDelivered && queue.size() >= sampleBound) {
                    droppedSamples++;
                    continue;
                }
                queue.addLast(event);
                published++;
            }
            nonEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Moves at most {@code maxEvents} queued events to {@code timeline}; returns how many. */
    int drain(Timeline timeline, int maxEvents) {
        return drain(timeline, maxEvents, () -> 0, Long.MAX_VALUE);
    }

    /**
     * Moves at most {@code maxEvents} queued events to {@code timeline}, oldest first, in chunks of {@value #CHUNK},
     * and stops after the chunk in which {@code clock} (the caller's CPU time, say) has run {@code budgetNanos} since
     * the call began; at least one chunk moves, so a drain always makes progress. What stays queued keeps its order
     * for the next call. Returns how many moved.
     */
    int drain(Timeline timeline, int maxEvents, LongSupplier clock, long budgetNanos) {
        long start = clock.getAsLong();
        WorldEvent[] chunk = new WorldEvent[CHUNK];
        int moved = 0;
        while (moved < maxEvents) {
            int n;
            lock.lock();
            try {
                n = Math.min(Math.min(CHUNK, maxEvents - moved), queue.size());
                for (int i = 0; i < n; i++) {
                    chunk[i] = queue.pollFirst();
                }
            } finally {
                lock.unlock();
            }
            for (int i = 0; i < n; i++) {
                timeline.append(chunk[i]);
                chunk[i] = null;
            }
            moved += n;
            if (n < CHUNK || clock.getAsLong() - start >= budgetNanos) {
                break;
            }
        }
        return moved;
    }

    /**
     * The time up to which a timeline fed by {@link #drain} is complete: with nothing queued, now (and any event
     * published later is stamped no earlier, since stamps never go below the last one); otherwise just before the
     * oldest queued event.
     */
    long horizonNanos() {
        lock.lock();
        try {
            if (queue.isEmpty()) {
                lastNanos = Math.max(lastNanos, elapsedNanos());
                return lastNanos;
            }
            return Math.max(0, queue.peekFirst().timeNanos() - 1);
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code timeout} for at least one queued event; true if there is one. */
    boolean awaitEvents(Duration timeout) throws InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (queue.isEmpty() && left > 0) {
                left = nonEmpty.awaitNanos(left);
            }
            return !queue.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    int backlog() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    long droppedSamples() {
        lock.lock();
        try {
            return droppedSamples;
        } finally {
            lock.unlock();
        }
    }

    long published() {
        lock.lock();
        try {
            return published;
        } finally {
            lock.unlock();
        }
    }
}
