package dev.podium.ui.gc;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.NarrationBundle;
import dev.podium.ui.world.Narrator;
import dev.podium.world.gc.AllocationBurstEnded;
import dev.podium.world.gc.AllocationBurstStarted;
import dev.podium.world.gc.ConcurrentMarkEnded;
import dev.podium.world.gc.ConcurrentMarkStarted;
import dev.podium.world.gc.ExplicitGcIgnored;
import dev.podium.world.gc.ProcessEnded;
import dev.podium.world.gc.ProcessStarted;
import dev.podium.world.gc.GcConfigured;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.GcPauseStarted;
import dev.podium.world.gc.LoggedConcurrentPhase;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.gc.HumongousAllocated;
import dev.podium.world.gc.GcSettingChanged;
import dev.podium.world.gc.GoGcCycleEnded;
import dev.podium.world.gc.GoGcCycleStarted;
import dev.podium.world.gc.HumongousReclaimed;
import dev.podium.world.gc.IhopThresholdChanged;
import dev.podium.world.gc.ZCycleEnded;
import dev.podium.world.gc.ZCycleStarted;
import dev.podium.world.gc.OutOfMemoryErrorThrown;
import dev.podium.world.gc.PauseKind;
import dev.podium.world.gc.RegionRanges;
import dev.podium.world.gc.RegionsEvacuated;
import dev.podium.world.gc.RequestRateChanged;
import dev.podium.world.gc.SchedTraced;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sentences for the GC world's events, from {@code dev/podium/ui/gc/narration*.properties} (English and Simplified
 * Chinese), with named arguments. Sizes read as the JVM's logs write them ({@code 2 MB} is 2^20 bytes); durations in
 * the unit that suits them. Pause and cause names stay as the JVM logs them, in both languages, so a class can match
 * them with a real log.
 *
 * <p>Three kinds of event are too small or too frequent to narrate and get no sentence: {@code EdenRegionTaken} (one
 * per region allocation), {@code RequestsTallied} (twenty a second) and the start of any pause but a Full GC (its end
 * says everything). Returns null for those and for other worlds' events. FX thread.
 */
public final class GcNarrator implements Narrator {
    private static final String BUNDLE = "dev.podium.ui.gc.narration";

    /** A sentence's key in the bundle and the values of the names its pattern may use. */
    record Sentence(String key, Map<String, Object> arguments) {
    }

    private final NarrationBundle sentences = new NarrationBundle(BUNDLE);

    @Override
    public String sentence(WorldEvent event, Locale locale) {
        Sentence s = compose(event, locale);
        if (s == null) {
            return null;
        }
        String said = say(locale, s);
        if (event instanceof GcPauseEnded p && p.toSpaceExhausted()) {
            said += sentences.text(locale, "pause.exhausted");
        }
        return said;
    }

