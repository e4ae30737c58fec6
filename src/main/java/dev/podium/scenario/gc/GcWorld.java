package dev.podium.scenario.gc;

import dev.podium.scenario.Arg;
import dev.podium.scenario.LogImporter;
import dev.podium.scenario.Params;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.Section;
import dev.podium.scenario.SimulationFork;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.Verb;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldBenchmark;
import dev.podium.scenario.WorldBinding;
import dev.podium.timeline.Projection;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.gc.GcEvent;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.LoggedPause;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The garbage-collection world's descriptor: a JVM service on a G1, Parallel or ZGC heap, its pauses and what they
 * do to request latency. Its parameters use the JVM's own spellings ({@code Xmx: 4g}, {@code MaxGCPauseMillis: 200}). Registered
 * in {@code META-INF/services/dev.podium.scenario.World}.
 */
public final class GcWorld implements World {
    public static final String NAME = "gc";

    static final long MIB = 1L << 20;
    static final long GIB = 1L << 30;

    /** Sizes: the JVM's spelling, checked by {@link JvmSizes} (the contract has no size argument). */
    static final Arg<String> XMX = Arg.text("Xmx", "1g");
    static final Arg<String> XMS = Arg.text("Xms", "");
    static final Arg<String> REGION_SIZE = Arg.text("G1HeapRegionSize", "");
    static final Arg<String> ALLOCATION = Arg.text("allocationPerRequest", "1m");
    static final long MIN_HEAP = 16 * MIB;
    static final long MAX_HEAP = 256 * GIB;

    static final Arg<Integer> MAX_PAUSE = Arg.integer("MaxGCPauseMillis", 1, 100_000, 200);
    static final Arg<Integer> IHOP = Arg.integer("InitiatingHeapOccupancyPercent", 0, 100, 45);
    static final Arg<Integer> MAX_TENURING = Arg.integer("MaxTenuringThreshold", 0, 15, 15);
    static final Arg<Integer> GC_THREADS = Arg.integer("ParallelGCThreads", 1, 256, 2);
    static final Arg<Boolean> DISABLE_EXPLICIT_GC = Arg.flag("DisableExplicitGC", false);
    /** The collector, as {@code -XX:+UseG1GC} (the default), {@code -XX:+UseParallelGC} or {@code -XX:+UseZGC}. */
    static final Arg<Boolean> USE_G1 = Arg.flag("UseG1GC", false);
    static final Arg<Boolean> USE_PARALLEL = Arg.flag("UseParallelGC", false);
    static final Arg<Boolean> USE_Z = Arg.flag("UseZGC", false);
    /** {@code jvm} (the default) or {@code go}: a Go program on the Go runtime's collector instead of a JVM. */
    static final Arg<String> RUNTIME = Arg.text("runtime", "jvm");
    static final Arg<String> GOGC = Arg.text("GOGC", "100");
    static final Arg<String> GOMEMLIMIT = Arg.text("GOMEMLIMIT", "off");
    static final Arg<Boolean> ADAPTIVE_IHOP = Arg.flag("G1UseAdaptiveIHOP", true);
    static final Arg<Integer> NEW_RATIO = Arg.integer("NewRatio", 1, 100, 2);
    static final Arg<Integer> CPUS = Arg.integer("cpus", 1, 1024, 4);
    /** Requests that also allocate one large object (humongous in G1 when more than half a region), and its size. */
    static final Arg<Double> LARGE_OBJECT_PERCENT = Arg.number("largeObjectPercent", 0, 100, 0);
    static final Arg<String> LARGE_OBJECT_SIZE = Arg.text("largeObjectSize", "0");
    static final Arg<Integer> THREADS = Arg.integer("threads", 1, 10_000, 50);
    static final Arg<Long> SERVICE_TIME = Arg.duration("serviceTime", 1_000L, GcVerbs.HOUR_NANOS, 20_000_000L);
    static final Arg<Double> SESSION_PERCENT = Arg.number("sessionPercent", 0, 100, 5);
    static final Arg<Long> SESSION_LIFETIME = Arg.duration("sessionLifetime", GcVerbs.MILLISECOND_NANOS,
            24 * GcVerbs.HOUR_NANOS, 8_000_000_000L);
    static final Arg<Double> CACHE_PERCENT = Arg.number("cachePercent", 0, 100, 0.1);

