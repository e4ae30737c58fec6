package dev.podium.scenario.gc;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.GcPause;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.PauseKind;
import dev.podium.world.gc.RegionKind;
import java.io.PrintWriter;
import java.util.List;

/** What {@code podium run} and {@code replay} print of the GC world: its pauses and latency after the last event. */
final class GcSummary {
    private GcSummary() {
    }

    static void print(List<WorldEvent> events, PrintWriter out) {
        GcProjection projection = new GcProjection();
        GcState s = projection.initial();
        for (WorldEvent e : events) {
            projection.apply(s, e);
        }
        out.println("gc at the end:");
        out.printf("  heap %s in %d regions of %s: eden %d, survivor %d, old %d, humongous %d, free %d%n",
                JvmSizes.format(s.heapBytes()), s.regionCount(), JvmSizes.format(s.regionBytes()),
                s.regions(RegionKind.EDEN), s.regions(RegionKind.SURVIVOR), s.regions(RegionKind.OLD),
                s.regions(RegionKind.HUMONGOUS), s.regions(RegionKind.FREE));
        int[] byFamily = new int[PauseKind.Family.values().length];
        for (GcPause p : s.pauses()) {
            if (!p.running()) {
                byFamily[p.kind().family().ordinal()]++;
            }
        }
        out.printf("  pauses %d (young %d, mixed %d, remark and cleanup %d, full %d): total %s, longest %s%n",
                s.pauseCount(), byFamily[PauseKind.Family.YOUNG.ordinal()],
                byFamily[PauseKind.Family.MIXED.ordinal()], byFamily[PauseKind.Family.CONCURRENT_CYCLE.ordinal()],
                byFamily[PauseKind.Family.FULL.ordinal()], SimDurations.readable(s.totalPauseNanos()),
                SimDurations.readable(s.maxPauseNanos()));
        out.printf("  requests arrived %d, completed %d; latency p50 %s, p99 %s, p99.9 %s, longest %s%n",
                s.arrived(), s.completed(), SimDurations.readable(s.runPercentile(500_000)),
                SimDurations.readable(s.runPercentile(990_000)), SimDurations.readable(s.runPercentile(999_000)),
                SimDurations.readable(s.maxLatencyNanos()));
        if (s.outOfMemoryErrors() > 0) {
            out.printf("  OutOfMemoryError thrown %d times%n", s.outOfMemoryErrors());
        }
    }
}
