package dev.podium.live.informer;

import dev.podium.world.kube.event.LivePipelineSampled;
import java.util.List;

/**
 * Decides when a live session measures its own pipeline and queues the {@link LivePipelineSampled}: at most once
 * per {@link #PERIOD_NANOS} of session time while anything happened (callbacks ran, events are queued, samples were
 * dropped), and every {@link #IDLE_PERIOD_NANOS} while idle, so an idle session adds little to a recording. Called
 * from {@link LiveSession#drain} on the timeline's thread; the sample goes through the queue like every event, so
 * its time never runs behind an event drained before it.
 */
final class PipelineSampler {
    static final long PERIOD_NANOS = 1_000_000_000L;
    static final long IDLE_PERIOD_NANOS = 10_000_000_000L;

    private final LiveEventQueue queue;
    private final HandlerTimes times;
    private long lastNanos = Long.MIN_VALUE;
    private long lastDropped;

    PipelineSampler(LiveEventQueue queue, HandlerTimes times) {
        this.queue = queue;
        this.times = times;
    }

    /** Queues a sample if one is due; true if it did. */
    boolean sampleIfDue() {
        long now = queue.elapsedNanos();
        if (lastNanos != Long.MIN_VALUE && now - lastNanos < PERIOD_NANOS) {
            return false;
        }
        int backlog = queue.backlog();
        long dropped = queue.droppedSamples();
        HandlerTimes.Interval interval = times.peekHandled() > 0 || backlog > 0 || dropped != lastDropped
                || lastNanos == Long.MIN_VALUE || now - lastNanos >= IDLE_PERIOD_NANOS ? times.takeInterval() : null;
        if (interval == null) {
            return false;
        }
        lastNanos = now;
        lastDropped = dropped;
        long published = queue.published();
        queue.publish(List.of(t -> new LivePipelineSampled(t, backlog, interval.handled(), interval.p50Nanos(),
                interval.maxNanos(), published, dropped)));
        return true;
    }
}
