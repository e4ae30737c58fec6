package dev.podium.world.gc.log;

import java.util.List;

/**
 * What an importer read from a log: its pauses as the runtime counts them, the collector, and what it could not
 * read. Times in nanoseconds.
 *
 * <p>What counts as a pause, per log: a JVM's stop-the-world pause lines ({@code Pause Young/Full/Remark/Cleanup}
 * for G1, Parallel and Serial; ZGC's {@code Pause Mark Start/Mark End/Relocate Start}, which only {@code
 * -Xlog:gc*} prints; Shenandoah's {@code Pause Init Mark/Final Mark/Init Update Refs/Final Update Refs/Degenerated
 * GC/Full}); Go's two stop-the-world phases of every gctrace line (sweep termination and mark termination).
 *
 * <p>{@code gcCpuShare}: for a JVM log, pause time divided by the log's span (the last line's uptime), the share of
 * wall time the application stood still (no JDK 17 log states the CPU of concurrent phases, so concurrent
 * collectors' background work is not in it); for Go, the last gctrace line's own percentage (the runtime's
 * {@code GCCPUFraction}: GC CPU since the program started, concurrent marking and assists included).
 *
 * @param formats what the file held, e.g. {@code JVM unified logging}, {@code Go gctrace}, {@code Go schedtrace}
 * @param collector G1, Parallel, Serial, ZGC, Shenandoah, Go; {@code unknown} when the log does not say
 * @param lines lines read, blank ones included
 * @param pauseP99Nanos the nearest-rank 99th percentile of the pauses ({@link PauseHistogram} says how exact)
 * @param spanNanos from the log's time origin (JVM start, Go program start) to its last timed line
 * @param cycles GC cycles: Go's gctrace lines; for a JVM, the distinct GC ids seen
 * @param concurrentNanos wall time of concurrent phases and cycles the log reports (not CPU time)
 * @param firstUnrecognisedLines the numbers of the first few unrecognised lines
 * @param warnings where reading stopped or what was cut off, each naming {@code file:line}
 * @param schedTrace what the Go scheduler trace lines said, or null when there were none
 */
public record GcLogSummary(String formats, String collector, long lines, long pauses, long pauseTotalNanos,
        long pauseMaxNanos, long pauseP99Nanos, double gcCpuShare, long spanNanos, long cycles, long concurrentNanos,
        long unrecognisedLines, List<Long> firstUnrecognisedLines, List<String> warnings, SchedTraceSummary schedTrace) {

    public GcLogSummary {
        firstUnrecognisedLines = List.copyOf(firstUnrecognisedLines);
        warnings = List.copyOf(warnings);
    }

    /** Whether the log held GC lines (pauses or cycles), as opposed to only a scheduler trace. */
    public boolean hasGc() {
        return pauses > 0 || cycles > 0 || !collector.equals(GcLogTally.UNKNOWN);
    }
}
