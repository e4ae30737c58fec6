package dev.podium.world.gc;

import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;

/**
 * Folds {@link GcEvent}s into a {@link GcState}, one small method per kind; ignores other worlds' events. The region
 * table is replaced whole at every pause end (its event carries it) and grows by one eden region per
 * {@link EdenRegionTaken} in between. The latency window keeps the tallies of the last
 * {@link GcState#LATENCY_WINDOW_NANOS} and their merged histogram, so the percentiles are exact to the bucket and
 * each tally costs its own buckets, not the window's. Pure, like every projection.
 */
public final class GcProjection implements Projection<GcState> {

    @Override
    public GcState initial() {
        return new GcState();
    }

    @Override
    public GcState copy(GcState state) {
        return new GcState(state);
    }

    @Override
    public void apply(GcState s, WorldEvent event) {
        if (event instanceof RequestsTallied t) {
            tallied(s, t);
        } else if (event instanceof EdenRegionTaken e) {
            setRegion(s, e.region(), RegionKind.EDEN);
        } else if (event instanceof HumongousAllocated h) {
            for (int r = h.firstRegion(); r < h.firstRegion() + h.regions(); r++) {
                setRegion(s, r, RegionKind.HUMONGOUS);
            }
        } else if (event instanceof GcPauseStarted p) {
            pauseStarted(s, p);
        } else if (event instanceof GcPauseEnded p) {
            pauseEnded(s, p);
        } else if (event instanceof ConcurrentMarkStarted m) {
            s.marking = true;
            s.markStartedNanos = m.timeNanos();
            s.concurrentCycles++;
            s.markPhases.add(new MarkPhase(m.timeNanos(), -1, -1, 0, -1));
        } else if (event instanceof ConcurrentMarkEnded m) {
            s.marking = false;
            s.mixedPhase = m.mixedPlanned();
            endPhase(s, m.timeNanos(), -1);
        } else if (event instanceof GcConfigured c) {
            configured(s, c);
        } else if (event instanceof GoGcCycleStarted g) {
            s.marking = true;
            s.markStartedNanos = g.timeNanos();
            s.concurrentCycles++;
            s.markPhases.add(new MarkPhase(g.timeNanos(), -1, g.goalBytes(), g.assistPerMille(), -1));
            s.heapTrend.add(new HeapTrend.Point(g.timeNanos(), g.heapLiveBytes(), false));
        } else if (event instanceof GoGcCycleEnded g) {
            s.marking = false;
            s.usedAfterPauseBytes = g.heapAfterBytes();
            MarkPhase phase = endPhase(s, g.timeNanos(), g.markedBytes());
            if (phase != null) {
                s.concurrentCpuNanos += (g.timeNanos() - phase.startNanos())
                        * (GoTuning.BACKGROUND_PER_MILLE + phase.assistPerMille()) / 1000;
            }
            s.heapTrend.add(new HeapTrend.Point(g.timeNanos(), g.heapAfterBytes(), true));
            if (s.regions.length > 0) {
                RegionMap.decode(g.regionMap(), s.regions);
                s.countRegions();
            }
        } else if (event instanceof ZCycleStarted z) {
            s.marking = true;
            s.markStartedNanos = z.timeNanos();
            s.concurrentCycles++;
            s.markPhases.add(new MarkPhase(z.timeNanos(), -1, -1, 0, -1));
            s.heapTrend.add(new HeapTrend.Point(z.timeNanos(), z.usedBytes(), false));
        } else if (event instanceof ZCycleEnded z) {
            s.marking = false;
            s.usedAfterPauseBytes = z.usedAfterBytes();
            endPhase(s, z.timeNanos(), z.liveBytes());
            s.heapTrend.add(new HeapTrend.Point(z.timeNanos(), z.usedAfterBytes(), true));
            if (s.regions.length > 0) {
                RegionMap.decode(z.regionMap(), s.regions);
                s.countRegions();
            }
        } else if (event instanceof RequestRateChanged r) {
            s.meanInterarrivalNanos = r.meanInterarrivalNanos();
        } else if (event instanceof AllocationBurstStarted b) {
            s.burst = true;
            s.burstEndsNanos = b.timeNanos() + b.durationNanos();
            s.allocationPerRequestBytes = b.allocationPerRequestBytes();
        } else if (event instanceof AllocationBurstEnded b) {
            s.burst = false;
            s.allocationPerRequestBytes = b.allocationPerRequestBytes();
        } else if (event instanceof ExplicitGcIgnored) {
            s.explicitGcsIgnored++;
        } else if (event instanceof OutOfMemoryErrorThrown) {
            s.outOfMemoryErrors++;
        } else if (event instanceof ProcessEnded) {
            s.processDown = true;
            s.usedAfterPauseBytes = 0;
            java.util.Arrays.fill(s.regions, RegionKind.FREE); // the heap went with the process
            s.countRegions();
        } else if (event instanceof ProcessStarted p) {
            s.processDown = false;
            s.processRestarts = p.restarts();
        } else if (event instanceof RegionsEvacuated e) {
            s.evacuation = e;
        } else if (event instanceof IhopThresholdChanged i) {
            s.adaptiveIhopBytes = i.thresholdBytes();
            s.adaptiveIhopPredicted = i.predicted();
        } else if (event instanceof LoggedPause p) {
            loggedPause(s, p);
        } else if (event instanceof LoggedConcurrentPhase c) {
            loggedConcurrent(s, c);
        } else if (event instanceof SchedTraced t) {
            s.schedSamples.add(t);
        }
        // Events of other worlds are not ours to fold.
    }

