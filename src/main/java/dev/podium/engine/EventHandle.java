package dev.podium.engine;

/**
 * A scheduled event, as returned by {@link Kernel#schedule}. Pass it to {@link Kernel#cancel} to
 * take the event back before it fires.
 *
 * <p>Owned by the kernel's thread like the kernel itself. The fields are package-private so the
 * kernel's heap can compare them without calls.
 */
public final class EventHandle {
    long timeNanos;
    final int priority;
    long sequence;
    final Runnable action;
    /** Position in the kernel's heap, or -1 once fired or cancelled. */
    int heapIndex;

    EventHandle(long timeNanos, int priority, long sequence, Runnable action) {
        this.timeNanos = timeNanos;
        this.priority = priority;
        this.sequence = sequence;
        this.action = action;
    }

    /** Simulated time at which the event fires, in nanoseconds. */
    public long timeNanos() {
        return timeNanos;
    }

    /** Lower fires first among events at the same time. */
    public int priority() {
        return priority;
    }

    /** True while the event waits in the event list (not yet fired, not cancelled). */
    public boolean isPending() {
        return heapIndex >= 0;
    }

    /** Total order: time, then priority, then insertion sequence. */
    boolean before(EventHandle other) {
        if (timeNanos != other.timeNanos) {
            return timeNanos < other.timeNanos;
        }
        if (priority != other.priority) {
            return priority < other.priority;
        }
        return sequence < other.sequence;
    }

    @Override
    public String toString() {
        return "EventHandle[t=" + timeNanos + "ns, priority=" + priority + ", seq=" + sequence + "]";
    }
}
