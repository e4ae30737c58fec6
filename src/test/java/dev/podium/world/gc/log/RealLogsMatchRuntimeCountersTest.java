package dev.podium.world.gc.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.LoggedConcurrentPhase;
import dev.podium.world.gc.LoggedPause;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The importer's totals against the runtimes' own counters, on real logs made here (src/test/resources/gclogs, see
 * its README). Each JVM run wrote three logs at once ({@code -Xlog:gc*}, {@code -Xlog:gc}, and {@code -Xlog:gc*}
 * with utctime, uptimemillis, pid and tid decorators), so one set of counters checks all three.
 *
 * <p>Like is compared with like. The counters were read just before the JVM exited, and a concurrent collector may
 * still log a pause after that, so only log events up to the uptime printed after the beans count. What each
 * collector's beans count (JDK 17): G1 "G1 Young Generation" = young and mixed pauses, "G1 Old Generation" = Full
 * GCs (Remark and Cleanup are in no JDK 17 bean); Parallel "PS Scavenge" = young pauses (a System.gc() logs a young
 * one too), "PS MarkSweep" = full; Serial "Copy" = young, "MarkSweepCompact" = full; Shenandoah "Shenandoah Pauses" =
 * every pause, "Shenandoah Cycles" = cycles; ZGC "ZGC Pauses" = Mark Start, Mark End and Relocate Start, "ZGC
 * Cycles" = completed cycles ({@code Garbage Collection (...)} lines with a heap figure).
 *
 * <p>Counts must be equal. Times cannot be: a bean's time is whole milliseconds and measured around a slightly
 * different stretch than the logged pause (here the logs ran 2 to 3 % longer for the stop-the-world collectors,
 * Shenandoah's bean 0.7 ms longer, and ZGC's bean said 0 ms for 107 pauses that logged 1.4 ms), so a logged total
 * must lie within 5 % + 2 ms of its bean's (a stop-the-world collector's may run over by 0.4 ms a pause more: see
 * {@link #assertTimeClose(long, long, long, String)}). Go's gctrace prints each phase truncated to two significant digits, so
 * its pause total may fall short of MemStats.PauseTotalNs by up to 10 %, and never exceed it.
 */
class RealLogsMatchRuntimeCountersTest {

    /** AllocChurn's run (three logs: gc*, gc, and gc* with utctime,uptimemillis,level,tags,pid,tid). */
    private static final String ALLOC_CHURN = "jdk17";
    /**
     * Pressure's run on a small heap, made to check the importer on logs it was not written against (full
     * collections under pressure, G1's to-space exhaustion, ZGC's allocation stalls, Shenandoah's shutdown
     * statistics): gc* with uptime,level,tags,pid,tid, gc, and gc* with time,uptimemillis alone (no level, no tags).
     */
    private static final String PRESSURE = "jdk17-pressure";

    static Stream<Arguments> runsAndVariants() {
        return Stream.of(ALLOC_CHURN, PRESSURE).flatMap(run -> Stream.of("gcstar", "gc", "decorated")
                .map(variant -> Arguments.of(run, variant)));
    }

    static Stream<Arguments> runsAndStarVariants() {
        return runsAndVariants().filter(a -> !a.get()[1].equals("gc"));
    }

    private record Read(GcLogSummary summary, List<LoggedPause> pauses, List<LoggedConcurrentPhase> phases) {
        long count(Predicate<LoggedPause> which, long untilNanos) {
            return pauses.stream().filter(which).filter(p -> p.timeNanos() <= untilNanos).count();
        }

        long nanos(Predicate<LoggedPause> which, long untilNanos) {
            return pauses.stream().filter(which).filter(p -> p.timeNanos() <= untilNanos)
                    .mapToLong(LoggedPause::durationNanos).sum();
        }
    }

    private static Read read(String name) throws Exception {
        List<LoggedPause> pauses = new ArrayList<>();
        List<LoggedConcurrentPhase> phases = new ArrayList<>();
        GcLogSummary summary = GcLogReader.read(RuntimeCounters.resource(name), (GcEvent e) -> {
            if (e instanceof LoggedPause p) {
                pauses.add(p);
            } else if (e instanceof LoggedConcurrentPhase c) {
                phases.add(c);
            }
        });
        assertEquals(0, summary.unrecognisedLines(), name + ": " + summary.firstUnrecognisedLines());
        assertTrue(summary.warnings().isEmpty(), summary.warnings().toString());
        assertEquals(summary.pauses(), pauses.size());
        return new Read(summary, pauses, phases);
    }

    private static void assertTimeClose(long beanMillis, long logNanos, String what) {
        assertTimeClose(beanMillis, logNanos, 0, what);
    }

    /**
     * A stop-the-world collector's logged pause also holds the work around the bean's stretch (the heap's prologue
     * and epilogue), which a loaded machine stretches: Pressure's Serial run logged 0.28 ms a young pause more than
     * its bean (2 cores, load 18). So the log may run over by {@link #OVER_A_PAUSE} a pause more.
     */
    private static void assertTimeClose(long beanMillis, long logNanos, long pauses, String what) {
        double logMillis = logNanos / 1e6;
        double tolerance = beanMillis * 0.05 + 2 + (logMillis > beanMillis ? OVER_A_PAUSE * pauses : 0);
        assertTrue(Math.abs(logMillis - beanMillis) <= tolerance,
                what + ": log " + logMillis + " ms, bean " + beanMillis + " ms, tolerance " + tolerance + " ms");
    }

    private static final double OVER_A_PAUSE = 0.4;

    private static long until(RuntimeCounters c) {
        return c.uptimeMillis() * 1_000_000;
    }

    private static final Predicate<LoggedPause> YOUNG = p -> p.name().startsWith("Pause Young");
    private static final Predicate<LoggedPause> FULL = p -> p.name().startsWith("Pause Full");

    @ParameterizedTest
    @MethodSource("runsAndVariants")
    void g1PausesMatchTheYoungAndOldGenerationBeans(String run, String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of(run + "-g1-counters.txt");
        Read r = read(run + "-g1-" + variant + ".log");
        assertEquals("G1", r.summary().collector());
        long t = until(c);
        assertEquals(c.count("G1 Young Generation"), r.count(YOUNG, t));
        assertEquals(c.count("G1 Old Generation"), r.count(FULL, t));
        long remarkAndCleanup = r.count(p -> p.name().equals("Pause Remark") || p.name().equals("Pause Cleanup"), t);
        assertEquals(r.summary().pauses(), r.count(YOUNG, t) + r.count(FULL, t) + remarkAndCleanup);
        assertTimeClose(c.millis("G1 Young Generation"), r.nanos(YOUNG, t), r.count(YOUNG, t), "G1 young");
        assertTimeClose(c.millis("G1 Old Generation"), r.nanos(FULL, t), r.count(FULL, t), "G1 full");
        if (run.equals(ALLOC_CHURN)) {
            assertEquals("System.gc()", r.pauses().stream().filter(FULL).findFirst().orElseThrow().cause());
        } else {
            assertTrue(r.count(FULL, t) > 0 && r.pauses().stream().filter(FULL)
                    .allMatch(p -> p.cause().equals("G1 Compaction Pause")), "a full heap's compaction");
        }
    }

    @ParameterizedTest
    @MethodSource("runsAndVariants")
    void parallelPausesMatchTheScavengeAndMarkSweepBeans(String run, String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of(run + "-parallel-counters.txt");
        Read r = read(run + "-parallel-" + variant + ".log");
        assertEquals("Parallel", r.summary().collector());
        assertYoungAndFullMatch(c, r, "PS Scavenge", "PS MarkSweep");
        assertTrue(r.pauses().stream().anyMatch(p -> p.cause().equals("Allocation Failure")));
    }

    @ParameterizedTest
    @MethodSource("runsAndVariants")
    void serialPausesMatchTheCopyAndMarkSweepCompactBeans(String run, String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of(run + "-serial-counters.txt");
        Read r = read(run + "-serial-" + variant + ".log");
        assertEquals("Serial", r.summary().collector());
        assertYoungAndFullMatch(c, r, "Copy", "MarkSweepCompact");
    }

    /** A stop-the-world collector's young and full pauses: counts and times as its two beans give them. */
    private static void assertYoungAndFullMatch(RuntimeCounters c, Read r, String youngBean, String fullBean) {
        long t = until(c);
        assertEquals(c.count(youngBean), r.count(YOUNG, t));
        assertEquals(c.count(fullBean), r.count(FULL, t));
        assertEquals(c.count(youngBean) + c.count(fullBean), r.summary().pauses());
        assertTimeClose(c.millis(youngBean), r.nanos(YOUNG, t), r.count(YOUNG, t), youngBean);
        assertTimeClose(c.millis(fullBean), r.nanos(FULL, t), r.count(FULL, t), fullBean);
    }

    @ParameterizedTest
    @MethodSource("runsAndVariants")
    void shenandoahPausesAndCyclesMatchItsBeans(String run, String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of(run + "-shenandoah-counters.txt");
        Read r = read(run + "-shenandoah-" + variant + ".log");
        assertEquals("Shenandoah", r.summary().collector());
        long t = until(c);
        assertEquals(c.count("Shenandoah Pauses"), r.count(p -> true, t));
        assertTimeClose(c.millis("Shenandoah Pauses"), r.nanos(p -> true, t), "Shenandoah pauses");
        assertEquals(c.count("Shenandoah Cycles"), r.summary().cycles());
        assertTrue(r.pauses().stream().allMatch(p -> !p.cause().isEmpty()), "every cycle has its trigger as cause");
    }

    @ParameterizedTest
    @MethodSource("runsAndStarVariants")
    void zgcPausesMatchTheZgcPausesBeanWhenTheLogHasGcPhases(String run, String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of(run + "-z-counters.txt");
        Read r = read(run + "-z-" + variant + ".log");
        assertEquals("ZGC", r.summary().collector());
        long t = until(c);
        assertEquals(c.count("ZGC Pauses"), r.count(p -> true, t));
        assertTimeClose(c.millis("ZGC Pauses"), r.nanos(p -> true, t), "ZGC pauses");
        assertEquals(c.count("ZGC Cycles"), r.phases().stream()
                .filter(p -> p.name().startsWith("Garbage Collection") && p.timeNanos() <= t).count());
        assertTrue(r.pauses().stream().allMatch(p -> !p.cause().isEmpty()), "every pause has its cycle's cause");
    }

    @ParameterizedTest
    @ValueSource(strings = {ALLOC_CHURN, PRESSURE})
    void zgcCyclesMatchTheZgcCyclesBeanInAPlainGcLogWhichHasNoPauseLines(String run) throws Exception {
        RuntimeCounters c = RuntimeCounters.of(run + "-z-counters.txt");
        Read r = read(run + "-z-gc.log");
        assertEquals("ZGC", r.summary().collector());
        assertEquals(0, r.summary().pauses());
        assertEquals(c.count("ZGC Cycles"), r.phases().stream()
                .filter(p -> p.name().startsWith("Garbage Collection") && p.timeNanos() <= until(c)).count());
        long xmx = run.equals(PRESSURE) ? 96L << 20 : 256L << 20;
        assertTrue(r.phases().stream().allMatch(p -> p.heapCapacityBytes() == xmx), "the heap's -Xmx from the %");
    }

    /**
     * churn.go's trace, and press.go's alone and interleaved with a schedtrace (GOMAXPROCS=2, GOGC=50): the importer
     * on Go traces it was not written against.
     */
    @ParameterizedTest
    @ValueSource(strings = {"go1.19-gctrace", "go1.19-press-gctrace", "go1.19-press-gctrace-schedtrace"})
    void goPausesMatchMemStatsNumGcAndPauseTotalNs(String run) throws Exception {
        RuntimeCounters c = RuntimeCounters.of(run + "-counters.txt");
        Read r = read(run + ".txt");
        assertEquals("Go", r.summary().collector());
        long numGc = Long.parseLong(c.go().get("NumGC"));
        long pauseTotalNs = Long.parseLong(c.go().get("PauseTotalNs"));
        assertEquals(numGc, r.summary().cycles());
        assertEquals(2 * numGc, r.summary().pauses(), "two stop-the-world pauses a cycle");
        long logged = r.summary().pauseTotalNanos();
        assertTrue(logged <= pauseTotalNs && logged >= pauseTotalNs * 0.9,
                "log " + logged + " ns vs PauseTotalNs " + pauseTotalNs);
        double fraction = Double.parseDouble(c.go().get("GCCPUFraction"));
        assertEquals(fraction, r.summary().gcCpuShare(), 0.02, "the last gctrace line's util% vs GCCPUFraction");
        long forced = r.pauses().stream().filter(p -> p.cause().equals("forced")).count() / 2;
        long numForced = Long.parseLong(c.go().get("NumForcedGC"));
        // Go 1.19 counts a forced cycle before it restarts the world and prints "(forced)" after: a cycle another
        // goroutine starts in between clears the flag first (mgc.go, gcMarkTermination and gcStart), as in press's
        // run with GOMAXPROCS=2, whose one forced cycle has no "(forced)" in its trace
        if (run.equals("go1.19-press-gctrace-schedtrace")) {
            assertTrue(forced <= numForced, forced + " forced in the trace, NumForcedGC " + numForced);
        } else {
            assertEquals(numForced, forced);
        }
    }
}
