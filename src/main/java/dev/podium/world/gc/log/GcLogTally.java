package dev.podium.world.gc.log;

import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.LoggedConcurrentPhase;
import dev.podium.world.gc.LoggedPause;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The running tally of one import: pauses (count, total, maximum, histogram), cycles, the span, the collector, and
 * what could not be read. It hands each pause and concurrent phase on as an event, never earlier than the event
 * before it (logs round their times, and Go's two pauses are computed from rounded figures). Memory does not grow
 * with the log. Not thread-safe.
 */
final class GcLogTally {
    static final String UNKNOWN = "unknown";
    private static final int FIRST_UNRECOGNISED = 5;

    private final Consumer<? super GcEvent> events;
    private final PauseHistogram histogram = new PauseHistogram();
    private long gcIdsSeen;
    private long maxGcId = -1;
    private final List<Long> firstUnrecognised = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    String collector = UNKNOWN;
    boolean jvm;
    boolean goTrace;
    boolean schedTrace;
    long pauses;
    long pauseTotalNanos;
    long pauseMaxNanos;
    long goCycles;
    long concurrentNanos;
    long spanNanos;
    long lastEventNanos;
    int goUtilPercent = -1;
    long unrecognised;

    GcLogTally(Consumer<? super GcEvent> events) {
        this.events = events;
    }

    void pause(long endNanos, int gcId, String name, String cause, long before, long after, long capacity,
            long durationNanos) {
        pauses++;
        pauseTotalNanos += durationNanos;
        pauseMaxNanos = Math.max(pauseMaxNanos, durationNanos);
        histogram.add(durationNanos / 1000);
        gcId(gcId);
        long t = at(endNanos);
        events.accept(new LoggedPause(t, gcId, name, cause, before, after, capacity, durationNanos));
    }

    void concurrent(long endNanos, int gcId, String name, long before, long after, long capacity,
            long durationNanos) {
        concurrentNanos += durationNanos;
        gcId(gcId);
        long t = at(endNanos);
        events.accept(new LoggedConcurrentPhase(t, gcId, name, before, after, capacity, durationNanos));
    }

    /**
     * A line named GC id {@code gcId}. The JVM hands ids out in increasing order and a line with a new id comes
     * before any later id's (a concurrent cycle's Remark reuses its cycle's), so counting each id above the highest
     * yet counts the distinct ids in constant memory.
     */
    void gcId(int gcId) {
        if (gcId > maxGcId) {
            maxGcId = gcId;
            gcIdsSeen++;
        }
    }

    /** A timed line was read at {@code nanos}: the span reaches it. */
    void seen(long nanos) {
        spanNanos = Math.max(spanNanos, nanos);
    }

    private long at(long nanos) {
        seen(nanos);
        lastEventNanos = Math.max(lastEventNanos, nanos);
        return lastEventNanos;
    }

    void collector(String name) {
        if (collector.equals(UNKNOWN)) {
            collector = name;
        }
    }

    void unrecognised(long line) {
        unrecognised++;
        if (firstUnrecognised.size() < FIRST_UNRECOGNISED) {
            firstUnrecognised.add(line);
        }
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    boolean recognisedAny() {
        return jvm || goTrace || schedTrace;
    }

    GcLogSummary summary(long lines, SchedTraceSummary sched) {
        List<String> formats = new ArrayList<>();
        if (jvm) {
            formats.add("JVM unified logging");
        }
        if (goTrace) {
            formats.add("Go gctrace");
        }
        if (schedTrace) {
            formats.add("Go schedtrace");
        }
        double share;
        if (goTrace && goUtilPercent >= 0) {
            share = goUtilPercent / 100.0;
        } else {
            share = spanNanos <= 0 ? 0 : Math.min(1, pauseTotalNanos / (double) spanNanos);
        }
        long cycles = goTrace ? goCycles : gcIdsSeen;
        return new GcLogSummary(String.join(" + ", formats), collector, lines, pauses, pauseTotalNanos, pauseMaxNanos,
                histogram.percentileMicros(990_000) * 1000, share, spanNanos, cycles, concurrentNanos, unrecognised,
                firstUnrecognised, warnings, sched);
    }
}
