package dev.podium.world.kube.flow;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.flow.event.ClientThrottled;

/**
 * client-go's throttled logger for one client: a wait for a token longer than a second (extraLongThrottleLatency)
 * becomes a {@link ClientThrottled} event, at most once a second (the logger's -v=2 setting); the lines it holds back
 * are counted into the next one. Call {@link #waited} when the request leaves the bucket. Kernel thread only.
 */
public final class ThrottleLog {
    /** client-go extraLongThrottleLatency. */
    public static final long LOGGED_WAIT_NANOS = 1_000_000_000L;
    /** client-go's reason for a wait in the client's own bucket. */
    public static final String THROTTLING = "client-side throttling, not priority and fairness";

    private final Kernel kernel;
    private final EventSink sink;
    private final String client;
    private long lastLogNanos = Long.MIN_VALUE;
    private long heldBack;

    public ThrottleLog(Kernel kernel, EventSink sink, String client) {
        this.kernel = kernel;
        this.sink = sink;
        this.client = client;
    }

    /** A request of this client left its bucket now after {@code waitNanos}; logs it if it waited over a second. */
    public void waited(long waitNanos, String reason, String request) {
        if (waitNanos <= LOGGED_WAIT_NANOS) {
            return;
        }
        heldBack++;
        long now = kernel.now();
        if (lastLogNanos != Long.MIN_VALUE && now - lastLogNanos < LOGGED_WAIT_NANOS) {
            return;
        }
        sink.emit(new ClientThrottled(now, client, waitNanos, reason, request, heldBack));
        lastLogNanos = now;
        heldBack = 0;
    }
}