    static final List<Arg<?>> PARAMS = List.of(RUNTIME, GOGC, GOMEMLIMIT, XMX, XMS, USE_G1, USE_PARALLEL, USE_Z, REGION_SIZE, MAX_PAUSE, IHOP,
            ADAPTIVE_IHOP, MAX_TENURING, NEW_RATIO, GC_THREADS, CPUS, DISABLE_EXPLICIT_GC, GcVerbs.REQUESTS_PER_SECOND,
            THREADS, SERVICE_TIME, ALLOCATION, SESSION_PERCENT, SESSION_LIFETIME, CACHE_PERCENT, LARGE_OBJECT_PERCENT,
            LARGE_OBJECT_SIZE, JvmProbes.CONTAINER);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "GC";
    }

    @Override
    public List<Class<? extends WorldEvent>> eventTypes() {
        return GcEvent.types();
    }

    @Override
    public boolean owns(WorldEvent event) {
        return event instanceof GcEvent;
    }

    @Override
    public Projection<?> projection() {
        return new GcProjection();
    }

    @Override
    public List<Arg<?>> params() {
        return PARAMS;
    }

    /** Each parameter's own range, then the sizes and the rules across parameters. */
    @Override
    public void checkParams(Params params) throws ScenarioException {
        GcBinding.readParams(params);
    }

    @Override
    public List<Verb<?>> verbs() {
        return List.copyOf(GcVerbs.ALL);
    }

    /** A real log to replay beside the simulation ({@link LogReplay}): by path, or its lines in the scenario. */
    @Override
    public List<Section.Spec> sections() {
        return List.of(new Section.Spec(LogReplay.FILE_KEY, Section.Kind.TEXT),
                new Section.Spec(LogReplay.TEXT_KEY, Section.Kind.TEXT));
    }

    @Override
    public void checkSources(Scenario scenario, Path scenarioDir) throws ScenarioException {
        LogReplay.read(scenario, scenarioDir);
    }

    @Override
    public WorldBinding bind(Scenario scenario, Path scenarioDir) throws ScenarioException {
        return new GcBinding(scenario.params(NAME), LogReplay.read(scenario, scenarioDir));
    }

    /** An imported JVM GC log continues as a simulation of a service fitted to it ({@link LogFit}). */
    @Override
    public boolean canContinueAsSimulation() {
        return true;
    }

    /**
     * The service fitted to the log's pauses on {@code timeline} up to {@code atNanos}, run for that stretch, with
     * those pauses replayed beside it (written into the scenario). Empty when the timeline holds no logged pauses
     * (a simulation's recording); a log the fit cannot use is a problem naming it.
     */
    @Override
    public Optional<SimulationFork> fork(Timeline timeline, long atNanos, String label) throws ScenarioException {
        List<GcEvent> events = new ArrayList<>();
        List<LoggedPause> pauses = new ArrayList<>();
        for (WorldEvent e : timeline.events()) {
            if (e.timeNanos() <= atNanos && e instanceof GcEvent g) {
                events.add(g);
                if (g instanceof LoggedPause p) {
                    pauses.add(p);
                }
            }
        }
        if (pauses.isEmpty()) {
            return Optional.empty();
        }
        String source = "continued from " + label;
        LogFit fit;
        try {
            fit = LogFit.fit(events, LogFit.Hints.NONE);
        } catch (LogFit.UnfitLog e) {
            throw new ScenarioException(SourceLocation.wholeFile(label), label
                    + ": cannot simulate: " + e.getMessage() + " (play the log further before continuing)");
        }
        String yaml = FittedScenario.withInlineLog(fit, GcLogImporter.scenarioName(label), label, pauses);
        return Optional.of(new SimulationFork(yaml, ScenarioLoader.parse(source, yaml), GcLogImporter.summary(fit)));
    }

    /** Real GC logs: JVM unified logging and Go's gctrace and schedtrace ({@link GcLogImporter}). */
    @Override
    public Optional<LogImporter> logImporter() {
        return Optional.of(new GcLogImporter());
    }

    @Override
    public List<WorldBenchmark> benchmarks() {
        return List.of(new GcBenchmark());
    }

    @Override
    public void summarize(List<WorldEvent> events, PrintWriter out) {
        GcSummary.print(events, out);
    }
}
