package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.ExceptionHandler;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.function.Consumer;

/**
 * What a session registers with a fabric8 informer in place of its {@link ObjectTracker}: it forwards every callback
 * until {@link #detach()} (after the informer stopped), then drops them. fabric8 keeps a closed watch, and with
 * it the informer's handlers, for two minutes (its check that the watch really ended), so a session that registered
 * its tracker directly stayed reachable, with its queue, records and client, that long after it closed.
 * Thread-safe.
 *
 * @param <T> the fabric8 kind
 */
final class DetachableHandler<T extends HasMetadata> implements ResourceEventHandler<T>, ExceptionHandler {

    private volatile ObjectTracker<T, ?> tracker;

    DetachableHandler(ObjectTracker<T, ?> tracker) {
        this.tracker = tracker;
    }

    /** From now on every callback is dropped and fabric8 no longer holds the tracker through this handler. */
    void detach() {
        tracker = null;
    }

    /** Calls the tracker, unless detached. */
    private void forward(Consumer<ObjectTracker<T, ?>> call) {
        ObjectTracker<T, ?> t = tracker;
        if (t != null) {
            call.accept(t);
        }
    }

    @Override
    public void onBeforeList(String resourceVersion) {
        forward(t -> t.onBeforeList(resourceVersion));
    }

    @Override
    public void onList(String resourceVersion, boolean initial) {
        forward(t -> t.onList(resourceVersion, initial));
    }

    @Override
    public void onAdd(T obj) {
        forward(t -> t.onAdd(obj));
    }

    @Override
    public void onUpdate(T oldObj, T newObj) {
        forward(t -> t.onUpdate(oldObj, newObj));
    }

    @Override
    public void onDelete(T obj, boolean finalStateUnknown) {
        forward(t -> t.onDelete(obj, finalStateUnknown));
    }

    @Override
    public void onNothing() {
        forward(t -> t.onNothing());
    }

    /**
     * Detached, answers "retry": the informer is stopped by then, so fabric8's reconnect does nothing, and a request
     * that was in flight when the session closed is not logged by fabric8 as an error ("will stop").
     */
    @Override
    public boolean retryAfterException(boolean isStarted, Throwable failure) {
        ObjectTracker<T, ?> t = tracker;
        return t == null || t.retryAfterException(isStarted, failure);
    }
}
