package dev.podium.world.kube.flow;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.TokenBucket;
import dev.podium.world.kube.flow.event.ClientSampled;
import dev.podium.world.kube.flow.event.RequestRejected;

/**
 * One API client as client-go's rest client runs it: {@code workers} goroutines each send a request, wait for the
 * answer and send the next. Every attempt first takes a token from the client's own bucket (QPS, burst); a wait of
 * more than a second is logged as client-go does (see {@link ThrottleLog}). A 429 with Retry-After makes the
 * worker sleep that long and retry, through the bucket again, up to {@link #MAX_RETRIES} times (client-go's
 * maxRetries), then give up on that request and go on with the next.
 *
 * <p>Kernel thread only. Times in simulated nanoseconds.
 */
final class FlowClient {
    /** client-go rest.Request maxRetries. */
    static final int MAX_RETRIES = 10;
    /** The reason given here for a wait before a retry (client-go's own text for it is not reproduced). */
    static final String RETRY = "a retry after 429";

    private final Kernel kernel;
    private final EventSink sink;
    private final ApfServer server;
    private final ClientSpec spec;
    private final TokenBucket bucket;
    private int targetWorkers;
    private int runningWorkers;
    private int waitingForToken;
    private int atServer;
    private int sleeping;
    private long sent;
    private long served;
    private long rejected;
    private long failed;
    private long maxWaitNanos;
    private final ThrottleLog log;

    FlowClient(Kernel kernel, EventSink sink, ApfServer server, ClientSpec spec) {
        this.kernel = kernel;
        this.sink = sink;
        this.server = server;
        this.spec = spec;
        this.bucket = new TokenBucket(spec.qps(), spec.burst());
        this.log = new ThrottleLog(kernel, sink, spec.name());
        server.level(spec.level());
    }

    ClientSpec spec() {
        return spec;
    }

    /** From now on {@code workers} goroutines send; extra ones stop after their current request. */
    void setWorkers(int workers) {
        targetWorkers = workers;
        while (runningWorkers < targetWorkers) {
            runningWorkers++;
            send(0);
        }
    }

    private void send(int attempt) {
        long now = kernel.now();
        long sendAt = bucket.reserve(now);
        waitingForToken++;
        kernel.scheduleAt(sendAt, Kernel.NORMAL_PRIORITY, () -> {
            waitingForToken--;
            long wait = sendAt - now;
            maxWaitNanos = Math.max(maxWaitNanos, wait);
            // client-go words a retry's reason otherwise; its text is not copied here
            log.waited(wait, attempt == 0 ? ThrottleLog.THROTTLING : RETRY, spec.request());
            sent++;
            atServer++;
            server.submit(spec.level(), spec.name(), spec.requestNanos(), (status, retryAfter) -> answered(status,
                    retryAfter, attempt));
        });
    }

    private void answered(int status, long retryAfterSeconds, int attempt) {
        atServer--;
        if (status == 200) {
            served++;
            next();
            return;
        }
        rejected++;
        sink.emit(new RequestRejected(kernel.now(), spec.name(), spec.level(), retryAfterSeconds, attempt));
        if (attempt >= MAX_RETRIES) {
            failed++;
            next();
            return;
        }
        sleeping++;
        kernel.schedule(retryAfterSeconds * FlowParams.SECOND, () -> {
            sleeping--;
            send(attempt + 1);
        });
    }

    private void next() {
        if (runningWorkers > targetWorkers) {
            runningWorkers--;
        } else if (spec.pauseNanos() > 0) {
            kernel.schedule(spec.pauseNanos(), () -> send(0));
        } else {
            send(0);
        }
    }

    /** Emits this window's totals and starts the next window. */
    void sample(long windowNanos) {
        sink.emit(new ClientSampled(kernel.now(), spec.name(), windowNanos, targetWorkers, sent, served, rejected,
                failed, maxWaitNanos, waitingForToken, atServer, sleeping));
        sent = 0;
        served = 0;
        rejected = 0;
        failed = 0;
        maxWaitNanos = 0;
    }
}
