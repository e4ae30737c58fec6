package dev.podium.world.kube.informer;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.TokenBucket;
import dev.podium.world.kube.event.WorkqueueAdded;
import dev.podium.world.kube.event.WorkqueueDeduplicated;
import dev.podium.world.kube.event.WorkqueueDelayed;
import dev.podium.world.kube.event.WorkqueueRequeued;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;

/**
 * client-go's rate-limiting workqueue (util/workqueue): a FIFO of keys plus the {@code dirty} set (keys waiting)
 * and the {@code processing} set (keys a worker holds). An Add of a dirty key is a no-op; an Add of a key being
 * processed only marks it dirty, and {@link #done} queues it again, so a key is never reconciled by two workers at
 * once and any number of adds during processing collapse into one re-run.
 *
 * <p>{@link #addAfter} is the delaying queue (an earlier ready time replaces a later one, never the reverse).
 * {@link #addRateLimited} uses DefaultControllerRateLimiter: the max of the per-item exponential back-off
 * (5 ms x 2^failures, at most 1000 s) and a token bucket shared by all items (10 qps, burst 100). Kernel thread only.
 */
public final class Workqueue {
    private static final long BASE_DELAY_NANOS = 5_000_000L;
    private static final long MAX_DELAY_NANOS = 1000_000_000_000L;

    private final String name;
    private final Kernel kernel;
    private final EventSink sink;
    private final Runnable onAvailable;
    private final ArrayDeque<String> queue = new ArrayDeque<>();
    private final HashSet<String> dirty = new HashSet<>();
    private final HashSet<String> processing = new HashSet<>();
    private final HashMap<String, EventHandle> waiting = new HashMap<>();
    private final HashMap<String, Integer> failures = new HashMap<>();
    private final TokenBucket bucket = new TokenBucket(10, 100);

    /** {@code onAvailable} runs whenever a key enters the queue. */
    public Workqueue(String name, Kernel kernel, EventSink sink, Runnable onAvailable) {
        this.name = name;
        this.kernel = kernel;
        this.sink = sink;
        this.onAvailable = onAvailable;
    }

    /** Adds a key; cause is "event" for handlers (see WorkqueueAdded). */
    public void add(String key) {
        add(key, "event");
    }

    private void add(String key, String cause) {
        if (dirty.contains(key)) {
            sink.emit(new WorkqueueDeduplicated(kernel.now(), name, key, processing.contains(key)));
            return;
        }
        dirty.add(key);
        if (processing.contains(key)) {
            sink.emit(new WorkqueueDeduplicated(kernel.now(), name, key, true));
            return;
        }
        queue.addLast(key);
        sink.emit(new WorkqueueAdded(kernel.now(), name, key, cause, queue.size()));
        onAvailable.run();
    }

    /** Adds the key after {@code delayNanos} (at once if ≤ 0). */
    public void addAfter(String key, long delayNanos) {
        if (delayNanos <= 0) {
            add(key, "event");
            return;
        }
        long readyAt = kernel.now() + delayNanos;
        EventHandle existing = waiting.get(key);
        if (existing != null && existing.isPending()) {
            if (existing.timeNanos() <= readyAt) {
                return;
            }
            kernel.cancel(existing);
        }
        waiting.put(key, kernel.scheduleAt(readyAt, Kernel.NORMAL_PRIORITY, () -> {
            waiting.remove(key);
            add(key, "delayed");
        }));
    }

    /** AddAfter with an emitted WorkqueueDelayed, for a controller's own requeue (e.g. the HPA's sync period). */
    public void requeueAfter(String key, long delayNanos) {
        sink.emit(new WorkqueueDelayed(kernel.now(), name, key, delayNanos));
        addAfter(key, delayNanos);
    }

    /** AddRateLimited: back-off from the item's failure count and the shared bucket. */
    public void addRateLimited(String key) {
        int n = failures.getOrDefault(key, 0);
        long itemDelay = n >= 40 ? MAX_DELAY_NANOS : Math.min(MAX_DELAY_NANOS, BASE_DELAY_NANOS << n);
        long bucketDelay = bucket.reserve(kernel.now()) - kernel.now();
        long delay = Math.max(itemDelay, bucketDelay);
        failures.put(key, n + 1);
        sink.emit(new WorkqueueRequeued(kernel.now(), name, key, delay, n + 1));
        addAfter(key, delay);
    }

    /** Forget: the key succeeded, so its failure count starts again from zero. */
    public void forget(String key) {
        failures.remove(key);
    }

    /** NumRequeues. */
    public int numRequeues(String key) {
        return failures.getOrDefault(key, 0);
    }

    /** Get: the next key, now held by the caller (null if the queue is empty). */
    public String get() {
        String key = queue.pollFirst();
        if (key != null) {
            processing.add(key);
            dirty.remove(key);
        }
        return key;
    }

    /** Done: the caller releases the key; if it was added meanwhile it is queued again. */
    public void done(String key) {
        processing.remove(key);
        if (dirty.contains(key)) {
            queue.addLast(key);
            sink.emit(new WorkqueueAdded(kernel.now(), name, key, "afterDone", queue.size()));
            onAvailable.run();
        }
    }

    public int length() {
        return queue.size();
    }

    public String name() {
        return name;
    }

    public boolean isProcessing(String key) {
        return processing.contains(key);
    }
}
