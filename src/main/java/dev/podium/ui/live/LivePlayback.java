package dev.podium.ui.live;

import dev.podium.live.informer.LiveSession;
import dev.podium.live.informer.LiveStatus;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.Timeline;
import dev.podium.ui.playback.Playback;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live cluster as a {@link Playback}: each frame moves at most {@link #MAX_EVENTS_PER_FRAME} events from the
 * session's queue into the timeline (never one {@code runLater} per event), so a burst of thousands of changes is
 * spread over frames and the window never stalls. The scrubber's end is "now"; after {@link #disconnect()} the
 * playback is complete and stays scrubbable and savable like a recording. FX thread only, except that closing
 * the connection happens on a background thread (it may wait on the network).
 *
 * <p>Memory stays bounded in a session of any length: the timeline keeps the newest {@link #RETAINED_EVENTS} events
 * in memory and spills older ones to a temporary recording file ({@link Timeline#spilling}), deleted on
 * {@link #close()}. If that file cannot be created, the timeline keeps everything in memory (and says so in the
 * log).
 */
public final class LivePlayback implements Playback {
    /** Events moved from the session to the timeline per frame, at most. */
    public static final int MAX_EVENTS_PER_FRAME = Integer.getInteger("podium.live.maxEventsPerFrame", 1_000);
    /**
     * The FX thread's CPU time a frame may spend moving events into the timeline (appending, and spilling the oldest
     * to disk once past {@link #RETAINED_EVENTS}); the rest waits for the next frame, in order.
     */
    public static final long DRAIN_BUDGET_NANOS =
            Long.getLong("podium.live.drainBudgetMicros", 4_000) * 1_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The FX thread's CPU time if the JVM measures it, else wall time. */
    private static final LongSupplier DRAIN_CLOCK = THREADS.isCurrentThreadCpuTimeSupported()
            ? THREADS::getCurrentThreadCpuTime : System::nanoTime;
    /** Events the timeline keeps in memory, at least; older ones are spilled to disk. */
    public static final int RETAINED_EVENTS = Integer.getInteger("podium.live.retainedEvents", 131_072);
    private static final Logger LOG = LoggerFactory.getLogger(LivePlayback.class);

    private final LiveSession session;
    private final String namespace;
    private final Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Timeline timeline;
    private boolean disconnected;
    private boolean drained;
    private boolean closed;

    /** Plays {@code session}; {@code namespace} is the one watched, or null for all namespaces. */
    public LivePlayback(LiveSession session, String namespace) {
        this.session = session;
        this.namespace = namespace;
        this.timeline = spillingTimeline(saveHeader());
    }

    private static Timeline spillingTimeline(RecordingHeader header) {
        try {
            return Timeline.spilling(Files.createTempFile("podium-live-", ".podium.jsonl"),
                    new RecordingCodec(LiveSession.eventTypes()), header, RETAINED_EVENTS);
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot create a file to spill the live timeline to; keeping every event in memory: {}",
                    e.toString());
            return new Timeline();
        }
    }

    public LiveSession session() {
        return session;
    }

    public LiveConnection connection() {
        return session.connection();
    }

    /** The kubeconfig context watched. */
    public String contextName() {
        return session.connection().context().name();
    }

    /** When watching started (wall clock, whole seconds), for a recording's header. */
    public Instant startedAt() {
        return startedAt;
    }

    /** The namespace watched, or null for all namespaces. */
    public String namespace() {
        return namespace;
    }

    /** The informers' health, the backlog and dropped samples, now. */
    public LiveStatus status() {
        return session.status();
    }

    public boolean isDisconnected() {
        return disconnected;
    }

    @Override
    public boolean followsWallClock() {
        return true;
    }

    @Override
    public String label() {
        return contextName();
    }

    @Override
    public RecordingHeader saveHeader() {
        return new RecordingHeader(RecordingHeader.FORMAT, RecordingHeader.VERSION, "live", contextName(), 0,
                startedAt.toString(), worlds());
    }

    @Override
    public List<String> worlds() {
        return List.of(LiveSession.WORLD);
    }

    @Override
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public long durationNanos() {
        return Math.max(1, drained ? timeline.endNanos() : Math.max(session.elapsedNanos(), timeline.endNanos()));
    }

    @Override
    public long computedNanos() {
        return timeline.endNanos();
    }

    @Override
    public boolean isComplete() {
        return drained;
    }

    @Override
    public long advanceTo(long tNanos, long maxEvents) {
        if (drained) {
            return 0;
        }
        int cap = (int) Math.min(maxEvents, MAX_EVENTS_PER_FRAME);
        int moved = session.drain(timeline, cap, DRAIN_CLOCK, DRAIN_BUDGET_NANOS);
        if (moved < cap) {
            timeline.advanceEnd(session.horizonNanos());
            if (disconnected && session.backlog() == 0) {
                drained = true;
            }
        }
        return moved;
    }

    /** Stops watching; what was seen stays, and the playback becomes complete once the queue is drained. */
    public void disconnect() {
        if (!disconnected) {
            disconnected = true;
            session.close();
        }
    }

    /** Stops watching and closes the connection (on a background thread). */
    @Override
    public void close() {
        disconnect();
        if (!closed) {
            closed = true;
            timeline.close();
            Thread closer = new Thread(session.connection()::close, "podium-live-close");
            closer.setDaemon(true);
            closer.start();
        }
    }
}
