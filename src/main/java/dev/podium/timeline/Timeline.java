package dev.podium.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The append-only, time-ordered list of {@link WorldEvent}s of one run.
 *
 * <p>Events are appended in non-decreasing time order (an event earlier than the last one is refused:
 * it would rewrite the past that views have already shown). Listeners hear each appended event in
 * order; one failing listener does not stop the others (after fabric8's SharedProcessor).
 *
 * <p><b>Threads:</b> confined to one thread at a time, the one that owns the source (the FX thread while
 * simulating frame by frame, a worker thread in a headless run or while a fork is computed before it is handed
 * to the FX thread). {@link #endNanos()} tells how far
 * the run has been computed, which can be later than the last event.
 */
public final class Timeline implements EventSink {
    /** Hears each event as it is appended. */
    @FunctionalInterface
    public interface Listener {
        void appended(int index, WorldEvent event);
    }

    private final List<WorldEvent> events = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> listenerFailures = new ArrayList<>();
    private long endNanos;

    @Override
    public void emit(WorldEvent event) {
        append(event);
    }

    /** Appends one event; its time must not be earlier than the last event's. */
    public void append(WorldEvent event) {
        long t = event.timeNanos();
        if (!events.isEmpty() && t < events.get(events.size() - 1).timeNanos()) {
            throw new IllegalArgumentException("event at " + t + "ns is earlier than the last event at "
                    + events.get(events.size() - 1).timeNanos() + "ns: " + event);
        }
        int index = events.size();
        events.add(event);
        if (t > endNanos) {
            endNanos = t;
        }
        for (Listener listener : listeners) {
            try {
                listener.appended(index, event);
            } catch (RuntimeException e) {
                listenerFailures.add(e);
            }
        }
    }

    /** Marks the run as computed up to {@code tNanos} even if nothing happened there. */
    public void advanceEnd(long tNanos) {
        if (tNanos > endNanos) {
            endNanos = tNanos;
        }
    }

    /** How far the run has been computed, in simulated nanoseconds. */
    public long endNanos() {
        return endNanos;
    }

    public int size() {
        return events.size();
    }

    public WorldEvent get(int index) {
        return events.get(index);
    }

    /** A read-only view of all events, in order. */
    public List<WorldEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Number of events whose time is at most {@code tNanos} (binary search). */
    public int countAtOrBefore(long tNanos) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).timeNanos() <= tNanos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Time of the first event after {@code tNanos}, or -1 if none. */
    public long nextEventTimeAfter(long tNanos) {
        int i = countAtOrBefore(tNanos);
        return i < events.size() ? events.get(i).timeNanos() : -1;
    }

    /** Time of the last event before {@code tNanos}, or -1 if none. */
    public long previousEventTimeBefore(long tNanos) {
        int i = countAtOrBefore(tNanos - 1);
        return i > 0 ? events.get(i - 1).timeNanos() : -1;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Exceptions thrown by listeners so far (they were isolated, not rethrown). */
    public List<RuntimeException> listenerFailures() {
        return Collections.unmodifiableList(listenerFailures);
    }
}