    /** The sentence for {@code event}, its durations already in {@code locale}; null when it is not narrated. */
    Sentence compose(WorldEvent event, Locale locale) {
        if (event instanceof GcPauseEnded p) {
            return pauseEnded(p, locale);
        } else if (event instanceof GcPauseStarted p) {
            return p.kind() != PauseKind.FULL ? null : new Sentence("pause.start.full", Map.of("id", p.gcId(),
                    "cause", p.cause().logText(), "inFlight", p.requestsInFlight(), "waiting", p.requestsWaiting()));
        } else if (event instanceof ConcurrentMarkStarted m) {
            return new Sentence("mark.started", Map.of("id", m.gcId(), "old", GcFigures.bytes(m.oldOccupancyBytes()),
                    "threshold", GcFigures.bytes(m.thresholdBytes())));
        } else if (event instanceof ConcurrentMarkEnded m) {
            if (m.aborted()) {
                return new Sentence("mark.aborted", Map.of("id", m.gcId()));
            }
            return new Sentence(m.mixedPlanned() ? "mark.ended.mixed" : "mark.ended.none", Map.of("id", m.gcId(),
                    "live", GcFigures.bytes(m.liveOldBytes()), "reclaimable", GcFigures.bytes(m.reclaimableBytes()),
                    "candidates", m.candidateRegions(), "duration", say(locale, duration(m.durationNanos()))));
        } else if (event instanceof ZCycleStarted z) {
            return new Sentence("z.started", Map.of("id", z.gcId(), "cause", z.cause().logText(), "used",
                    GcFigures.bytes(z.usedBytes()), "rate", GcFigures.bytes(z.allocationBytesPerSecond())));
        } else if (event instanceof ZCycleEnded z) {
            return new Sentence("z.ended", Map.of("id", z.gcId(), "live", GcFigures.bytes(z.liveBytes()), "after",
                    GcFigures.bytes(z.usedAfterBytes()), "duration", say(locale, duration(z.durationNanos()))));
        } else if (event instanceof GcSettingChanged c) {
            return new Sentence("setting", Map.of("name", c.name(), "value", c.value()));
        } else if (event instanceof GoGcCycleStarted g) {
            return new Sentence(g.assistPerMille() > 0 ? "go.started.assists" : "go.started", Map.of("id", g.gcId(),
                    "heap", GcFigures.bytes(g.heapLiveBytes()), "goal", GcFigures.bytes(g.goalBytes()),
                    "assist", g.assistPerMille() / 10, "total", (g.assistPerMille() + 250) / 10));
        } else if (event instanceof GoGcCycleEnded g) {
            return new Sentence("go.ended", Map.of("id", g.gcId(), "live", GcFigures.bytes(g.markedBytes()),
                    "after", GcFigures.bytes(g.heapAfterBytes()), "goal", GcFigures.bytes(g.nextGoalBytes()),
                    "duration", say(locale, duration(g.durationNanos()))));
        } else if (event instanceof GcConfigured c) {
            String key = switch (c.collector()) {
                case G1 -> "configured";
                case PARALLEL -> "configured.parallel";
                case Z -> "configured.z";
                case GO -> "configured.go";
            };
            return new Sentence(key, Map.of("heap", GcFigures.bytes(c.heapBytes()), "regions",
                    c.regionCount(), "region", GcFigures.bytes(c.regionBytes()), "goal", c.maxPauseMillis(),
                    "ihop", c.initiatingHeapOccupancyPercent(), "threads", c.threads(),
                    "rate", GcFigures.perSecond(c.meanInterarrivalNanos()),
                    "allocation", GcFigures.bytes(c.allocationPerRequestBytes())));
        } else if (event instanceof RequestRateChanged r) {
            return new Sentence("rate", Map.of("rate", GcFigures.perSecond(r.meanInterarrivalNanos())));
        } else if (event instanceof AllocationBurstStarted b) {
            return new Sentence("burst.started", Map.of("allocation", GcFigures.bytes(b.allocationPerRequestBytes()),
                    "factor", BigDecimal.valueOf(b.factorPerMille(), 3).stripTrailingZeros().toPlainString(),
                    "duration", say(locale, duration(b.durationNanos()))));
        } else if (event instanceof AllocationBurstEnded b) {
            return new Sentence("burst.ended", Map.of("allocation", GcFigures.bytes(b.allocationPerRequestBytes())));
        } else if (event instanceof ExplicitGcIgnored) {
            return new Sentence("explicitGc.ignored", Map.of());
        } else if (event instanceof ProcessEnded e) {
            return new Sentence("process.ended", Map.of("code", e.exitCode(), "heap", GcFigures.bytes(e.heapUsedBytes()),
                    "lost", e.requestsLost()));
        } else if (event instanceof ProcessStarted e) {
            return new Sentence("process.started", Map.of("restarts", e.restarts(),
                    "startup", say(locale, duration(e.startupNanos())), "refused", e.requestsRefused()));
        } else if (event instanceof LoggedPause p) {
            return loggedPause(p, locale);
        } else if (event instanceof LoggedConcurrentPhase c) {
            return loggedPhase(c, locale);
        } else if (event instanceof HumongousAllocated h) {
            return new Sentence("humongous.allocated", Map.of("bytes", GcFigures.bytes(h.bytes()), "regions",
                    h.regions(), "first", h.firstRegion(), "old", GcFigures.bytes(h.occupancyBytes())));
        } else if (event instanceof HumongousReclaimed h) {
            return new Sentence("humongous.reclaimed", Map.of("id", h.gcId(), "bytes", GcFigures.bytes(h.bytes()),
                    "regions", h.regions()));
        } else if (event instanceof RegionsEvacuated e) {
            return evacuation(e);
        } else if (event instanceof IhopThresholdChanged i) {
            return new Sentence(i.predicted() ? "ihop.predicted" : "ihop.initial", Map.of("threshold",
                    GcFigures.bytes(i.thresholdBytes()), "percent",
                    i.heapBytes() > 0 ? Math.round(i.thresholdBytes() * 100.0 / i.heapBytes()) : 0));
        } else if (event instanceof SchedTraced t) {
            return schedTraced(t);
        } else if (event instanceof OutOfMemoryErrorThrown o) {
            return new Sentence("oom", Map.of("requested", GcFigures.bytes(o.requestedBytes()),
                    "live", GcFigures.bytes(o.liveBytes())));
        }
        return null;
    }

