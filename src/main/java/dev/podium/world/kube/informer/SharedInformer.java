package dev.podium.world.kube.informer;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.WatchType;
import dev.podium.world.kube.event.InformerListed;
import dev.podium.world.kube.event.InformerResynced;
import dev.podium.world.kube.event.WatchDropped;
import dev.podium.world.kube.event.WatchEventDelivered;
import java.util.ArrayList;
import java.util.List;

/**
 * A shared index informer for one resource (client-go tools/cache): its reflector LISTs (latency grows with the
 * page count), then WATCHes from that resourceVersion; watch events go into a {@link DeltaFifo}; a pop loop
 * applies each key's deltas to the {@link Indexer} and calls the handlers, serially and in order.
 *
 * <p>{@link #dropWatch} ends the watch as a 410 Gone would: the reflector waits its back-off (0.8 s with jitter
 * 1.0, so uniform in [0.8, 1.6) s for a first failure) and relists; the relist queues Replaced for everything,
 * which reaches handlers as updates, so every controller re-enqueues every key: the storm is real. Resync
 * (period {@code resyncNanos}, 0 = off) queues Sync deltas. Kernel thread only.
 */
public final class SharedInformer {
    private static final long INITIAL_BACKOFF_NANOS = 800 * KubeParams.MS;
    private static final long MAX_BACKOFF_NANOS = 30 * KubeParams.SECOND;

    private final String name;
    private final Kind kind;
    private final Kernel kernel;
    private final EventSink sink;
    private final ApiServer api;
    private final KubeParams params;
    private final RandomStream random;
    private final Indexer indexer = new Indexer();
    private final DeltaFifo fifo = new DeltaFifo();
    private final List<EventHandler> handlers = new ArrayList<>();
    private List<Object[]> buffered;
    private Runnable stopWatch;
    private boolean processScheduled;
    private boolean synced;
    private boolean initialList;
    private long lastResourceVersion;
    private long backoffNanos = INITIAL_BACKOFF_NANOS;
    private long lastDropNanos = Long.MIN_VALUE / 2;

    public SharedInformer(String name, Kind kind, Kernel kernel, EventSink sink, ApiServer api, KubeParams params) {
        this.name = name;
        this.kind = kind;
        this.kernel = kernel;
        this.sink = sink;
        this.api = api;
        this.params = params;
        this.random = kernel.random("kube.informer." + name);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public Indexer indexer() {
        return indexer;
    }

    /** True once the first LIST has been applied to the cache (WaitForCacheSync). */
    public boolean hasSynced() {
        return synced;
    }

    public void addHandler(EventHandler handler) {
        handlers.add(handler);
    }

    /** Starts the reflector: LIST, then WATCH. */
    public void start() {
        listAndWatch();
        if (params.resyncNanos() > 0) {
            kernel.schedule(params.resyncNanos(), this::resync);
        }
    }

    private void listAndWatch() {
        List<ApiObject> snapshot = api.list(kind);
        long rv = api.resourceVersion();
        buffered = new ArrayList<>();
        stopWatch = api.watch(kind, this::onWatchEvent);
        long pages = Math.max(1, (snapshot.size() + 499) / 500);
        long latency = params.listBaseNanos() + pages * params.listPerPageNanos();
        kernel.schedule(latency, () -> listed(snapshot, rv));
    }

    private void listed(List<ApiObject> snapshot, long rv) {
        sink.emit(new InformerListed(kernel.now(), name, kind.resource(), snapshot.size(), rv));
        lastResourceVersion = rv;
        initialList = !synced;
        fifo.replace(snapshot, new ArrayList<>(indexer.values()));
        List<Object[]> pending = buffered;
        buffered = null;
        for (Object[] e : pending) {
            deliver((WatchType) e[0], (ApiObject) e[1]);
        }
        scheduleProcess();
    }

    private void onWatchEvent(WatchType type, ApiObject object) {
        if (buffered != null) {
            buffered.add(new Object[] {type, object});
        } else {
            deliver(type, object);
            scheduleProcess();
        }
    }

    private void deliver(WatchType type, ApiObject object) {
        lastResourceVersion = Math.max(lastResourceVersion, object.resourceVersion());
        if (params.traceWatchEvents()) {
            sink.emit(new WatchEventDelivered(kernel.now(), name, kind.resource(), object.key(), type.name(),
                    object.resourceVersion()));
        }
        String delta = type == WatchType.ADDED ? Delta.ADDED
                : type == WatchType.MODIFIED ? Delta.UPDATED : Delta.DELETED;
        fifo.add(delta, object, false);
    }

    private void scheduleProcess() {
        if (!processScheduled && !fifo.isEmpty()) {
            processScheduled = true;
            kernel.schedule(0, this::process);
        }
    }

    /** The informer's processLoop: pop each key, apply its deltas to the cache, tell the handlers. */
    private void process() {
        processScheduled = false;
        List<Delta> deltas;
        while ((deltas = fifo.pop()) != null) {
            for (int i = 0; i < deltas.size(); i++) {
                apply(deltas.get(i));
            }
        }
        if (!synced) {
            synced = true;
        }
        initialList = false;
    }

    private void apply(Delta d) {
        ApiObject obj = d.object();
        if (Delta.DELETED.equals(d.type())) {
            ApiObject old = indexer.delete(obj.key());
            ApiObject last = old != null ? old : obj;
            for (int i = 0; i < handlers.size(); i++) {
                handlers.get(i).onDelete(last);
            }
            return;
        }
        ApiObject old = indexer.put(obj);
        for (int i = 0; i < handlers.size(); i++) {
            if (old == null) {
                handlers.get(i).onAdd(obj, initialList);
            } else {
                handlers.get(i).onUpdate(old, obj);
            }
        }
    }

    private void resync() {
        int n = fifo.resync(new ArrayList<>(indexer.values()));
        sink.emit(new InformerResynced(kernel.now(), name, n));
        scheduleProcess();
        kernel.schedule(params.resyncNanos(), this::resync);
    }

    /**
     * Ends the watch as a 410 Gone (or a dropped connection) would; the reflector relists after its back-off.
     * Returns false if the watch was already down.
     */
    public boolean dropWatch(String reason) {
        if (stopWatch == null) {
            return false;
        }
        stopWatch.run();
        stopWatch = null;
        buffered = null;
        long now = kernel.now();
        if (now - lastDropNanos > 2 * 60 * KubeParams.SECOND) {
            backoffNanos = INITIAL_BACKOFF_NANOS; // the back-off manager resets after 2 min without errors
        }
        long wait = backoffNanos + (long) (random.nextDouble() * backoffNanos);
        backoffNanos = Math.min(MAX_BACKOFF_NANOS, backoffNanos * 2);
        lastDropNanos = now;
        sink.emit(new WatchDropped(now, name, reason, wait));
        kernel.schedule(wait, this::listAndWatch);
        return true;
    }

    /** The resourceVersion of the newest event seen. */
    public long lastResourceVersion() {
        return lastResourceVersion;
    }
}
