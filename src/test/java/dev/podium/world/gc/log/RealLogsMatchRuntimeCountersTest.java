package dev.podium.world.gc.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.LoggedConcurrentPhase;
import dev.podium.world.gc.LoggedPause;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
 * must lie within 5 % + 2 ms of its bean's. Go's gctrace prints each phase truncated to two significant digits, so
 * its pause total may fall short of MemStats.PauseTotalNs by up to 10 %, and never exceed it.
 */
class RealLogsMatchRuntimeCountersTest {

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
        double logMillis = logNanos / 1e6;
        double tolerance = beanMillis * 0.05 + 2;
        assertTrue(Math.abs(logMillis - beanMillis) <= tolerance,
                what + ": log " + logMillis + " ms, bean " + beanMillis + " ms, tolerance " + tolerance + " ms");
    }

    private static long until(RuntimeCounters c) {
        return c.uptimeMillis() * 1_000_000;
    }

    private static final Predicate<LoggedPause> YOUNG = p -> p.name().startsWith("Pause Young");
    private static final Predicate<LoggedPause> FULL = p -> p.name().startsWith("Pause Full");

    @ParameterizedTest
    @ValueSource(strings = {"gcstar", "gc", "decorated"})
    void g1PausesMatchTheYoungAndOldGenerationBeans(String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of("jdk17-g1-counters.txt");
        Read r = read("jdk17-g1-" + variant + ".log");
        assertEquals("G1", r.summary().collector());
        long t = until(c);
        assertEquals(c.count("G1 Young Generation"), r.count(YOUNG, t));
        assertEquals(c.count("G1 Old Generation"), r.count(FULL, t));
        long remarkAndCleanup = r.count(p -> p.name().equals("Pause Remark") || p.name().equals("Pause Cleanup"), t);
        assertEquals(r.summary().pauses(), r.count(YOUNG, t) + r.count(FULL, t) + remarkAndCleanup);
        assertTimeClose(c.millis("G1 Young Generation"), r.nanos(YOUNG, t), "G1 young");
        assertTimeClose(c.millis("G1 Old Generation"), r.nanos(FULL, t), "G1 full");
        assertEquals("System.gc()", r.pauses().stream().filter(FULL).findFirst().orElseThrow().cause());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcstar", "gc", "decorated"})
    void parallelPausesMatchTheScavengeAndMarkSweepBeans(String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of("jdk17-parallel-counters.txt");
        Read r = read("jdk17-parallel-" + variant + ".log");
        assertEquals("Parallel", r.summary().collector());
        assertYoungAndFullMatch(c, r, "PS Scavenge", "PS MarkSweep");
        assertTrue(r.pauses().stream().anyMatch(p -> p.cause().equals("Allocation Failure")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcstar", "gc", "decorated"})
    void serialPausesMatchTheCopyAndMarkSweepCompactBeans(String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of("jdk17-serial-counters.txt");
        Read r = read("jdk17-serial-" + variant + ".log");
        assertEquals("Serial", r.summary().collector());
        assertYoungAndFullMatch(c, r, "Copy", "MarkSweepCompact");
    }

    /** A stop-the-world collector's young and full pauses: counts and times as its two beans give them. */
    private static void assertYoungAndFullMatch(RuntimeCounters c, Read r, String youngBean, String fullBean) {
        long t = until(c);
        assertEquals(c.count(youngBean), r.count(YOUNG, t));
        assertEquals(c.count(fullBean), r.count(FULL, t));
        assertEquals(c.count(youngBean) + c.count(fullBean), r.summary().pauses());
        assertTimeClose(c.millis(youngBean), r.nanos(YOUNG, t), youngBean);
        assertTimeClose(c.millis(fullBean), r.nanos(FULL, t), fullBean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcstar", "gc", "decorated"})
    void shenandoahPausesAndCyclesMatchItsBeans(String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of("jdk17-shenandoah-counters.txt");
        Read r = read("jdk17-shenandoah-" + variant + ".log");
        assertEquals("Shenandoah", r.summary().collector());
        long t = until(c);
        assertEquals(c.count("Shenandoah Pauses"), r.count(p -> true, t));
        assertTimeClose(c.millis("Shenandoah Pauses"), r.nanos(p -> true, t), "Shenandoah pauses");
        assertEquals(c.count("Shenandoah Cycles"), r.summary().cycles());
        assertTrue(r.pauses().stream().allMatch(p -> !p.cause().isEmpty()), "every cycle has its trigger as cause");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gcstar", "decorated"})
    void zgcPausesMatchTheZgcPausesBeanWhenTheLogHasGcPhases(String variant) throws Exception {
        RuntimeCounters c = RuntimeCounters.of("jdk17-z-counters.txt");
        Read r = read("jdk17-z-" + variant + ".log");
        assertEquals("ZGC", r.summary().collector());
        long t = until(c);
        assertEquals(c.count("ZGC Pauses"), r.count(p -> true, t));
        assertTimeClose(c.millis("ZGC Pauses"), r.nanos(p -> true, t), "ZGC pauses");
        assertEquals(c.count("ZGC Cycles"), r.phases().stream()
                .filter(p -> p.name().startsWith("Garbage Collection") && p.timeNanos() <= t).count());
        assertTrue(r.pauses().stream().allMatch(p -> !p.cause().isEmpty()), "every pause has its cycle's cause");
    }

    @Test
    void zgcCyclesMatchTheZgcCyclesBeanInAPlainGcLogWhichHasNoPauseLines() throws Exception {
        RuntimeCounters c = RuntimeCounters.of("jdk17-z-counters.txt");
        Read r = read("jdk17-z-gc.log");
        assertEquals("ZGC", r.summary().collector());
        assertEquals(0, r.summary().pauses());
        assertEquals(c.count("ZGC Cycles"), r.phases().stream()
                .filter(p -> p.name().startsWith("Garbage Collection") && p.timeNanos() <= until(c)).count());
        assertTrue(r.phases().stream().allMatch(p -> p.heapCapacityBytes() == 256L << 20), "256m heap from the %");
    }

    @Test
    void goPausesMatchMemStatsNumGcAndPauseTotalNs() throws Exception {
        RuntimeCounters c = RuntimeCounters.of("go1.19-gctrace-counters.txt");
        Read r = read("go1.19-gctrace.txt");
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
        assertEquals(Long.parseLong(c.go().get("NumForcedGC")),
                r.pauses().stream().filter(p -> p.cause().equals("forced")).count() / 2);
    }
}
