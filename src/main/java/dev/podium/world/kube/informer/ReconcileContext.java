package dev.podium.world.kube.informer;

import dev.podium.world.kube.api.ApiClient;
import dev.podium.world.kube.api.WriteResult;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one reconcile did: the writes it sent (the worker blocks until the last commits, as client-go calls are
 * synchronous), the diff it observed, short action codes, an error (the key is then requeued rate-limited) and an
 * optional AddAfter. Created by {@link ControllerLoop}; kernel thread only.
 */
public final class ReconcileContext {
    private final ApiClient client;
    private long finishNanos;
    private String observed = "";
    private final StringBuilder actions = new StringBuilder();
    private String error = "";
    private long requeueAfterNanos;
    private boolean requeue;

    ReconcileContext(ApiClient client, long earliestFinishNanos) {
        this.client = client;
        this.finishNanos = earliestFinishNanos;
    }

    /** Sends a write now; a result other than OK fails the reconcile. Returns the commit time. */
    public long write(Supplier<WriteResult> op) {
        return write(0, op, null);
    }

    /**
     * Sends a write no earlier than {@code notBeforeNanos} (for sequential batches); {@code callback} (may be null)
     * hears the result before the reconcile's own error handling.
     */
    public long write(long notBeforeNanos, Supplier<WriteResult> op, Consumer<WriteResult> callback) {
        long commit = client.write(notBeforeNanos, op, r -> {
            if (callback != null) {
                callback.accept(r);
            }
            if (r != WriteResult.OK) {
                fail(r.reason());
            }
        });
        finishNanos = Math.max(finishNanos, commit);
        return commit;
    }

    /** The diff seen, e.g. "desired 3 actual 2". */
    public void observed(String text) {
        observed = text;
    }

    /** Appends an action code such as {@code createPods:2}. */
    public void action(String code, int count) {
        if (actions.length() > 0) {
            actions.append(' ');
        }
        actions.append(code).append(':').append(count);
    }

    public void fail(String reason) {
        if (error.isEmpty()) {
            error = reason;
        }
    }

    /** Asks to see the key again after {@code delayNanos} (the smallest request wins). */
    public void requeueAfter(long delayNanos) {
        requeueAfterNanos = requeueAfterNanos == 0 ? delayNanos : Math.min(requeueAfterNanos, delayNanos);
    }

    /** Asks to see the key again, rate-limited, without an error (controller-runtime's Result{Requeue: true}). */
    public void requeue() {
        requeue = true;
    }

    boolean requeueRequested() {
        return requeue;
    }

    long finishNanos() {
        return finishNanos;
    }

    String observedText() {
        return observed;
    }

    String actionText() {
        return actions.length() == 0 ? "none" : actions.toString();
    }

    String errorText() {
        return error;
    }

    long requeueAfterNanos() {
        return requeueAfterNanos;
    }
}
