package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.live.log.ApiErrors;
import dev.podium.live.log.LiveLog;
import dev.podium.live.log.Redactor;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.event.WatchEventDelivered;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.ExceptionHandler;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The handler of one of our fabric8 informers. Each callback turns the object into a compact record, diffs it
 * against the record we hold ({@link KindDiffer}), and publishes the resulting events to the {@link LiveEventQueue};
 * it never blocks and never touches JavaFX. It also emits the pipeline events of the informer itself: a
 * {@code WatchEventDelivered} sample every {@code sampleEvery} watch events, {@code InformerListed} after every
 * (re)list with the item count and resourceVersion, {@code WatchDropped} when the watch fails or a relist starts.
 * The wall time of each add, update, delete and list callback body goes to {@link HandlerTimes} (System.nanoTime).
 *
 * <p>After each list it reconciles: a record we hold whose key the informer's store no longer has is removed (with
 * its removal events), so a relist after 410 Gone leaves neither phantoms nor lost objects even if a delete was
 * missed. A 403 stops the informer ({@link InformerState#FORBIDDEN}) and calls the fallback; other failures leave
 * fabric8 to retry with its exponential back-off and show {@link InformerState#DISCONNECTED}.
 *
 * <p>Threads: fabric8 calls the handler methods serially on the informer's executor, and the exception handler on
 * its HTTP threads; the record map is touched only by the former, the status fields are volatile.
 *
 * @param <T> the fabric8 kind
 * @param <R> the compact record
 */
final class ObjectTracker<T extends HasMetadata, R extends LiveRecord>
        implements ResourceEventHandler<T>, ExceptionHandler {

    /** How long after a list a watch that is not open yet still counts as opening rather than disconnected. */
    static final long WATCH_OPEN_GRACE_NANOS = 2_000_000_000L;

    private static final LiveLog LOG = LiveLog.of(ObjectTracker.class);

    private final String name;
    private final String kind;
    private final String scope;
    private final Function<T, R> compact;
    private final KindDiffer<R> differ;
    private final boolean historyOnFirstList;
    private final int sampleEvery;
    private final LiveEventQueue queue;
    private final HandlerTimes times;
    private final Consumer<ObjectTracker<?, ?>> onForbidden;
    private final Map<String, R> records = new HashMap<>();
    private final AtomicBoolean dropReported = new AtomicBoolean();
    private volatile SharedIndexInformer<T> informer;
    private volatile SlimItemStore<T> store;
    private volatile InformerState state = InformerState.STARTING;
    private volatile String message = "";
    private volatile long lastEventNanos = -1;
    private volatile long listedNanos;
    private volatile int size;
    private boolean listing;
    private int lists;
    private long watchEvents;

    ObjectTracker(String name, String kind, String scope, Function<T, R> compact, KindDiffer<R> differ,
            boolean historyOnFirstList, LiveOptions options, LiveEventQueue queue, HandlerTimes times,
            Consumer<ObjectTracker<?, ?>> onForbidden) {
        this.name = name;
        this.kind = kind;
        this.scope = scope;
        this.compact = compact;
        this.differ = differ;
        this.historyOnFirstList = historyOnFirstList;
        this.sampleEvery = options.watchSampleEvery();
        this.queue = queue;
        this.times = times;
        this.onForbidden = onForbidden;
    }

    void attach(SharedIndexInformer<T> attached, SlimItemStore<T> attachedStore) {
        this.informer = attached;
        this.store = attachedStore;
    }

    String name() {
        return name;
    }

    String kind() {
        return kind;
    }

    @Override
    public void onBeforeList(String resourceVersion) {
        listing = true;
        if (lists > 0) {
            state = InformerState.RELISTING;
            if (dropReported.compareAndSet(false, true)) {
                publish(List.of(t -> new WatchDropped(t, name, "watch ended (closed, or 410 Gone)", 0)));
            }
        }
    }

    @Override
    public void onList(String resourceVersion, boolean initial) {
        timed(() -> listed(resourceVersion));
    }

    private void listed(String resourceVersion) {
        List<LongFunction<WorldEvent>> out = new ArrayList<>();
        SharedIndexInformer<T> inf = informer;
        if (inf != null) {
            Set<String> present = new HashSet<>(inf.getStore().listKeys());
            List<String> gone = new ArrayList<>();
            for (String key : records.keySet()) {
                if (!present.contains(key)) {
                    gone.add(key);
                }
            }
            for (String key : gone) {
                differ.removed(records.remove(key), out);
            }
        }
        listing = false;
        lists++;
        SlimItemStore<T> slimmable = store;
        if (slimmable != null) {
            slimmable.slim();
        }
        size = records.size();
        int items = records.size();
        long rv = resourceVersion(resourceVersion);
        out.add(t -> new InformerListed(t, name, kind, items, rv));
        state = InformerState.WATCHING;
        listedNanos = queue.elapsedNanos();
        message = "";
        dropReported.set(false);
        publish(out);
    }

    @Override
    public void onAdd(T obj) {
        timed(() -> changed(obj, "ADDED"));
    }

    @Override
    public void onUpdate(T oldObj, T newObj) {
        timed(() -> changed(newObj, "MODIFIED"));
    }

    @Override
    public void onDelete(T obj, boolean finalStateUnknown) {
        timed(() -> deleted(obj));
    }

    /** Runs a callback body and records its wall time. */
    private void timed(Runnable body) {
        long start = System.nanoTime();
        body.run();
        times.record(System.nanoTime() - start);
    }

    private void deleted(T obj) {
        String key = Compact.key(obj);
        R before = records.remove(key);
        List<LongFunction<WorldEvent>> out = new ArrayList<>(2);
        if (before != null) {
            differ.removed(before, out);
        }
        sample(obj, key, "DELETED", out);
        size = records.size();
        publish(out);
    }

    private void changed(T obj, String watchType) {
        R now;
        try {
            now = compact.apply(obj);
        } catch (RuntimeException e) {
            LOG.warn("{}: skipped {} that could not be read: {}", name, Compact.key(obj), Redactor.describe(e));
            return;
        }
        String key = now.key(); // the record's own string, so the map holds no second copy
        R before = records.put(key, now);
        List<LongFunction<WorldEvent>> out = new ArrayList<>(4);
        if (before == null) {
            if (historyOnFirstList || lists > 0 || !listing) {
                differ.added(now, out);
            }
        } else if (!before.equals(now)) {
            differ.changed(before, now, out);
        }
        sample(obj, key, before == null ? watchType : "MODIFIED", out);
        size = records.size();
        publish(out);
    }

    private void sample(T obj, String key, String watchType, List<LongFunction<WorldEvent>> out) {
        if (listing || sampleEvery == 0 || watchEvents++ % sampleEvery != 0) {
            return;
        }
        long rv = resourceVersion(obj.getMetadata().getResourceVersion());
        out.add(t -> new WatchEventDelivered(t, name, kind, key, watchType, rv));
    }

    private void publish(List<LongFunction<WorldEvent>> out) {
        lastEventNanos = queue.elapsedNanos();
        queue.publish(out);
    }

    @Override
    public boolean retryAfterException(boolean isStarted, Throwable t) {
        int code = ApiErrors.code(t);
        message = ApiErrors.summary(t, code);
        if (code == 403) {
            state = InformerState.FORBIDDEN;
            LOG.warn("{} forbidden in {}: {}", name, scope, Redactor.describe(t));
            onForbidden.accept(this);
            return false;
        }
        state = InformerState.DISCONNECTED;
        LOG.warn("{} in {} failed, fabric8 retries with back-off: {}", name, scope, message);
        if (dropReported.compareAndSet(false, true)) {
            String reason = code > 0 ? "HTTP " + code : message;
            queue.publish(List.of(time -> new WatchDropped(time, name, reason, 0)));
        }
        return true;
    }

    void stopped() {
        if (state != InformerState.FORBIDDEN) {
            state = InformerState.STOPPED;
        }
    }

    InformerStatus status() {
        InformerState shown = state;
        String text = message;
        SharedIndexInformer<T> inf = informer;
        if (shown == InformerState.WATCHING && inf != null && !inf.isWatching()) {
            boolean opening = queue.elapsedNanos() - listedNanos <= WATCH_OPEN_GRACE_NANOS;
            shown = opening ? InformerState.STARTING : InformerState.DISCONNECTED;
            text = opening ? "listed; opening the watch" : "watch closed; reconnecting with back-off";
        }
        long last = lastEventNanos;
        return new InformerStatus(name, kind, scope, shown, size, last < 0 ? -1 : queue.elapsedNanos() - last, text);
    }

    private static long resourceVersion(String rv) {
        if (rv == null) {
            return 0;
        }
        try {
            return Long.parseLong(rv);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