    private Sentence pauseEnded(GcPauseEnded p, Locale locale) {
        Map<String, Object> args = new HashMap<>();
        args.put("id", p.gcId());
        args.put("cause", p.cause().logText());
        args.put("before", GcFigures.bytes(p.heapBeforeBytes()));
        args.put("after", GcFigures.bytes(p.heapAfterBytes()));
        args.put("duration", say(locale, duration(p.durationNanos())));
        args.put("copied", GcFigures.bytes(p.copiedBytes()));
        args.put("promoted", GcFigures.bytes(p.promotedBytes()));
        args.put("tenuring", p.tenuringThreshold());
        String key = switch (p.kind()) {
            case YOUNG -> "pause.young";
            case CONCURRENT_START -> "pause.concurrentStart";
            case PREPARE_MIXED -> "pause.prepareMixed";
            case MIXED -> "pause.mixed";
            case REMARK -> "pause.remark";
            case CLEANUP -> "pause.cleanup";
            case FULL -> "pause.full";
            case PARALLEL_YOUNG -> "pause.young";
            case Z_MARK_START, Z_MARK_END, Z_RELOCATE_START -> "pause.z";
            case ALLOCATION_STALL -> "pause.stall";
            case GO_SWEEP_TERMINATION, GO_MARK_TERMINATION -> "pause.go";
        };
        args.put("name", p.kind().logName());
        return new Sentence(key, args);
    }

    private static Sentence evacuation(RegionsEvacuated e) {
        Map<String, Object> args = new HashMap<>();
        args.put("id", e.gcId());
        args.put("from", RegionRanges.decode(e.fromRegions(), Integer.MAX_VALUE).cardinality());
        args.put("toSurvivor", RegionRanges.decode(e.toSurvivorRegions(), Integer.MAX_VALUE).cardinality());
        args.put("toOld", RegionRanges.decode(e.toOldRegions(), Integer.MAX_VALUE).cardinality());
        args.put("survivors", GcFigures.bytes(e.survivorBytes()));
        args.put("promoted", GcFigures.bytes(e.promotedBytes()));
        args.put("oldCopied", GcFigures.bytes(e.oldCopiedBytes()));
        return new Sentence(e.oldCopiedBytes() > 0 ? "evacuation.mixed" : "evacuation", args);
    }


    /** A pause read from a real log: its name and cause as logged, and the heap figures the log gave. */
    private Sentence loggedPause(LoggedPause p, Locale locale) {
        Map<String, Object> args = new HashMap<>();
        args.put("id", p.gcId());
        args.put("name", p.name());
        args.put("duration", say(locale, duration(p.durationNanos())));
        String key = "logged.pause";
        if (!p.cause().isEmpty()) {
            args.put("cause", p.cause());
            key += ".cause";
        }
        if (p.heapBeforeBytes() >= 0 && p.heapAfterBytes() >= 0 && p.heapCapacityBytes() >= 0) {
            args.put("before", GcFigures.bytes(p.heapBeforeBytes()));
            args.put("after", GcFigures.bytes(p.heapAfterBytes()));
            args.put("capacity", GcFigures.bytes(p.heapCapacityBytes()));
            key += ".heap";
        }
        return new Sentence(key, args);
    }

    /** A Go scheduler-trace sample: the run queues (global, then each P's) and the threads. */
    private static Sentence schedTraced(SchedTraced t) {
        StringBuilder local = new StringBuilder();
        for (int q : t.localRunQueues()) {
            local.append(local.length() == 0 ? "" : " ").append(q);
        }
        return new Sentence(t.localRunQueues().isEmpty() ? "sched.noLocal" : "sched", Map.of("global",
                t.globalRunQueue(), "local", local.toString(), "threads", t.threads(), "idle", t.idleThreads(),
                "spinning", t.spinningThreads(), "idleProcs", t.idleProcs(), "procs", t.gomaxprocs()));
    }

    /** A concurrent phase read from a real log; a cycle with heap figures (ZGC's) says them instead of a time. */
    private Sentence loggedPhase(LoggedConcurrentPhase c, Locale locale) {
        if (c.durationNanos() == 0 && c.heapBeforeBytes() >= 0 && c.heapAfterBytes() >= 0
                && c.heapCapacityBytes() >= 0) {
            return new Sentence("logged.cycle", Map.of("id", c.gcId(), "name", c.name(),
                    "before", GcFigures.bytes(c.heapBeforeBytes()), "after", GcFigures.bytes(c.heapAfterBytes()),
                    "capacity", GcFigures.bytes(c.heapCapacityBytes())));
        }
        return new Sentence("logged.phase", Map.of("id", c.gcId(), "name", c.name(),
                "duration", say(locale, duration(c.durationNanos()))));
    }

    /** "2.4 s" / "2.4 秒": the number from {@link SimDurations#readable}, the unit from the bundle. */
    static Sentence duration(long nanos) {
        SimDurations.Unit unit = SimDurations.readableUnit(nanos);
        return new Sentence("duration." + unit.key(), Map.of("number", SimDurations.readableNumber(nanos, unit)));
    }

    /** {@code s} in {@code locale}. */
    String say(Locale locale, Sentence s) {
        return sentences.say(locale, s.key(), s.arguments());
    }
}
