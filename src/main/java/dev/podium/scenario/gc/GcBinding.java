package dev.podium.scenario.gc;

import dev.podium.engine.Kernel;
import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.WorldBinding;
import dev.podium.scenario.WorldLinks;
import dev.podium.timeline.EventSink;
import dev.podium.world.gc.Collector;
import dev.podium.world.gc.GcModel;
import dev.podium.world.gc.GcParams;
import dev.podium.world.gc.LoggedPause;
import dev.podium.world.kube.node.ContainerBehaviour;
import java.util.List;

/** The GC world in one run: a {@link GcModel} built from the world's params, and its verbs applied to it. */
final class GcBinding implements WorldBinding {
    private final Params params;
    private final List<LoggedPause> replayed;
    private GcModel model;

    GcBinding(Params params) {
        this(params, List.of());
    }

    /** A binding that also replays {@code replayed}, a real log's pauses ({@link LogReplay}). */
    GcBinding(Params params, List<LoggedPause> replayed) {
        this.params = params;
        this.replayed = List.copyOf(replayed);
    }

    /**
     * Reads and checks the params: unknown names, each value's range, then the sizes and the rules across values.
     * Errors name the value's place in the file.
     */
    static GcParams readParams(Params p) throws ScenarioException {
        p.rejectUnknown(GcWorld.PARAMS.stream().map(Arg::name).toArray(String[]::new));
        for (Arg<?> arg : GcWorld.PARAMS) {
            arg.read(p);
        }
        long heap = JvmSizes.read(p, GcWorld.XMX.name(), GcWorld.GIB, GcWorld.MIN_HEAP, GcWorld.MAX_HEAP);
        long initial = JvmSizes.read(p, GcWorld.XMS.name(), heap, GcWorld.MIN_HEAP, GcWorld.MAX_HEAP);
        if (initial > heap) {
            throw JvmSizes.problem(p, GcWorld.XMS.name(), "Xms: " + JvmSizes.format(initial)
                    + " is more than Xmx (" + JvmSizes.format(heap) + "); the initial heap cannot exceed the maximum");
        }
        long region = JvmSizes.read(p, GcWorld.REGION_SIZE.name(), GcParams.ergonomicRegionBytes(heap),
                GcParams.MIN_REGION_BYTES, GcParams.MAX_REGION_BYTES);
        if (Long.bitCount(region) != 1) {
            throw JvmSizes.problem(p, GcWorld.REGION_SIZE.name(), "G1HeapRegionSize: " + JvmSizes.format(region)
                    + " is not a power of two; expected 1m, 2m, 4m, 8m, 16m, 32m, 64m, 128m, 256m or 512m");
        }
        if (heap / region < 16 || heap / region > GcParams.MAX_REGIONS) {
            String at = p.has(GcWorld.REGION_SIZE.name()) ? GcWorld.REGION_SIZE.name() : GcWorld.XMX.name();
            throw JvmSizes.problem(p, at, at + ": a heap of " + JvmSizes.format(heap) + " in regions of "
                    + JvmSizes.format(region) + " makes " + heap / region + " regions; expected 16 to "
                    + GcParams.MAX_REGIONS);
        }
        long allocation = JvmSizes.read(p, GcWorld.ALLOCATION.name(), GcWorld.MIB, 0, heap / 4);
        double session = GcWorld.SESSION_PERCENT.read(p);
        double cache = GcWorld.CACHE_PERCENT.read(p);
        int sessionPpm = (int) StrictMath.round(session * 10_000);
        int cachePpm = (int) StrictMath.round(cache * 10_000);
        if (sessionPpm + cachePpm > 1_000_000) {
            String at = p.has(GcWorld.CACHE_PERCENT.name()) ? GcWorld.CACHE_PERCENT.name()
                    : GcWorld.SESSION_PERCENT.name();
            throw JvmSizes.problem(p, at, at + ": sessionPercent and cachePercent add up to more than 100");
        }
        Collector collector = collector(p);
        String runtime = GcWorld.RUNTIME.read(p).strip();
        if (runtime.equals("go")) {
            if (collector != Collector.G1 || p.has(GcWorld.USE_G1.name())) {
                String flag = p.has(GcWorld.USE_G1.name()) ? GcWorld.USE_G1.name()
                        : p.has(GcWorld.USE_PARALLEL.name()) ? GcWorld.USE_PARALLEL.name() : GcWorld.USE_Z.name();
                throw JvmSizes.problem(p, flag, flag + ": a Go program has no JVM collector (runtime: go)");
            }
            collector = Collector.GO;
        } else if (!runtime.equals("jvm")) {
            throw JvmSizes.problem(p, GcWorld.RUNTIME.name(), "runtime: '" + runtime + "' is not a runtime; expected "
                    + "jvm or go");
        }
        int gogc = GoSettings.gogc(p, GcWorld.GOGC.name());
        long memoryLimit = GoSettings.memoryLimit(p, GcWorld.GOMEMLIMIT.name());
        long large = JvmSizes.read(p, GcWorld.LARGE_OBJECT_SIZE.name(), 0, 0, heap / 2);
        int largePpm = (int) StrictMath.round(GcWorld.LARGE_OBJECT_PERCENT.read(p) * 10_000);
        return new GcParams(heap, region, GcWorld.MAX_PAUSE.read(p), GcWorld.IHOP.read(p),
                GcWorld.MAX_TENURING.read(p), GcWorld.GC_THREADS.read(p), GcWorld.DISABLE_EXPLICIT_GC.read(p),
                GcParams.interarrivalForRate(GcVerbs.REQUESTS_PER_SECOND.read(p)), GcWorld.THREADS.read(p),
                GcWorld.SERVICE_TIME.read(p), allocation, sessionPpm, GcWorld.SESSION_LIFETIME.read(p), cachePpm,
                collector, GcWorld.ADAPTIVE_IHOP.read(p), GcWorld.NEW_RATIO.read(p), largePpm, large,
                GcWorld.CPUS.read(p), gogc, memoryLimit);
    }