    private static void configured(GcState s, GcConfigured c) {
        s.configured = true;
        s.simulated = true;
        s.heapBytes = c.heapBytes();
        s.regionBytes = c.regionBytes();
        s.collector = c.collector();
        s.maxPauseMillis = c.maxPauseMillis();
        s.ihopPercent = c.initiatingHeapOccupancyPercent();
        s.adaptiveIhopBytes = -1;
        s.maxTenuringThreshold = c.maxTenuringThreshold();
        s.tenuringThreshold = c.maxTenuringThreshold();
        s.parallelGcThreads = c.parallelGcThreads();
        s.threads = c.threads();
        s.meanInterarrivalNanos = c.meanInterarrivalNanos();
        s.meanServiceNanos = c.meanServiceNanos();
        s.allocationPerRequestBytes = c.allocationPerRequestBytes();
        s.edenTargetRegions = c.edenTargetRegions();
        s.regions = new RegionKind[c.regionCount()];
        RegionMap.decode(c.regionMap(), s.regions);
        s.countRegions();
    }

    /** Ends the running concurrent phase at {@code atNanos}; returns it as it was, or null if none ran. */
    private static MarkPhase endPhase(GcState s, long atNanos, long liveBytes) {
        int last = s.markPhases.size() - 1;
        if (last < 0 || !s.markPhases.get(last).running()) {
            return null;
        }
        MarkPhase phase = s.markPhases.get(last);
        s.markPhases.set(last, phase.ended(atNanos, liveBytes));
        return phase;
    }

    private static void setRegion(GcState s, int region, RegionKind kind) {
        if (region >= 0 && region < s.regions.length) {
            s.regionCounts[s.regions[region].ordinal()]--;
            s.regions[region] = kind;
            s.regionCounts[kind.ordinal()]++;
        }
    }

    private static void pauseStarted(GcState s, GcPauseStarted p) {
        s.heapTrend.add(new HeapTrend.Point(p.timeNanos(), p.heapBeforeBytes(), false));
        s.pauses.add(new GcPause(p.gcId(), p.kind(), p.cause(), p.timeNanos(), 0, p.heapBeforeBytes(),
                p.heapBeforeBytes(), 0, 0, false, p.requestsInFlight(), p.requestsWaiting(), true));
    }

    private static void pauseEnded(GcState s, GcPauseEnded p) {
        s.evacuation = null;
        GcPause started = s.currentPause();
        long start = started != null ? started.startNanos() : p.timeNanos() - p.durationNanos();
        GcPause done = new GcPause(p.gcId(), p.kind(), p.cause(), start, p.durationNanos(), p.heapBeforeBytes(),
                p.heapAfterBytes(), p.copiedBytes(), p.promotedBytes(), p.toSpaceExhausted(),
                started == null ? 0 : started.requestsInFlight(), started == null ? 0 : started.requestsWaiting(),
                false);
        if (started != null) {
            s.pauses.set(s.pauses.size() - 1, done);
        } else {
            s.pauses.add(done);
            s.heapTrend.add(new HeapTrend.Point(start, p.heapBeforeBytes(), false));
        }
        s.heapTrend.add(new HeapTrend.Point(p.timeNanos(), p.heapAfterBytes(), true));
        s.totalPauseNanos += p.durationNanos();
        s.maxPauseNanos = Math.max(s.maxPauseNanos, p.durationNanos());
        s.toSpaceExhaustedEver |= p.toSpaceExhausted();
        if (p.kind() == PauseKind.FULL) {
            s.fullGcCount++;
            s.mixedPhase = false;
        } else if (p.kind() == PauseKind.MIXED || p.kind() == PauseKind.YOUNG) {
            s.mixedPhase = p.kind() == PauseKind.MIXED && s.mixedPhase;
        }
        s.usedAfterPauseBytes = p.heapAfterBytes();
        s.edenTargetRegions = p.edenTargetRegions();
        s.tenuringThreshold = p.tenuringThreshold();
        if (s.regions.length > 0) {
            RegionMap.decode(p.regionMap(), s.regions);
            s.countRegions();
        }
    }

