package dev.podium.engine;

import java.util.Arrays;

/**
 * The simulation kernel: a clock in {@code long} nanoseconds and an event list.
 *
 * <p>Events fire in the total order (time, priority, insertion sequence), so two runs that schedule
 * the same events in the same order fire them in the same order. The clock never goes backwards and
 * never reads the wall clock. The event list is a binary min-heap (after SimPy's core: one heap, one
 * loop, a total order); cancellation removes the event from the heap at once.
 *
 * <p><b>Threads:</b> not thread-safe by contract. One thread at a time owns a kernel; ownership passes to
 * another thread only through a hand-off that orders memory (an executor, a queue), as when a forked run is
 * computed on a worker and then shown on the FX thread. Views never call it, they read the timeline it feeds.
 * The kernel never sleeps.
 */
public final class Kernel {
    /** Priority for ordinary events. Lower values fire first among events at the same time. */
    public static final int NORMAL_PRIORITY = 0;

    private final long seed;
    private final RandomStreams randomStreams;
    private EventHandle[] heap = new EventHandle[64];
    private int size;
    private long nowNanos;
    private long nextSequence;
    private long firedCount;
    /**
     * True while an action runs and the slot of the event it fired, heap[0], is still vacant. The
     * first event the action schedules drops into that slot with a single sift (the "replace top"
     * of a priority queue), which is what most models do: an arrival schedules the next arrival.
     * Every other operation fills the vacancy first.
     */
    private boolean vacantTop;
    private boolean stopRequested;

    /** A kernel at time zero whose random streams all derive from {@code seed}. */
    public Kernel(long seed) {
        this.seed = seed;
        this.randomStreams = new RandomStreams(seed);
    }

    /** The current simulated time in nanoseconds. */
    public long now() {
        return nowNanos;
    }

    /** The seed this kernel's random streams derive from. */
    public long seed() {
        return seed;
    }

    /** How many events have fired so far. */
    public long firedCount() {
        return firedCount;
    }

    /** How many events wait in the event list. */
    public int pendingCount() {
        return vacantTop ? size - 1 : size;
    }

    /**
     * The random stream of one component, by a stable name such as {@code "queue.arrivals"}. The same
     * name always gives the same stream for the same seed, whatever other streams exist.
     */
    public RandomStream random(String componentName) {
        return randomStreams.stream(componentName);
    }

    /** Schedules {@code action} to fire {@code delayNanos} from now with normal priority. */
    public EventHandle schedule(long delayNanos, Runnable action) {
        return scheduleAt(addTime(nowNanos, delayNanos), NORMAL_PRIORITY, action);
    }

    /** Schedules {@code action} at absolute time {@code timeNanos}, which must not be in the past. */
    public EventHandle scheduleAt(long timeNanos, int priority, Runnable action) {
        if (timeNanos < nowNanos) {
            throw new IllegalArgumentException("cannot schedule in the past: " + timeNanos + "ns < now " + nowNanos + "ns");
        }
        if (action == null) {
            throw new IllegalArgumentException("action is null");
        }
        return insert(new EventHandle(timeNanos, priority, nextSequence++, action));
    }

    /**
     * Schedules a fired or cancelled event again, {@code delayNanos} from now, with its action and
     * priority, and returns it. It orders as if newly scheduled (a fresh insertion sequence). Models
     * that reschedule the same event over and over (the next arrival) allocate nothing this way.
     *
     * @throws IllegalStateException if the event is still pending
     */
    public EventHandle reschedule(EventHandle event, long delayNanos) {
        if (event.heapIndex >= 0) {
            throw new IllegalStateException("event is still pending: " + event);
        }
        event.timeNanos = addTime(nowNanos, delayNanos);
        event.sequence = nextSequence++;
        return insert(event);
    }

    private EventHandle insert(EventHandle event) {
        if (vacantTop) {
            vacantTop = false;
            siftDown(0, event);
            return event;
        }
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(size++, event);
        return event;
    }

