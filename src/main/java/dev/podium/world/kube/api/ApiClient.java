package dev.podium.world.kube.api;

import dev.podium.engine.Kernel;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One component's connection to the API server, with client-go's client-side token bucket (QPS, burst). A write
 * waits for a token, then takes {@code writeNanos} to commit; the operation runs against the API server at commit
 * time and its result goes to the callback. Returns the commit time so a reconcile knows how long it blocked. A
 * {@link WaitListener} hears, when the write leaves the bucket, of every wait longer than {@link #REPORTED_WAIT_NANOS}
 * (client-go logs those).
 *
 * <p>Kernel thread only.
 */
public final class ApiClient {
    private final Kernel kernel;
    private final ApiServer api;
    private final TokenBucket bucket;
    private final long writeNanos;
    private WaitListener waitListener;

    /** Waits longer than this (client-go's extraLongThrottleLatency) go to the {@link WaitListener}. */
    public static final long REPORTED_WAIT_NANOS = 1_000_000_000L;

    /** Hears of a long wait for a token, at the time the write leaves the bucket. */
    public interface WaitListener {
        void waited(long waitNanos);
    }

    public ApiClient(Kernel kernel, ApiServer api, double qps, int burst, long writeNanos) {
        this.kernel = kernel;
        this.api = api;
        this.bucket = new TokenBucket(qps, burst);
        this.writeNanos = writeNanos;
    }

    /** Reports long waits to {@code listener} from now on (null: nobody). */
    public void setWaitListener(WaitListener listener) {
        this.waitListener = listener;
    }

    public ApiServer api() {
        return api;
    }

    /** Sends a write no earlier than {@code notBeforeNanos}; returns when it commits. */
    public long write(long notBeforeNanos, Supplier<WriteResult> operation, Consumer<WriteResult> callback) {
        long wantedAt = Math.max(kernel.now(), notBeforeNanos);
        long sendAt = bucket.reserve(wantedAt);
        WaitListener listener = waitListener;
        if (listener != null && sendAt - wantedAt > REPORTED_WAIT_NANOS) {
            kernel.scheduleAt(sendAt, Kernel.NORMAL_PRIORITY, () -> listener.waited(sendAt - wantedAt));
        }
        long commitAt = sendAt + writeNanos;
        kernel.scheduleAt(commitAt, Kernel.NORMAL_PRIORITY, () -> {
            WriteResult r = operation.get();
            if (callback != null) {
                callback.accept(r);
            }
        });
        return commitAt;
    }

    /** Sends a write now. */
    public long write(Supplier<WriteResult> operation, Consumer<WriteResult> callback) {
        return write(kernel.now(), operation, callback);
    }
}
