package dev.podium.world.kube.state;

import dev.podium.world.kube.event.ReconcileFinished;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A controller's workqueue as views draw it: keys waiting in order, keys held by each worker, keys parked by
 * AddAfter/AddRateLimited with their due time, and the last reconcile result. Mutable; only the projection changes
 * it; {@link #copy()} is deep (queues hold at most a few thousand keys).
 */
public final class WorkqueueView {
    final String name;
    int workers;
    final LinkedHashSet<String> queued;
    final TreeMap<Integer, String> processing;
    final TreeMap<String, Long> delayed;
    ReconcileFinished lastFinished;
    long reconciles;
    long requeues;
    long deduplicated;

    WorkqueueView(String name) {
        this.name = name;
        this.queued = new LinkedHashSet<>();
        this.processing = new TreeMap<>();
        this.delayed = new TreeMap<>();
    }

    private WorkqueueView(WorkqueueView o) {
        name = o.name;
        workers = o.workers;
        queued = new LinkedHashSet<>(o.queued);
        processing = new TreeMap<>(o.processing);
        delayed = new TreeMap<>(o.delayed);
        lastFinished = o.lastFinished;
        reconciles = o.reconciles;
        requeues = o.requeues;
        deduplicated = o.deduplicated;
    }

    WorkqueueView copy() {
        return new WorkqueueView(this);
    }

    public String name() {
        return name;
    }

    public int workers() {
        return workers;
    }

    /** Waiting keys, oldest first. */
    public List<String> queued() {
        return Collections.unmodifiableList(new ArrayList<>(queued));
    }

    /** Worker index → key it reconciles. */
    public Map<Integer, String> processing() {
        return Collections.unmodifiableMap(processing);
    }

    /** Key → simulated time it is due back. */
    public Map<String, Long> delayed() {
        return Collections.unmodifiableMap(delayed);
    }

    public ReconcileFinished lastFinished() {
        return lastFinished;
    }

    public long reconciles() {
        return reconciles;
    }

    public long requeues() {
        return requeues;
    }

    public long deduplicated() {
        return deduplicated;
    }
}
