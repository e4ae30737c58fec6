package dev.podium.world.gc.log;

/**
 * Receives a Go scheduler trace's lines as the importer reads them, in file order, for a future Go scheduler view
 * (the Go runtime world has no events to hold them yet). Both methods default to doing nothing. Called on the
 * reading thread.
 */
public interface SchedTraceListener {
    /** A {@code SCHED} line. */
    default void sample(SchedSample sample) {
    }

    /** A scheddetail P, M or G line, belonging to the last sample. */
    default void detail(SchedDetail detail) {
    }
}
