package dev.podium.world.gc.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.gc.LoggedConcurrentPhase;
import dev.podium.world.gc.LoggedPause;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Line shapes beyond the real logs of this machine: other decorators, other JDK versions' names, other Go versions.
 * Lines of other JDKs follow the formats in ../shared/reference/go-runtime-and-gc.md Part 3; the generational ZGC
 * lines (JDK 21+) are written from that format's description, not taken from a real JDK 21 log.
 */
class LogFormatsTest {

    @Test
    void everyUptimeDecoratorGivesTheSameTimeAndTheLevelAndTagsMayBeMissing() throws Exception {
        String[] lines = {
            "[0.127s][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 20M->5M(64M) 1.500ms",
            "[127ms][info][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 20M->5M(64M) 1.500ms",
            "[127000000ns][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 20M->5M(64M) 1.500ms",
            "[2026-12-04T17:30:27.656+0000][0.127s][4711][4712][info ][gc          ] GC(3) Pause Young (Normal)"
                    + " (G1 Evacuation Pause) 20M->5M(64M) 1.500ms",
            "[1764869427656ms][127ms][debug][gc] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 20M->5M(64M) 1,500ms",
            "[0.127s] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 20M->5M(64M) 1.500ms",
        };
        for (String line : lines) {
            Logs logs = Logs.read(line + "\n");
            assertEquals(0, logs.summary.unrecognisedLines(), line);
            LoggedPause p = logs.pauses().get(0);
            assertEquals(new LoggedPause(127_000_000, 3, "Pause Young (Normal)", "G1 Evacuation Pause", 20L << 20,
                    5L << 20, 64L << 20, 1_500_000), p, line);
        }
    }

    @Test
    void wallTimeAloneCountsFromTheFirstLine() throws Exception {
        Logs logs = Logs.read("""
                [2026-12-04T17:30:27.656+0000][info][gc] Using Serial
                [2026-12-04T17:30:28.000+0000][info][gc] GC(0) Pause Young (Allocation Failure) 17M->1M(61M) 5.255ms
                """);
        assertEquals(344_000_000, logs.pauses().get(0).timeNanos());
        assertEquals("Serial", logs.summary.collector());
    }

    @Test
    void noDecoratorsAtAllIsStillALog() throws Exception {
        Logs logs = Logs.read("Using Parallel\nGC(0) Pause Young (Allocation Failure) 12M->1M(61M) 4.747ms\n");
        assertEquals("Parallel", logs.summary.collector());
        assertEquals(4_747_000, logs.pauses().get(0).durationNanos());
    }

    @Test
    void jdk9NamesCausesWithParenthesesAndSizeUnitsRead() throws Exception {
        Logs logs = Logs.read("""
                [1.000s][info][gc] GC(5) Pause Initial Mark (G1 Evacuation Pause) 1G->512M(2G) 12.000ms
                [2.000s][info][gc] GC(6) Pause Mixed (G1 Evacuation Pause) 900M->800M(2G) 8.000ms
                [3.000s][info][gc] GC(7) Pause Full (System.gc()) 1024K->512K(4096K) 3.000ms
                [4.000s][info][gc] GC(8) Pause Young (Normal) (GCLocker Initiated GC) 100B->50B(200B) 0.010ms
                """);
        List<LoggedPause> p = logs.pauses();
        assertEquals("Pause Initial Mark", p.get(0).name());
        assertEquals(1L << 30, p.get(0).heapBeforeBytes());
        assertEquals("Pause Mixed", p.get(1).name());
        assertEquals("System.gc()", p.get(2).cause());
        assertEquals(512L << 10, p.get(2).heapAfterBytes());
        assertEquals("GCLocker Initiated GC", p.get(3).cause());
        assertEquals(100, p.get(3).heapBeforeBytes());
        assertEquals("G1", logs.summary.collector());
    }

    @Test
    void g1ConcurrentCyclesAreReadAndTheirStartLinesAreNot() throws Exception {
        Logs logs = Logs.read("""
                [0.109s][info][gc] GC(9) Concurrent Mark Cycle
                [0.114s][info][gc] GC(9) Pause Remark 54M->35M(106M) 0.493ms
                [0.118s][info][gc] GC(9) Concurrent Mark Cycle 9.398ms
                [0.118s][info][gc,marking] GC(9) Concurrent Mark From Roots 4.543ms
                """);
        assertEquals(List.of(new LoggedConcurrentPhase(118_000_000, 9, "Concurrent Mark Cycle", -1, -1, -1,
                9_398_000)), logs.events.stream().filter(LoggedConcurrentPhase.class::isInstance).toList());
        assertEquals(9_398_000, logs.summary.concurrentNanos());
    }

