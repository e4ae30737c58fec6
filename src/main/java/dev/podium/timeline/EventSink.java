package dev.podium.timeline;

/**
 * Where a source puts the events it produces. The simulation's actors call it from the kernel's
 * thread; the timeline implements it.
 */
@FunctionalInterface
public interface EventSink {
    /** Accepts one event; events arrive in non-decreasing time order. */
    void emit(WorldEvent event);
}
