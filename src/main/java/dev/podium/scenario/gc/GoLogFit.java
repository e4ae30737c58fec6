package dev.podium.scenario.gc;

import dev.podium.world.gc.Collector;
import dev.podium.world.gc.LoggedPause;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Go service that would have written a {@code GODEBUG=gctrace=1} trace, as a {@link LogFit} (docs/gc-fidelity.md,
 * "Simulate from this log"). A gctrace line is a cycle: the heap when it started ({@code h0}), when marking ended
 * ({@code h1}), what marking found live ({@code h2}), and the heap goal; the importer makes it two pauses, sweep
 * termination ({@code h0}) and mark termination ({@code h1 -> h2}, the goal as capacity). The rules:
 *
 * <ul>
 *   <li><b>GOGC</b>: the pacer sets each goal from the live heap the cycle before found, {@code goal = live × (1 +
 *       GOGC/100)}; the fit takes the median of {@code goal(i) / live(i-1) - 1} over the cycles after a live heap of
 *       8 MB or more (the trace prints whole MB, and the runtime's 4 MB minimum goal hides GOGC below that), rounded
 *       to a whole percent; 100 when no cycle tells.</li>
 *   <li><b>Allocation rate</b>: what the heap grew by before the first cycle, between one cycle's live heap and
 *       the next one's start, and during each cycle's marking ({@code h1 - h0}), over the time to the last cycle's
 *       end.</li>
 *   <li><b>Live heap</b>: the median of {@code h2} over the trace's second half; held as session data, as the JVM
 *       fit does.</li>
 *   <li><b>Memory</b> ({@code Xmx}, the simulated machine's room for the heap): four times the largest goal, at
 *       least the model's minimum; {@code cpus}: the trace's {@code P} count.</li>
 *   <li><b>Forced cycles</b> ({@code (forced)}: {@code runtime.GC()} or the two-minute periodic GC) become
 *       {@code systemGc} actions at their start.</li>
 * </ul>
 *
 * <p>The requests (size, rate, service time, threads) are chosen as for a JVM log; Go's pauses copy nothing, so no
 * calibration run follows. Pure.
 */
final class GoLogFit {
    static final String SWEEP_TERMINATION = "STW sweep termination";
    static final String MARK_TERMINATION = "STW mark termination";
    private static final long MIB = 1L << 20;
    private static final long MIN_GOAL = 4 * MIB;
    /** The least live heap whose goal tells GOGC: the trace prints whole MB, so a smaller one is too coarse. */
    private static final long MIN_LIVE = 8 * MIB;
    private static final long SERVICE_NANOS = 10_000_000L;
    private static final int DEFAULT_CPUS = 4;

    private GoLogFit() {
    }

    /** One gctrace line, from its two pauses. */
    record Cycle(int id, long startNanos, long sweepNanos, long markNanos, long markTerminationNanos, long h0,
            long h1, long h2, long goal, boolean forced) {
        long endNanos() {
            return startNanos + sweepNanos + markNanos + markTerminationNanos;
        }
    }

    /** The trace's cycles: each mark termination with the sweep termination before it of the same id. */
    static List<Cycle> cycles(List<LoggedPause> pauses) {
        List<Cycle> cycles = new ArrayList<>();
        LoggedPause sweep = null;
        for (LoggedPause p : pauses) {
            if (p.name().equals(SWEEP_TERMINATION)) {
                sweep = p;
            } else if (p.name().equals(MARK_TERMINATION) && sweep != null && sweep.gcId() == p.gcId()) {
                cycles.add(new Cycle(p.gcId(), sweep.timeNanos() - sweep.durationNanos(), sweep.durationNanos(),
                        Math.max(0, p.timeNanos() - p.durationNanos() - sweep.timeNanos()), p.durationNanos(),
                        sweep.heapBeforeBytes(), p.heapBeforeBytes(), p.heapAfterBytes(), p.heapCapacityBytes(),
                        p.cause().equals("forced")));
                sweep = null;
            }
        }
        return cycles;
    }

    static LogFit fit(List<LoggedPause> pauses, long end, int procs) throws LogFit.UnfitLog {
        List<Cycle> cycles = cycles(pauses);
        if (cycles.size() < 2) {
            throw new LogFit.UnfitLog("the trace has " + cycles.size() + " complete gctrace cycle(s); the fit needs "
                    + "at least two to estimate the allocation rate");
        }
        List<String> notes = new ArrayList<>();
        int gogc = gogc(cycles);
        if (gogc < 0) {
            notes.add("no cycle followed a live heap of 8 MB or more, so GOGC cannot be read from the goals; "
                    + "100 is assumed");
            gogc = 100;
        }
        double grown = cycles.get(0).h0();
        long maxGoal = 0;
        for (int i = 0; i < cycles.size(); i++) {
            Cycle c = cycles.get(i);
            grown += Math.max(0, c.h1() - c.h0());
            if (i > 0) {
                grown += Math.max(0, c.h0() - cycles.get(i - 1).h2());
            }
            maxGoal = Math.max(maxGoal, c.goal());
        }
        long span = cycles.get(cycles.size() - 1).endNanos();
        double rate = span > 0 ? grown / span * 1e9 : 0;
        if (!(rate > 0)) {
            throw new LogFit.UnfitLog("the heap never grows in this trace; the fit cannot estimate an allocation rate");
        }
        long memory = Math.max(GcWorld.MIN_HEAP, Math.min(GcWorld.MAX_HEAP,
                (4 * maxGoal + 16 * MIB - 1) / (16 * MIB) * (16 * MIB)));
        double seconds = Math.max(1, end / 1e9);
        double rpsCap = Math.min(LogFit.MAX_REQUESTS_PER_SECOND, Math.max(LogFit.TARGET_REQUESTS_PER_SECOND,
                LogFit.MAX_REQUESTS / seconds));
        long perRequest = Math.max(16 << 10, Math.min(memory / 256, (long) (rate / rpsCap))) / 1024 * 1024;
        double rps = rate / perRequest;
        int threads = (int) Math.min(10_000, Math.max(2, Math.ceil(rps * SERVICE_NANOS / 1e9 * 2)));
        long live = liveHeap(cycles);
        long lifetime = Math.max(1_000_000_000L, Math.min(60_000_000_000L, end / 4));
        double session = Math.round(Math.min(50, 100.0 * live / (rate * lifetime / 1e9)) * 1000) / 1000.0;
        List<Long> forced = new ArrayList<>();
        long stw = 0;
        for (Cycle c : cycles) {
            if (c.forced()) {
                forced.add(Math.max(0, c.startNanos()));
            }
        }
        for (LoggedPause p : pauses) {
            stw += p.durationNanos();
        }
        if (procs <= 0) {
            notes.add("the trace does not say how many Ps ran; cpus: " + DEFAULT_CPUS + " is assumed");
        }
        int cpus = procs > 0 ? Math.min(1024, procs) : DEFAULT_CPUS;
        return new LogFit(Collector.GO, "Go", memory, 0, 0, cpus, rate, perRequest, rps, SERVICE_NANOS, threads, live,
                session, lifetime, pauses.isEmpty() ? 0 : stw / pauses.size(), 0, forced, end, notes,
                cycles.size() / Math.max(1e-9, end / 1e9), gogc);
    }

    /** The median GOGC the goals imply, or -1 when no cycle's live heap was above the minimum goal. */
    static int gogc(List<Cycle> cycles) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 1; i < cycles.size(); i++) {
            long live = cycles.get(i - 1).h2();
            Cycle c = cycles.get(i);
            if (live >= MIN_LIVE && c.goal() > MIN_GOAL && c.goal() > live) {
                ratios.add((double) c.goal() / live - 1);
            }
        }
        if (ratios.isEmpty()) {
            return -1;
        }
        double[] r = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(r);
        double median = r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
        return (int) Math.max(1, Math.min(100_000, Math.round(median * 100)));
    }

    /** The median live heap of the trace's second half. */
    private static long liveHeap(List<Cycle> cycles) {
        long[] live = cycles.subList(cycles.size() / 2, cycles.size()).stream().mapToLong(Cycle::h2).sorted()
                .toArray();
        return live[live.length / 2];
    }

    /**
     * A cycle as the runtime prints it ({@code gc 7 @1.234567s 0%: 0.01+1.2+0.02 ms clock, 0+0/0/0+0 ms cpu,
     * 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P}), for a scenario that replays a trace from its events;
     * the CPU figures and the utilisation, which the replay does not draw, are written as 0.
     */
    static String gctraceLine(Cycle c, int procs) {
        return String.format(Locale.ROOT, "gc %d @%s 0%%: %s+%s+%s ms clock, 0+0/0/0+0 ms cpu, "
                + "%d->%d->%d MB, %d MB goal, 0 MB stacks, 0 MB globals, %d P%s", c.id(), seconds(c.startNanos()),
                millis(c.sweepNanos()), millis(c.markNanos()), millis(c.markTerminationNanos()), c.h0() >> 20,
                c.h1() >> 20, c.h2() >> 20, c.goal() >> 20, procs, c.forced() ? " (forced)" : "");
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%d.%09ds", nanos / 1_000_000_000L, nanos % 1_000_000_000L);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%d.%06d", nanos / 1_000_000L, nanos % 1_000_000L);
    }
}