    @Test
    void generationalZgcPauseLinesAndCollectionLinesRead() throws Exception {
        Logs logs = Logs.read("""
                [0.010s][info][gc,init] GC Workers for Young Generation: 1 (dynamic)
                [0.200s][info][gc,start    ] GC(0) Major Collection (Warmup)
                [0.201s][info][gc,phases   ] GC(0) Y: Pause Mark Start (Major) 0.012ms
                [0.205s][info][gc,phases   ] GC(0) Y: Concurrent Mark 3.500ms
                [0.206s][info][gc,phases   ] GC(0) Y: Pause Mark End 0.010ms
                [0.215s][info][gc,phases   ] GC(0) O: Pause Mark End 0.008ms
                [0.220s][info][gc          ] GC(0) Major Collection (Warmup) 40M(16%)->32M(13%) 0.020s
                """);
        assertEquals("ZGC (generational)", logs.summary.collector());
        assertEquals(3, logs.summary.pauses());
        assertEquals("Pause Mark Start (Major)", logs.pauses().get(0).name());
        assertEquals("Warmup", logs.pauses().get(0).cause());
        LoggedConcurrentPhase cycle = (LoggedConcurrentPhase) logs.events.get(logs.events.size() - 1);
        assertEquals("Major Collection (Warmup)", cycle.name());
        assertEquals(20_000_000, cycle.durationNanos());
        assertEquals(32L << 20, cycle.heapAfterBytes());
    }

    @Test
    void shenandoahPausesTakeTheirCycleTriggerAsCause() throws Exception {
        Logs logs = Logs.read("""
                [0.012s][info][gc] Using Shenandoah
                [0.500s][info][gc] Trigger: Free (6553K) is below minimum threshold (6553K)
                [0.501s][info][gc,start] GC(1) Pause Init Mark (unload classes)
                [0.501s][info][gc] GC(1) Pause Init Mark (unload classes) 0.120ms
                [0.510s][info][gc] GC(1) Concurrent marking (unload classes) 60M->62M(64M) 8.800ms
                [0.511s][info][gc] GC(1) Pause Final Mark (unload classes) 0.200ms
                [0.600s][info][gc,stats] Pause Final Mark (N)          200 us
                """);
        List<LoggedPause> p = logs.pauses();
        assertEquals(2, p.size());
        assertEquals("Pause Init Mark (unload classes)", p.get(0).name());
        assertEquals("Free (6553K) is below minimum threshold (6553K)", p.get(1).cause());
        assertEquals(0, logs.summary.unrecognisedLines());
    }

    @Test
    void goGctraceOfOldAndNewVersionsAndForcedCyclesRead() throws Exception {
        Logs logs = Logs.read("""
                gc 1 @0.004s 1%: 0.14+0.91+0.003 ms clock, 0.29+0.068/0.075/0+0.006 ms cpu, 3->4->0 MB, 4 MB goal, 4 P
                gc 38 @0.322s 8%: 0.048+0.21+0.002 ms clock, 0.097+0/0.18/0+0.004 ms cpu, 23->23->10 MB, 28 MB goal, \
                0 MB stacks, 0 MB globals, 4 P (forced)
                GC forced
                scvg: 0 MB released
                """);
        List<LoggedPause> p = logs.pauses();
        assertEquals(4, p.size());
        assertEquals(new LoggedPause(4_140_000, 1, "STW sweep termination", "", 3L << 20, 3L << 20, 4L << 20, 140_000),
                p.get(0));
        assertEquals(4_000_000 + 140_000 + 910_000 + 3_000, p.get(1).timeNanos());
        assertEquals("forced", p.get(3).cause());
        assertEquals(10L << 20, p.get(3).heapAfterBytes());
        assertEquals(0.08, logs.summary.gcCpuShare(), 1e-9);
        assertEquals(0, logs.summary.unrecognisedLines());
        assertEquals(140_000 + 3_000 + 48_000 + 2_000, logs.summary.pauseTotalNanos());
    }

    @Test
    void eventTimesNeverGoBackwardsEvenWhenRoundedTimesDo() throws Exception {
        Logs logs = Logs.read("""
                gc 1 @0.004s 1%: 0.5+2.0+0.5 ms clock, 0+0/0/0+0 ms cpu, 3->4->0 MB, 4 MB goal, 4 P
                gc 2 @0.006s 1%: 0.1+0.1+0.1 ms clock, 0+0/0/0+0 ms cpu, 3->4->0 MB, 4 MB goal, 4 P
                """);
        long last = 0;
        for (var e : logs.events) {
            assertTrue(e.timeNanos() >= last, e.toString());
            last = e.timeNanos();
        }
    }
}
