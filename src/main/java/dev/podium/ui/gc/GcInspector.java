package dev.podium.ui.gc;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.world.Inspection;
import dev.podium.world.gc.GcPause;
import dev.podium.world.gc.GcState;
import dev.podium.world.gc.LatencySeries;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.RegionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the inspector's view of what was clicked in the GC view: a heap region, a pause bar, or a moment of the
 * latency panel, from the state at the playhead. Field names are code-like identifiers; pause names are the JVM log's.
 * Toolkit-free.
 */
final class GcInspector {

    Inspection region(GcState s, int region) {
        RegionKind kind = s.region(region);
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("region", Integer.toString(region)));
        f.add(Map.entry("kind", kind.name().toLowerCase(Locale.ROOT)));
        f.add(Map.entry("offset", GcFigures.bytes(region * s.regionBytes())));
        f.add(Map.entry("size", GcFigures.bytes(s.regionBytes())));
        f.add(Map.entry("regionsOfThisKind", Integer.toString(s.regions(kind))));
        switch (kind) {
            case EDEN -> f.add(Map.entry("edenTarget", s.edenTargetRegions() + " regions"));
            case SURVIVOR -> f.add(Map.entry("tenuringThreshold", Integer.toString(s.tenuringThreshold())));
            case OLD, HUMONGOUS -> f.add(Map.entry("oldOccupancy", GcFigures.bytes(s.oldBytes()) + " of "
                    + GcFigures.bytes(s.heapBytes()) + " (marking starts at " + s.ihopPercent() + " %)"));
            default -> {
            }
        }
        return new Inspection("Region " + region, f);
    }

    Inspection pause(GcPause p, long nowNanos) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("gcId", Integer.toString(p.gcId())));
        if (!p.cause().logText().isEmpty()) {
            f.add(Map.entry("cause", p.cause().logText()));
        }
        f.add(Map.entry("started", "t = " + SimDurations.readable(p.startNanos())));
        f.add(Map.entry("duration", p.running() ? "running, " + SimDurations.readable(nowNanos - p.startNanos())
                + " so far" : SimDurations.readable(p.durationNanos())));
        f.add(Map.entry("heapBefore", GcFigures.bytes(p.heapBeforeBytes())));
        if (!p.running()) {
            f.add(Map.entry("heapAfter", GcFigures.bytes(p.heapAfterBytes())));
            if (p.kind().evacuatesYoung() || p.copiedBytes() > 0) {
                f.add(Map.entry("copied", GcFigures.bytes(p.copiedBytes())));
                f.add(Map.entry("promoted", GcFigures.bytes(p.promotedBytes())));
            }
            if (p.toSpaceExhausted()) {
                f.add(Map.entry("note", "To-space exhausted: objects left in place; a Full GC follows"));
            }
        }
        f.add(Map.entry("requestsFrozen", Integer.toString(p.requestsInFlight())));
        f.add(Map.entry("requestsQueued", Integer.toString(p.requestsWaiting())));
        return new Inspection("GC(" + p.gcId() + ") " + p.kind().logName(), f);
    }

    /** A pause of an imported log: its name and cause as logged, and only the figures the log has. */
    Inspection loggedPause(GcPause p, LoggedPause logged) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("gcId", Integer.toString(logged.gcId())));
        if (!logged.cause().isEmpty()) {
            f.add(Map.entry("cause", logged.cause()));
        }
        f.add(Map.entry("started", "t = " + SimDurations.readable(p.startNanos())));
        f.add(Map.entry("duration", SimDurations.readable(logged.durationNanos())));
        if (logged.heapBeforeBytes() >= 0) {
            f.add(Map.entry("heapBefore", GcFigures.bytes(logged.heapBeforeBytes())));
        }
        if (logged.heapAfterBytes() >= 0) {
            f.add(Map.entry("heapAfter", GcFigures.bytes(logged.heapAfterBytes())));
        }
        if (logged.heapCapacityBytes() >= 0) {
            f.add(Map.entry("heapCapacity", GcFigures.bytes(logged.heapCapacityBytes())));
        }
        return new Inspection("GC(" + logged.gcId() + ") " + logged.name(), f);
    }

    Inspection latency(LatencySeries.Point p) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("time", "t = " + SimDurations.readable(p.timeNanos())));
        f.add(Map.entry("p50", duration(p.p50Nanos())));
        f.add(Map.entry("p99", duration(p.p99Nanos())));
        f.add(Map.entry("p99.9", duration(p.p999Nanos())));
        f.add(Map.entry("max", duration(p.maxNanos())));
        f.add(Map.entry("waiting", Integer.toString(p.waiting())));
        f.add(Map.entry("window", SimDurations.readable(GcState.LATENCY_WINDOW_NANOS)));
        return new Inspection("Latency at t = " + SimDurations.readable(p.timeNanos()), f);
    }

    private static String duration(long nanos) {
        return nanos == 0 ? "none completed" : SimDurations.readable(nanos);
    }
}