    /** A pause from a real log: ended when logged; its heap figures, where the log has them, fill the table. */
    private static void loggedPause(GcState s, LoggedPause p) {
        if (s.simulated) {
            // A run simulated from a log carries the log's pauses to compare with, not to fold into its own heap.
            s.originalPauses.add(p);
            return;
        }
        s.configured = true;
        if (p.heapCapacityBytes() > 0) {
            s.heapBytes = p.heapCapacityBytes();
        }
        long before = p.heapBeforeBytes() >= 0 ? p.heapBeforeBytes() : s.usedAfterPauseBytes;
        long after = p.heapAfterBytes() >= 0 ? p.heapAfterBytes() : before;
        PauseKind kind = LoggedPauseKinds.kind(p.name());
        s.pauses.add(new GcPause(p.gcId(), kind, LoggedPauseKinds.cause(p.cause()), p.timeNanos() - p.durationNanos(),
                p.durationNanos(), before, after, 0, 0, false, 0, 0, false));
        s.loggedPauses.add(p);
        s.heapTrend.add(new HeapTrend.Point(p.timeNanos() - p.durationNanos(), before, false));
        s.heapTrend.add(new HeapTrend.Point(p.timeNanos(), after, true));
        s.totalPauseNanos += p.durationNanos();
        s.maxPauseNanos = Math.max(s.maxPauseNanos, p.durationNanos());
        if (kind == PauseKind.FULL) {
            s.fullGcCount++;
        }
        s.usedAfterPauseBytes = after;
        loggedRegions(s);
    }

    private static void loggedConcurrent(GcState s, LoggedConcurrentPhase c) {
        if (s.simulated) {
            return; // the fitted log's own phases: the simulated run has its own
        }
        s.configured = true;
        if (c.heapCapacityBytes() > 0) {
            s.heapBytes = c.heapCapacityBytes();
        }
        if (c.heapAfterBytes() >= 0) {
            s.usedAfterPauseBytes = c.heapAfterBytes();
        }
        if (c.name().contains("Cycle") || c.name().contains("Collection")) {
            s.concurrentCycles++;
        }
        loggedRegions(s);
    }

    /**
     * A log says how much heap is in use, not where: the table shows it as old regions from the low end, on regions
     * of a power-of-two size that keeps the grid at 128 to 256 regions.
     */
    private static void loggedRegions(GcState s) {
        if (s.heapBytes <= 0) {
            return;
        }
        if (s.regionBytes <= 0 || s.heapBytes / s.regionBytes > 256 || s.heapBytes / s.regionBytes < 64) {
            long region = 1L << 20;
            while (s.heapBytes / region > 256) {
                region <<= 1;
            }
            s.regionBytes = region;
        }
        int count = (int) ((s.heapBytes + s.regionBytes - 1) / s.regionBytes);
        if (s.regions.length != count) {
            s.regions = new RegionKind[count];
        }
        int used = (int) Math.min(count, (s.usedAfterPauseBytes + s.regionBytes - 1) / s.regionBytes);
        java.util.Arrays.fill(s.regions, 0, used, RegionKind.OLD);
        java.util.Arrays.fill(s.regions, used, count, RegionKind.FREE);
        s.countRegions();
    }

    private static void tallied(GcState s, RequestsTallied t) {
        s.arrived += t.arrived();
        s.completed += t.completed();
        s.waiting = t.waiting();
        s.busyThreads = t.busyThreads();
        s.maxLatencyNanos = Math.max(s.maxLatencyNanos, t.maxLatencyNanos());
        s.runHistogram.add(t.latencyBuckets(), 1);
        s.recent.add(t);
        s.window.addLast(t);
        s.windowHistogram.add(t.latencyBuckets(), 1);
        while (s.window.peekFirst().timeNanos() <= t.timeNanos() - GcState.LATENCY_WINDOW_NANOS) {
            s.windowHistogram.add(s.window.removeFirst().latencyBuckets(), -1);
        }
        long max = 0;
        for (RequestsTallied w : s.window) {
            max = Math.max(max, w.maxLatencyNanos());
        }
        s.latency.add(new LatencySeries.Point(t.timeNanos(), s.windowHistogram.percentile(500_000),
                s.windowHistogram.percentile(990_000), s.windowHistogram.percentile(999_000), max, t.waiting()));
    }
}
