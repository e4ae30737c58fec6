package dev.podium.world.gc.log;

/**
 * Receives a Go scheduler trace's lines as the importer reads them, in file order (the GC world's importer turns
 * them into {@code SchedTraced} events). Both methods default to doing nothing. Called on the reading thread.
 */
public interface SchedTraceListener {
    /** A {@code SCHED} line. */
    default void sample(SchedSample sample) {
    }

    /** A scheddetail P, M or G line, belonging to the last sample. */
    default void detail(SchedDetail detail) {
    }
}
