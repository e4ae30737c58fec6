/**
 * Importers of real GC logs: JVM unified logging ({@code -Xlog:gc}, {@code -Xlog:gc*}, any decorators; G1,
 * Parallel, Serial, ZGC, Shenandoah) and Go's {@code GODEBUG=gctrace=1}, {@code schedtrace} and
 * {@code scheddetail} output. They stream: a file is read line by line in bounded memory, its pauses become
 * {@link dev.podium.world.gc.LoggedPause} events and a running tally ({@link dev.podium.world.gc.log.GcLogSummary})
 * that matches the runtime's own counters. Unrecognised lines are counted, never fatal; a garbled or cut-off file
 * is read to its last good line with a warning that names the line. No JavaFX, no files but the one read.
 */
package dev.podium.world.gc.log;
