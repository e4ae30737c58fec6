package dev.podium.world.kube.informer;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.event.ControllerStarted;
import dev.podium.world.kube.event.ReconcileFinished;
import dev.podium.world.kube.event.ReconcileStarted;
import java.util.List;

/**
 * A controller's workers (the goroutines running {@code processNextWorkItem}): each idle worker takes a key
 * (Get), reconciles it, blocks until its writes commit (at least {@code reconcileNanos}), then handles the result:
 * error or a requeue request → AddRateLimited, success → Forget, plus any AddAfter; finally Done. Workers wake in a kernel event of
 * their own, so keys added in the same instant wait in the queue together and de-duplicate.
 *
 * <p>Kernel thread only.
 */
public final class ControllerLoop {
    /** Makes a controller's loop with the worker count configured for its name. */
    @FunctionalInterface
    public interface Factory {
        ControllerLoop create(String name, Reconciler reconciler);
    }

    private final String name;
    private final Kernel kernel;
    private final EventSink sink;
    private final ApiClient client;
    private final Reconciler reconciler;
    private final long reconcileNanos;
    private final boolean[] busy;
    private final Workqueue queue;
    private int idle;
    private boolean dispatchScheduled;

    public ControllerLoop(String name, int workers, Kernel kernel, EventSink sink, ApiClient client,
            long reconcileNanos, Reconciler reconciler) {
        this.name = name;
        this.kernel = kernel;
        this.sink = sink;
        this.client = client;
        this.reconciler = reconciler;
        this.reconcileNanos = reconcileNanos;
        this.busy = new boolean[workers];
        this.idle = workers;
        this.queue = new Workqueue(name, kernel, sink, this::scheduleDispatch);
    }

    public Workqueue queue() {
        return queue;
    }

    public String name() {
        return name;
    }

    /** Announces the controller (ControllerStarted); workers start when keys arrive. */
    public void start(List<String> informers) {
        sink.emit(new ControllerStarted(kernel.now(), name, busy.length, informers));
    }

    private void scheduleDispatch() {
        if (!dispatchScheduled && idle > 0) {
            dispatchScheduled = true;
            kernel.schedule(0, this::dispatch);
        }
    }

    private void dispatch() {
        dispatchScheduled = false;
        while (idle > 0 && queue.length() > 0) {
            int worker = 0;
            while (busy[worker]) {
                worker++;
            }
            String key = queue.get();
            busy[worker] = true;
            idle--;
            run(worker, key);
        }
    }

    private void run(int worker, String key) {
        long start = kernel.now();
        sink.emit(new ReconcileStarted(start, name, key, worker));
        ReconcileContext ctx = new ReconcileContext(client, start + reconcileNanos);
        reconciler.reconcile(key, ctx);
        kernel.scheduleAt(ctx.finishNanos(), Kernel.NORMAL_PRIORITY, () -> finish(worker, key, start, ctx));
    }

    private void finish(int worker, String key, long start, ReconcileContext ctx) {
        long now = kernel.now();
        sink.emit(new ReconcileFinished(now, name, key, worker, now - start, ctx.observedText(), ctx.actionText(),
                ctx.errorText()));
        if (!ctx.errorText().isEmpty() || ctx.requeueRequested()) {
            queue.addRateLimited(key);
        } else {
            queue.forget(key);
        }
        if (ctx.requeueAfterNanos() > 0) {
            queue.requeueAfter(key, ctx.requeueAfterNanos());
        }
        queue.done(key);
        busy[worker] = false;
        idle++;
        scheduleDispatch();
    }
}
