package dev.podium.scenario.gc;

import dev.podium.world.gc.Collector;
import dev.podium.world.gc.G1Tuning;
import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.GcParams;
import dev.podium.world.gc.LoggedConcurrentPhase;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.ParallelTuning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The simulated service that would have written a real JVM GC log: its parameters estimated from the log's pauses
 * (and, for ZGC, its cycles). The model cannot see the program, only what the log says, so each figure is an
 * estimate by a stated rule (docs/gc-fidelity.md, "Simulate from this log"):
 *
 * <ul>
 *   <li><b>Collector</b>: the log's own {@code Using ...} line when the caller has it, otherwise the pause names
 *       (G1's {@code (Normal)}/{@code (Mixed)}/{@code Remark}, ZGC's {@code Mark Start}, the generational
 *       collectors' {@code Allocation Failure}). Serial is simulated as Parallel with one GC thread (same heap
 *       layout, one copying thread); Shenandoah as ZGC (both concurrent, with short pauses).</li>
 *   <li><b>Heap</b> ({@code Xmx}): the {@code Heap Max Capacity} line of {@code -Xlog:gc*} when present; otherwise
 *       the largest heap capacity any pause or cycle reports, rounded up to a multiple of 16 MiB (the JVM reports
 *       its committed heap, which is at most {@code -Xmx}; Parallel leaves one survivor space out of it).</li>
 *   <li><b>Allocation rate</b>: between one GC's end and the next one's start the program allocates what the heap
 *       grew by, {@code before(i+1) - after(i)}; with the heap before the first GC, the rate is the sum of those
 *       growths over the time from the JVM's start to the last GC's start, pauses included (the simulated load
 *       starts at zero and keeps arriving during pauses).
 *       It becomes requests of {@code allocationPerRequest} at {@code requestsPerSecond} (about
 *       {@value #TARGET_REQUESTS_PER_SECOND} a second, so a long log stays quick to simulate).</li>
 *   <li><b>Live set</b>: the least heap left after a Full GC, a mixed pause or a Remark (those collect old too);
 *       with none of those, the least heap left after a young pause in the log's second half. It is simulated as
 *       session data living {@code sessionLifetime} (a quarter of the log, 1 s to 60 s), so the heap's floor climbs
 *       to it and stays there.</li>
 *   <li><b>Pause cost</b>: the log's young pauses give the bytes a young pause copies: what the mean young pause
 *       takes beyond the model's fixed part, at the model's copying cost ({@link G1Tuning#COPY_PICOS_PER_BYTE} per
 *       byte, spread over the GC threads). Requests hold their allocation while in service, so the bytes alive at
 *       a young pause are half the allocation rate times the service time (Little's law, and a request allocates
 *       evenly over its service): the fit sets {@code serviceTime} to twice the copied bytes over the allocation
 *       rate. Request threads are twice the requests in service on average, so that a backlog after a long pause
 *       waits for a thread instead of all allocating at once (a real program's threads do not multiply during a
 *       pause). The log's own slope of pause time against heap
 *       after the pause is reported too ({@link #msPerMibAfter}) but not fed to the model, whose per-byte costs are
 *       fixed.</li>
 *   <li><b>Region size</b>, {@code ParallelGCThreads} and {@code MaxGCPauseMillis} when the log says them
 *       ({@code Heap Region Size:}, {@code Parallel Workers:}, a {@code MaxGCPauseMillis=} flag or G1's {@code pause
 *       time target}); the JVM's defaults otherwise.</li>
 *   <li><b>Explicit GCs</b>: every run of pauses whose cause is {@code System.gc()} (Parallel logs a young and a
 *       full pause for one call, ZGC three) becomes a {@code systemGc} action at the time its first pause began,
 *       since the program chose it.</li>
 * </ul>
 *
 * <p>Sizes are bytes, times nanoseconds. Immutable; {@link #fit} is a pure function.
 *
 * @param collector the collector simulated
 * @param loggedCollector the collector the log names, as it names it
 * @param heapBytes {@code Xmx}
 * @param regionBytes {@code G1HeapRegionSize}, or 0 for the ergonomic size
 * @param maxPauseMillis {@code MaxGCPauseMillis}, or 0 when the log does not say (the default 200 then)
 * @param gcThreads {@code ParallelGCThreads}
 * @param allocationBytesPerSecond the estimated allocation rate
 * @param allocationPerRequestBytes each simulated request's allocation
 * @param requestsPerSecond the simulated request rate
 * @param serviceNanos the simulated mean service time
 * @param threads request threads, enough that requests do not queue
 * @param liveSetBytes the estimated live set
 * @param sessionPercent the share of allocation kept as session data to hold the live set
 * @param sessionLifetimeNanos how long session data lives
 * @param meanYoungPauseNanos the log's mean young pause
 * @param msPerMibAfter the log's least-squares slope of young pause time against heap after it, ms per MiB
 * @param systemGcNanos when the log's explicit GCs began
 * @param durationNanos the log's span: from the JVM's start to its last GC line
 * @param notes what the fit could not take from the log, for the scenario's comments
 * @param youngPausesPerSecond the log's young pauses (not explicit ones) per second of its span
 * @param gogc for a Go trace ({@link GoLogFit}), the GOGC its heap goals imply; 0 for a JVM log
 */
public record LogFit(Collector collector, String loggedCollector, long heapBytes, long regionBytes,
        int maxPauseMillis, int gcThreads, double allocationBytesPerSecond, long allocationPerRequestBytes,
        double requestsPerSecond, long serviceNanos, int threads, long liveSetBytes, double sessionPercent,
        long sessionLifetimeNanos, long meanYoungPauseNanos, double msPerMibAfter, List<Long> systemGcNanos,
        long durationNanos, List<String> notes, double youngPausesPerSecond, int gogc) {

    static final double TARGET_REQUESTS_PER_SECOND = 2000;
    static final double MAX_REQUESTS_PER_SECOND = 20_000;
    /** Requests a fitted run simulates at most (about), so that an hour-long log stays quick to run. */
    static final double MAX_REQUESTS = 2_000_000;
    private static final long MIB = 1L << 20;
    private static final long ROUND_HEAP = 16 * MIB;

    public LogFit {
        systemGcNanos = List.copyOf(systemGcNanos);
        notes = List.copyOf(notes);
    }

    /** This fit with another service time (and threads to match). */
    LogFit withServiceNanos(long nanos) {
        int t = (int) Math.min(10_000, Math.max(2, Math.ceil(requestsPerSecond * nanos / 1e9 * 2)));
        return new LogFit(collector, loggedCollector, heapBytes, regionBytes, maxPauseMillis, gcThreads,
                allocationBytesPerSecond, allocationPerRequestBytes, requestsPerSecond, nanos, t, liveSetBytes,
                sessionPercent, sessionLifetimeNanos, meanYoungPauseNanos, msPerMibAfter, systemGcNanos, durationNanos,
                notes, youngPausesPerSecond, gogc);
    }

    /** This fit with the load scaled by {@code factor} (the same requests, more or fewer of them). */
    LogFit withLoadScaled(double factor) {
        return new LogFit(collector, loggedCollector, heapBytes, regionBytes, maxPauseMillis, gcThreads,
                allocationBytesPerSecond * factor, allocationPerRequestBytes, requestsPerSecond * factor, serviceNanos,
                (int) Math.min(10_000, Math.max(2, Math.ceil(requestsPerSecond * factor * serviceNanos / 1e9 * 2))),
                liveSetBytes, sessionPercent / factor, sessionLifetimeNanos, meanYoungPauseNanos, msPerMibAfter,
                systemGcNanos, durationNanos, notes, youngPausesPerSecond, gogc);
    }

    /** What the log says beyond its pauses (the {@code gc,init} lines of {@code -Xlog:gc*}); 0 or null when not. */
    record Hints(String collector, long maxHeapBytes, long regionBytes, int gcThreads, int maxPauseMillis) {
        // gcThreads: a JVM's Parallel Workers, a Go trace's P count
        static final Hints NONE = new Hints(null, 0, 0, 0, 0);
    }

    /** A log the fit cannot simulate (too few pauses with heap figures, no allocation), and why. */
    static final class UnfitLog extends Exception {
        UnfitLog(String message) {
            super(message);
        }
    }

    /** Fits the service to the log's {@code events} (its pauses and concurrent phases, in time order). */
    static LogFit fit(List<? extends GcEvent> events, Hints hints) throws UnfitLog {
        List<LoggedPause> pauses = new ArrayList<>();
        List<LoggedConcurrentPhase> cycles = new ArrayList<>();
        long end = 0;
        for (GcEvent e : events) {
            if (e instanceof LoggedPause p) {
                pauses.add(p);
                end = Math.max(end, p.timeNanos());
            } else if (e instanceof LoggedConcurrentPhase c) {
                end = Math.max(end, c.timeNanos());
                if (c.name().startsWith("Garbage Collection") && c.heapBeforeBytes() >= 0 && c.heapAfterBytes() >= 0) {
                    cycles.add(c);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        String logged = hints.collector() != null ? hints.collector() : collectorFromNames(pauses);
        Collector collector = switch (logged) {
            case "G1" -> Collector.G1;
            case "Parallel" -> Collector.PARALLEL;
            case "Serial" -> {
                notes.add("Serial is simulated as Parallel with one GC thread (same heap layout)");
                yield Collector.PARALLEL;
            }
            case "ZGC" -> Collector.Z;
            case "Shenandoah" -> {
                notes.add("Shenandoah is simulated as ZGC (both concurrent with short pauses)");
                yield Collector.Z;
            }
            case "Go" -> Collector.GO;
            default -> throw new UnfitLog("the log does not say which collector ran (no 'Using ...' line and no "
                    + "pause name that tells); expected a JVM -Xlog:gc log");
        };
        if (collector == Collector.GO) {
            return GoLogFit.fit(pauses, end, hints.gcThreads());
        }
        List<Span> spans = spans(pauses, cycles, collector);
        if (spans.size() < 2) {
            throw new UnfitLog("the log has " + spans.size() + " GC(s) with heap figures; the fit needs at least "
                    + "two to estimate the allocation rate");
        }
        long heap = hints.maxHeapBytes() > 0 ? hints.maxHeapBytes() : roundUp(maxCapacity(pauses, cycles));
        heap = Math.max(GcWorld.MIN_HEAP, Math.min(GcWorld.MAX_HEAP, heap));
        long region = hints.regionBytes() > 0 && collector == Collector.G1 ? hints.regionBytes() : 0;
        int gcThreads = logged.equals("Serial") ? 1 : hints.gcThreads() > 0 ? hints.gcThreads() : 2;

        double rate = allocationRate(spans);
        if (!(rate > 0)) {
            throw new UnfitLog("the heap never grows between GCs in this log; the fit cannot estimate an "
                    + "allocation rate");
        }
        double growth = meanGrowth(spans);
        long maxEden = heap * G1Tuning.MAX_NEW_SIZE_PERCENT / 100 * G1Tuning.SURVIVOR_RATIO
                / (G1Tuning.SURVIVOR_RATIO + 2);
        if (collector == Collector.G1 && growth > maxEden) {
            notes.add(String.format(Locale.ROOT, "the heap grew by %.0f MiB between pauses, more than G1's "
                    + "largest eden (%.0f MiB): the rest is taken to be humongous objects that died before the next "
                    + "pause, and is left out of the allocation rate", growth / MIB, (double) maxEden / MIB));
            rate = rate * maxEden / growth;
        }
        double seconds = Math.max(1, end / 1e9);
        double rpsCap = Math.min(MAX_REQUESTS_PER_SECOND, Math.max(TARGET_REQUESTS_PER_SECOND,
                MAX_REQUESTS / seconds));
        long perRequest = Math.max(16 << 10, Math.min(heap / 256, (long) (rate / rpsCap)));
        perRequest = perRequest / 1024 * 1024;
        double rps = rate / perRequest;

        long meanYoung = meanYoungPause(pauses, collector);
        long copied = copiedBytes(meanYoung, collector, gcThreads, region > 0 ? region
                : GcParams.ergonomicRegionBytes(heap), rate);
        long service = Math.max(1_000L, (long) (2 * copied / rate * 1e9));
        int threads = (int) Math.min(10_000, Math.max(2, Math.ceil(rps * service / 1e9 * 2)));

        long live = liveSet(pauses, spans, end);
        long sessionLifetime = Math.max(1_000_000_000L, Math.min(60_000_000_000L, end / 4));
        long longLived = Math.max(0, live - copied);
        double sessionPercent = Math.min(50, 100.0 * longLived / (rate * sessionLifetime / 1e9));
        sessionPercent = Math.round(sessionPercent * 1000) / 1000.0;

        List<Long> explicit = new ArrayList<>();
        boolean previousExplicit = false;
        for (LoggedPause p : pauses) {
            boolean isExplicit = p.cause().equals("System.gc()");
            if (isExplicit && !previousExplicit) { // Parallel's young-then-full, ZGC's three pauses: one call
                explicit.add(Math.max(0, p.timeNanos() - p.durationNanos()));
            }
            previousExplicit = isExplicit;
        }
        if (hints.maxPauseMillis() == 0 && collector == Collector.G1) {
            notes.add("the log does not state MaxGCPauseMillis; the default 200 ms is assumed");
        }
        return FitCalibration.calibrate(new LogFit(collector, logged, heap, region, hints.maxPauseMillis(), gcThreads,
                rate, perRequest, rps, service, threads, live, sessionPercent, sessionLifetime, meanYoung,
                slope(pauses), explicit, end, notes, youngCount(pauses) / Math.max(1e-9, end / 1e9), 0));
    }

    /** One GC as the fit sees it: when it began and ended, the heap before and after. */
    private record Span(long startNanos, long endNanos, long beforeBytes, long afterBytes) {
    }

    /** The GCs with heap figures: pauses (for ZGC, its cycles, whose pauses have none). */
    private static List<Span> spans(List<LoggedPause> pauses, List<LoggedConcurrentPhase> cycles, Collector c) {
        List<Span> spans = new ArrayList<>();
        if (c == Collector.Z) {
            for (LoggedConcurrentPhase p : cycles) {
                spans.add(new Span(p.timeNanos() - p.durationNanos(), p.timeNanos(), p.heapBeforeBytes(),
                        p.heapAfterBytes()));
            }
            if (!spans.isEmpty()) {
                return spans;
            }
        }
        for (LoggedPause p : pauses) {
            if (p.heapBeforeBytes() >= 0 && p.heapAfterBytes() >= 0) {
                spans.add(new Span(p.timeNanos() - p.durationNanos(), p.timeNanos(), p.heapBeforeBytes(),
                        p.heapAfterBytes()));
            }
        }
        return spans;
    }

    /**
     * Heap growth before the first GC and between GCs, over the wall time from the JVM's start to the last GC's
     * start, pauses included, in bytes a second: the simulation also starts its load at time zero, and requests keep
     * arriving while the world is stopped, so this is the rate the simulated load must offer (the rate while the
     * program runs is higher, by its start-up and by the share of time it stood still).
     */
    private static double allocationRate(List<Span> spans) {
        double grown = spans.get(0).beforeBytes();
        for (int i = 1; i < spans.size(); i++) {
            grown += Math.max(0, spans.get(i).beforeBytes() - spans.get(i - 1).afterBytes());
        }
        long nanos = spans.get(spans.size() - 1).startNanos();
        return nanos > 0 ? grown / nanos * 1e9 : 0;
    }

    /** The mean heap growth between one GC and the next. */
    private static double meanGrowth(List<Span> spans) {
        double grown = 0;
        int n = 0;
        for (int i = 1; i < spans.size(); i++) {
            grown += Math.max(0, spans.get(i).beforeBytes() - spans.get(i - 1).afterBytes());
            n++;
        }
        return n == 0 ? 0 : grown / n;
    }

    private static long maxCapacity(List<LoggedPause> pauses, List<LoggedConcurrentPhase> cycles) {
        long max = 0;
        for (LoggedPause p : pauses) {
            max = Math.max(max, p.heapCapacityBytes());
        }
        for (LoggedConcurrentPhase p : cycles) {
            max = Math.max(max, p.heapCapacityBytes());
        }
        return max;
    }

    private static long roundUp(long bytes) {
        return (bytes + ROUND_HEAP - 1) / ROUND_HEAP * ROUND_HEAP;
    }

    private static boolean young(LoggedPause p) {
        return p.name().startsWith("Pause Young") && !p.name().contains("Mixed") && !p.cause().equals("System.gc()");
    }

    private static long youngCount(List<LoggedPause> pauses) {
        return pauses.stream().filter(LogFit::young).count();
    }

    private static long meanYoungPause(List<LoggedPause> pauses, Collector c) {
        long sum = 0;
        int n = 0;
        for (LoggedPause p : pauses) {
            if (c == Collector.Z || young(p)) {
                sum += p.durationNanos();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /**
     * Bytes a mean young pause copies in the model: its time beyond the fixed part and the per-region part, at the
     * model's copying cost shared by the GC threads. At least a little (a pause that the
     * fixed part alone explains still copies something: 10 µs of allocation).
     */
    private static long copiedBytes(long meanYoungNanos, Collector c, int gcThreads, long regionBytes, double rate) {
        long floor = (long) (rate / 100_000);
        if (c == Collector.Z) {
            return floor;
        }
        long fixed = c == Collector.PARALLEL ? ParallelTuning.YOUNG_FIXED_NANOS : G1Tuning.YOUNG_FIXED_NANOS;
        long beyond = meanYoungNanos - fixed;
        if (c == Collector.G1) {
            // The per-region part: the young regions a mean pause collects, at about one region per
            // (allocation over the pause interval); small next to copying, so a rough count is enough.
            beyond -= 64 * G1Tuning.PER_CSET_REGION_NANOS;
        }
        long bytes = beyond * 1000L * gcThreads / G1Tuning.COPY_PICOS_PER_BYTE;
        return Math.max(floor, bytes);
    }

    /** The least heap after a GC that collects old; else the least after a young pause in the second half. */
    private static long liveSet(List<LoggedPause> pauses, List<Span> spans, long end) {
        long best = Long.MAX_VALUE;
        for (LoggedPause p : pauses) {
            boolean old = p.name().contains("Full") || p.name().contains("Mixed") || p.name().contains("Remark");
            if (old && p.heapAfterBytes() >= 0) {
                best = Math.min(best, p.heapAfterBytes());
            }
        }
        if (best != Long.MAX_VALUE) {
            return best;
        }
        for (Span s : spans) {
            if (s.endNanos() >= end / 2) {
                best = Math.min(best, s.afterBytes());
            }
        }
        return best == Long.MAX_VALUE ? 0 : best;
    }

    /** Least-squares slope of young pause time (ms) against heap after it (MiB); 0 with fewer than two. */
    private static double slope(List<LoggedPause> pauses) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (LoggedPause p : pauses) {
            if (young(p) && p.heapAfterBytes() >= 0) {
                double x = p.heapAfterBytes() / (double) MIB;
                double y = p.durationNanos() / 1e6;
                n++;
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
        }
        double d = n * sxx - sx * sx;
        return n < 2 || d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }

    /** The collector the pause names point to; {@code unknown} when they do not tell. */
    static String collectorFromNames(List<LoggedPause> pauses) {
        for (LoggedPause p : pauses) {
            String n = p.name();
            if (n.startsWith("STW ")) {
                return "Go";
            }
            if (n.contains("Mark Start") || n.contains("Relocate Start")) {
                return "ZGC";
            }
            if (n.contains("Init Mark") || n.contains("Final Mark") || n.contains("Degenerated")) {
                return "Shenandoah";
            }
            if (p.cause().startsWith("G1 ") || n.contains("(Normal)") || n.contains("(Mixed)")
                    || n.contains("Concurrent Start") || n.equals("Pause Remark") || n.equals("Pause Cleanup")) {
                return "G1";
            }
            if (p.cause().equals("Allocation Failure") || p.cause().equals("Ergonomics")) {
                return "Parallel";
            }
        }
        return "unknown";
    }
}