    /**
     * Takes a pending event back. Returns false if it already fired or was cancelled; that is not an
     * error, because a timeout racing its own completion is ordinary in models.
     */
    public boolean cancel(EventHandle event) {
        fillVacantTop();
        int index = event.heapIndex;
        if (index < 0 || index >= size || heap[index] != event) {
            return false;
        }
        event.heapIndex = -1;
        EventHandle last = heap[--size];
        heap[size] = null;
        if (index < size) {
            if (index > 0 && last.before(heap[(index - 1) >>> 1])) {
                siftUp(index, last);
            } else {
                siftDown(index, last);
            }
        }
        return true;
    }

    /** Time of the next event, or {@link Long#MAX_VALUE} if the event list is empty. */
    public long peekTime() {
        fillVacantTop();
        return size == 0 ? Long.MAX_VALUE : heap[0].timeNanos;
    }

    /** Fires the next event. Returns false, and changes nothing, if there is none. */
    public boolean step() {
        fillVacantTop();
        if (size == 0) {
            return false;
        }
        fireTop();
        fillVacantTop();
        return true;
    }

    /**
     * Fires heap[0], leaving its slot vacant while the action runs. No try/finally: if the action
     * throws, the vacancy stays, and every entry point fills it before touching the heap.
     */
    private void fireTop() {
        EventHandle event = heap[0];
        event.heapIndex = -1;
        vacantTop = true;
        nowNanos = event.timeNanos;
        firedCount++;
        event.action.run();
    }

    private void fillVacantTop() {
        if (vacantTop) {
            vacantTop = false;
            EventHandle last = heap[--size];
            heap[size] = null;
            if (size > 0) {
                siftDown(0, last);
            }
        }
    }

    /**
     * Fires every event whose time is at most {@code timeNanos}, including events those events
     * schedule, then sets the clock to {@code timeNanos}. If an action calls {@link #stop()}, it
     * returns after that event instead and the clock stays at that event's time. Returns the number
     * of events fired.
     */
    public long runUntil(long timeNanos) {
        return runUntil(timeNanos, Long.MAX_VALUE);
    }

    /**
     * Like {@link #runUntil(long)} but stops after {@code maxEvents} events, so a frame loop can bound
     * its work. The clock moves to {@code timeNanos} only if every due event fired and no action
     * asked to stop. Returns the number fired.
     */
    public long runUntil(long timeNanos, long maxEvents) {
        stopRequested = false;
        long fired = 0;
        while (true) {
            fillVacantTop();
            if (size == 0 || heap[0].timeNanos > timeNanos) {
                break;
            }
            if (fired == maxEvents) {
                return fired;
            }
            fireTop();
            fired++;
            if (stopRequested) {
                stopRequested = false;
                fillVacantTop();
                return fired;
            }
        }
        if (timeNanos > nowNanos) {
            nowNanos = timeNanos;
        }
        return fired;
    }

    /**
     * Asks the running {@link #runUntil} to return once the current event's action is done, as a
     * model does when it reaches its own end condition. Outside {@code runUntil} it does nothing.
     */
    public void stop() {
        stopRequested = true;
    }

    private void siftUp(int index, EventHandle event) {
        EventHandle[] h = heap;
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            EventHandle p = h[parent];
            if (!event.before(p)) {
                break;
            }
            h[index] = p;
            p.heapIndex = index;
            index = parent;
        }
        h[index] = event;
        event.heapIndex = index;
    }

    private void siftDown(int index, EventHandle event) {
        EventHandle[] h = heap;
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            EventHandle c = h[child];
            int right = child + 1;
            if (right < size && h[right].before(c)) {
                child = right;
                c = h[right];
            }
            if (!c.before(event)) {
                break;
            }
            h[index] = c;
            c.heapIndex = index;
            index = child;
        }
        h[index] = event;
        event.heapIndex = index;
    }

    private static long addTime(long now, long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay: " + delay + "ns");
        }
        long t = now + delay;
        return t < now ? Long.MAX_VALUE : t;
    }
}
