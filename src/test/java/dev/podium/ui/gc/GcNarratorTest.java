package dev.podium.ui.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.Narrated;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.NamedMessage;
import dev.podium.ui.common.NarrationBundle;
import dev.podium.world.gc.AllocationBurstEnded;
import dev.podium.world.gc.AllocationBurstStarted;
import dev.podium.world.gc.ConcurrentMarkEnded;
import dev.podium.world.gc.ConcurrentMarkStarted;
import dev.podium.world.gc.EdenRegionTaken;
import dev.podium.world.gc.ExplicitGcIgnored;
import dev.podium.world.gc.ProcessEnded;
import dev.podium.world.gc.ProcessStarted;
import dev.podium.world.gc.GcCause;
import dev.podium.world.gc.GcConfigured;
import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.GcPauseStarted;
import dev.podium.world.gc.LoggedConcurrentPhase;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.SchedTraced;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcSettingChanged;
import dev.podium.world.gc.GoGcCycleEnded;
import dev.podium.world.gc.GoGcCycleStarted;
import dev.podium.world.gc.HumongousAllocated;
import dev.podium.world.gc.ZCycleEnded;
import dev.podium.world.gc.ZCycleStarted;
import dev.podium.world.gc.HumongousReclaimed;
import dev.podium.world.gc.IhopThresholdChanged;
import dev.podium.world.gc.RegionsEvacuated;
import dev.podium.world.gc.OutOfMemoryErrorThrown;
import dev.podium.world.gc.PauseKind;
import dev.podium.world.gc.RequestRateChanged;
import dev.podium.world.gc.RequestsTallied;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** GC narration: named arguments, both languages, every sentence reachable, the frequent events left out. */
class GcNarratorTest {
    private static final long MIB = 1L << 20;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, ZH);

    private final GcNarrator narrator = new GcNarrator();

    private static GcPauseEnded pause(PauseKind kind, GcCause cause, boolean exhausted) {
        return new GcPauseEnded(0, 12, kind, cause, 3900 * MIB, 2300 * MIB, 4096 * MIB, 2_074 * MS, 2300 * MIB,
                60 * MIB, exhausted, 400, 1, "F2048");
    }

    /** One event for every sentence, and the events that have none. */
    private static List<GcEvent> everySentence() {
        List<GcEvent> all = new ArrayList<>();
        all.add(new GcConfigured(0, 4096 * MIB, 2 * MIB, 2048, 200, 45, 15, 2, 1, false, 50, 2 * MS, 20 * MS,
                2 * MIB, 50_000, 8 * S, 1000, 1228, "F2048"));
        for (PauseKind kind : PauseKind.values()) {
            all.add(pause(kind, kind == PauseKind.FULL ? GcCause.COMPACTION : GcCause.EVACUATION, false));
        }
        all.add(new GcPauseStarted(0, 82, PauseKind.FULL, GcCause.COMPACTION, 3900 * MIB, 50, 12));
        all.add(new ConcurrentMarkStarted(0, 30, 1953 * MIB, 1843 * MIB));
        all.add(new ConcurrentMarkEnded(0, 30, 2_700 * MS, 1400 * MIB, 640 * MIB, 727, true, false));
        all.add(new ConcurrentMarkEnded(0, 30, 2_700 * MS, 1400 * MIB, 10 * MIB, 12, false, false));
        all.add(new ConcurrentMarkEnded(0, 30, 2_700 * MS, 0, 0, 0, false, true));
        all.add(new RequestRateChanged(0, 2 * MS));
        all.add(new AllocationBurstStarted(0, 4000, 8 * MIB, 20 * S));
        all.add(new AllocationBurstEnded(0, 2 * MIB));
        all.add(new ExplicitGcIgnored(0));
        all.add(new ProcessEnded(0, 137, 1759 * MIB, 5441));
        all.add(new ProcessEnded(0, 137, 0, 1));
        all.add(new ProcessStarted(0, 1, 500 * MS, 759));
        all.add(new OutOfMemoryErrorThrown(0, 2 * MIB, 4000 * MIB));
        all.add(new LoggedPause(0, 3, "Pause Mark Start", "", -1, -1, -1, 12_000));
        all.add(new LoggedPause(0, 4, "Pause Init Mark (unload classes)", "Learning 1 of 5", -1, -1, -1, 120_000));
        all.add(new LoggedPause(0, 5, "Pause Young (Normal)", "", 20 * MIB, 5 * MIB, 64 * MIB, 1_500_000));
        all.add(new LoggedPause(0, 6, "Pause Young", "Allocation Failure", 20 * MIB, 5 * MIB, 64 * MIB, 1_500_000));
        all.add(new LoggedConcurrentPhase(0, 7, "Garbage Collection (Warmup)", 48 * MIB, 52 * MIB, 256 * MIB, 0));
        all.add(new LoggedConcurrentPhase(0, 8, "Concurrent Mark Cycle", -1, -1, -1, 9_398_000));
        all.add(new HumongousAllocated(0, 12, 3, 5 * MIB, 900 * MIB));
        all.add(new HumongousReclaimed(0, 7, 6, 10 * MIB));
        all.add(new GcSettingChanged(0, "GOGC", "50"));
        all.add(new GoGcCycleStarted(0, 4, GcCause.GO_HEAP_TRIGGER, 90 * MIB, 100 * MIB, 85 * MIB, 0));
        all.add(new GoGcCycleStarted(0, 4, GcCause.GO_HEAP_TRIGGER, 90 * MIB, 100 * MIB, 85 * MIB, 120));
        all.add(new GoGcCycleEnded(0, 4, 30 * MS, 50 * MIB, 60 * MIB, 100 * MIB, "F2048"));
        for (Collector c : List.of(Collector.PARALLEL, Collector.Z, Collector.GO)) {
            all.add(new GcConfigured(0, 4096 * MIB, 2 * MIB, 2048, 200, 45, 15, 2, 1, false, 50, 2 * MS, 20 * MS,
                    2 * MIB, 50_000, 8 * S, 1000, 1228, "F2048", c));
        }
        all.add(new ZCycleStarted(0, 3, GcCause.Z_ALLOCATION_RATE, 900 * MIB, 400 * MIB));
        all.add(new ZCycleEnded(0, 3, 40 * MS, 300 * MIB, 320 * MIB, "F2048"));
        all.add(new RegionsEvacuated(0, 12, "1900-2047", "1890-1899", "40-45", 20 * MIB, 6 * MIB, 0));
        all.add(new RegionsEvacuated(0, 13, "30,1900-2047", "1890-1899", "40-45", 20 * MIB, 6 * MIB, MIB));
        all.add(new IhopThresholdChanged(0, 1843 * MIB, 4096 * MIB, false));
        all.add(new IhopThresholdChanged(0, 1200 * MIB, 4096 * MIB, true));
        all.add(new SchedTraced(0, 2, 0, 5, 0, 1, 2, List.of(2, 1)));
        all.add(new SchedTraced(0, 2, 1, 4, 1, 2, 0, List.of()));
        return all;
    }

    @Test
    void englishSentencesNameThePausesAsTheJvmLogsThem() {
        assertEquals("GC(12) Pause Young (G1 Evacuation Pause): 3.8 GB \u2192 2.2 GB in 2.1 s; 2.2 GB copied, "
                + "60 MB promoted to old.", narrator.sentence(pause(PauseKind.YOUNG, GcCause.EVACUATION, false),
                Locale.ENGLISH));
        assertEquals("GC(12) Pause Full (G1 Compaction Pause) took 2.1 s: the whole heap was compacted, 3.8 GB "
                + "\u2192 2.2 GB. Every request waited.", narrator.sentence(pause(PauseKind.FULL, GcCause.COMPACTION,
                false), Locale.ENGLISH));
        String exhausted = narrator.sentence(pause(PauseKind.MIXED, GcCause.EVACUATION, true), Locale.ENGLISH);
        assertTrue(exhausted.endsWith(" To-space exhausted: no free region was left to copy into, so the objects "
                + "stayed where they were."), exhausted);
        assertEquals("GC(82) Full GC (G1 Compaction Pause) begins: the world stops. 50 requests are frozen mid-way "
                + "and 12 are queued.", narrator.sentence(new GcPauseStarted(0, 82, PauseKind.FULL,
                GcCause.COMPACTION, 0, 50, 12), Locale.ENGLISH));
        assertEquals("Allocation burst: each request now allocates 8 MB, 4 times as much, for 20 s.",
                narrator.sentence(new AllocationBurstStarted(0, 4000, 8 * MIB, 20 * S), Locale.ENGLISH));
        assertEquals("Requests now arrive at about 500 per second.", narrator.sentence(new RequestRateChanged(0,
                2 * MS), Locale.ENGLISH));
    }

    @Test
    void anEvacuationSaysHowManyRegionsItEmptiesAndWhereTheSurvivorsGo() {
        assertEquals("GC(12) copies the live objects out of 148 regions: 20 MB into 10 survivor regions, 6 MB "
                + "promoted into 1 old region; the arrows show where they go.", narrator.sentence(
                new RegionsEvacuated(0, 12, "1900-2047", "1890-1899", "40", 20 * MIB, 6 * MIB, 0), Locale.ENGLISH));
        assertEquals("自适应 IHOP：老年代数据达到 1.2 GB（堆的 29%）时 G1 就开始标记——按它测得的分配速率，足以在堆用尽之前完成标记。",
                narrator.sentence(new IhopThresholdChanged(0, 1200 * MIB, 4096 * MIB, true), ZH));
    }

    @Test
    void loggedPausesSayTheirNameAndCauseAsLogged() {
        assertEquals("GC(6) Pause Young (Allocation Failure): 20 MB \u2192 5 MB of 64 MB in 1.5 ms.",
                narrator.sentence(new LoggedPause(0, 6, "Pause Young", "Allocation Failure", 20 * MIB, 5 * MIB,
                        64 * MIB, 1_500_000), Locale.ENGLISH));
        assertEquals("GC(3) Pause Mark Start：应用停顿 12 微秒。",
                narrator.sentence(new LoggedPause(0, 3, "Pause Mark Start", "", -1, -1, -1, 12_000), ZH));
    }

    @Test
    void aSchedulerSampleSaysItsRunQueuesAndThreads() {
        SchedTraced t = new SchedTraced(716 * MS, 2, 0, 5, 0, 1, 2, List.of(2, 1));
        assertEquals("Scheduler: run queues global 2, per P [2 1]; 5 threads (1 idle, 0 spinning); 0/2 Ps idle.",
                narrator.sentence(t, Locale.ENGLISH));
        assertEquals("调度器：全局队列 2，各 P 队列 [2 1]；线程 5（空闲 1，自旋 0）；空闲 P 0/2。",
                narrator.sentence(t, ZH));
    }

    @Test
    void chineseSentencesCarryTheSameNumbers() {
        assertEquals("GC(12) Pause Full（G1 Compaction Pause）用时 2.1 秒：整个堆被压缩，3.8 GB → 2.2 GB。"
                + "所有请求都在等待。",
                narrator.sentence(pause(PauseKind.FULL, GcCause.COMPACTION, false), ZH));
        assertEquals("分配突增：每个请求现在分配 8 MB，是原来的 4 倍，持续 20 秒。",
                narrator.sentence(new AllocationBurstStarted(0, 4000, 8 * MIB, 20 * S), ZH));
        assertTrue(narrator.sentence(new ConcurrentMarkStarted(0, 30, 1953 * MIB, 1843 * MIB), ZH)
                .contains("1.9 GB"));
    }

    @Test
    void everyNarratedKindSpeaksBothLanguagesAndTheFrequentOnesAreSilent() {
        for (Locale locale : LANGUAGES) {
            for (GcEvent e : everySentence()) {
                String s = narrator.sentence(e, locale);
                assertTrue(s != null && !s.isBlank() && !s.contains("{"), e.type() + " in " + locale + ": " + s);
            }
            assertNull(narrator.sentence(new EdenRegionTaken(0, 2047, 1), locale));
            assertNull(narrator.sentence(new RequestsTallied(0, 1, 1, 0, 1, MS, new TreeMap<>()), locale));
            assertNull(narrator.sentence(new GcPauseStarted(0, 1, PauseKind.YOUNG, GcCause.EVACUATION, 0, 1, 0),
                    locale));
            assertNull(narrator.sentence(new Narrated(0, Map.of("en", "Look.")), locale));
        }
        Set<Class<?>> covered = new HashSet<>();
        everySentence().forEach(e -> covered.add(e.getClass()));
        covered.add(EdenRegionTaken.class);
        covered.add(RequestsTallied.class);
        assertEquals(new HashSet<>(GcEvent.types()), covered, "a new GC event needs a sentence or a reason");
    }

    @Test
    void everyPlaceholderIsSuppliedAndEverySentenceIsReached() {
        NarrationBundle bundle = new NarrationBundle("dev.podium.ui.gc.narration");
        for (Locale locale : LANGUAGES) {
            Set<String> used = new HashSet<>(Set.of("pause.exhausted"));
            List<GcNarrator.Sentence> said = new ArrayList<>();
            for (GcEvent e : everySentence()) {
                said.add(narrator.compose(e, locale));
            }
            for (long nanos = 1; nanos > 0 && nanos < Long.MAX_VALUE / 10; nanos *= 10) {
                said.add(GcNarrator.duration(nanos));
            }
            for (GcNarrator.Sentence s : said) {
                used.add(s.key());
                NamedMessage message = bundle.message(locale, s.key());
                Set<String> missing = new HashSet<>(message.names());
                missing.removeAll(s.arguments().keySet());
                assertTrue(missing.isEmpty(), s.key() + " in " + locale + " names " + missing);
            }
            Set<String> unused = new HashSet<>(bundle.keys(locale));
            unused.removeAll(used);
            assertEquals(Set.of(), unused, "sentences this test does not reach in " + locale);
        }
        assertEquals(bundle.keys(Locale.ENGLISH), bundle.keys(ZH), "both languages have the same sentences");
    }
}