    /** The collector its flag selects; G1 when none is given; two flags are a problem at the second one. */
    private static Collector collector(Params p) throws ScenarioException {
        Collector chosen = null;
        String chosenFlag = null;
        Arg<?>[] flags = {GcWorld.USE_G1, GcWorld.USE_PARALLEL, GcWorld.USE_Z};
        Collector[] collectors = {Collector.G1, Collector.PARALLEL, Collector.Z};
        for (int i = 0; i < flags.length; i++) {
            if (Boolean.TRUE.equals(flags[i].read(p))) {
                if (chosen != null) {
                    throw JvmSizes.problem(p, flags[i].name(), flags[i].name() + ": " + chosenFlag
                            + " is already set; a JVM runs one collector (set only one of UseG1GC, UseParallelGC, "
                            + "UseZGC)");
                }
                chosen = collectors[i];
                chosenFlag = flags[i].name();
            }
        }
        return chosen == null ? Collector.G1 : chosen;
    }

    @Override
    public void start(Kernel kernel, EventSink sink) throws ScenarioException {
        model = new GcModel(kernel, sink, readParams(params));
        model.start();
        LogReplay.schedule(kernel, sink, replayed);
    }

    /**
     * In a scenario with the Kubernetes world, and a {@code container} named: the service answers that container's
     * probes ({@link JvmProbes}), so a long pause times them out.
     */
    @Override
    public void offer(WorldLinks links) {
        String container;
        try {
            container = JvmProbes.CONTAINER.read(params).strip();
        } catch (ScenarioException e) {
            throw new IllegalStateException("params were checked at load", e);
        }
        if (!container.isEmpty()) {
            links.offer(ContainerBehaviour.class, new JvmProbes(model, container));
        }
    }

    @Override
    public void apply(TimedAction action) throws ScenarioException {
        for (Verb<GcModel> verb : GcVerbs.ALL) {
            if (verb.name().equals(action.verb())) {
                verb.apply(model, action);
                return;
            }
        }
        throw new IllegalStateException("not a gc verb: " + action.verb());
    }
}
