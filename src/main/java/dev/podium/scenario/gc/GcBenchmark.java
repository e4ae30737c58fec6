package dev.podium.scenario.gc;

import dev.podium.engine.Kernel;
import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.WorldBenchmark;
import dev.podium.world.gc.GcModel;
import dev.podium.world.gc.GcParams;
import dev.podium.world.gc.GcPauseEnded;
import dev.podium.world.gc.GcProjection;
import dev.podium.world.gc.GcState;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code podium bench gc}: the benchmark, a JVM service at 10,000 requests per second on a 4 GB heap for ten
 * simulated minutes, headless. Prints wall time, simulated time, events, pauses and the latency percentiles, so a
 * faster model can be seen to tell the same story. The options change the load and the collector.
 */
final class GcBenchmark implements WorldBenchmark {
    static final Arg<Long> DURATION = Arg.duration("duration", 1_000_000_000L, 24 * GcVerbs.HOUR_NANOS,
            600_000_000_000L);
    static final Arg<Double> RATE = Arg.positive("rate", 1e6, 10_000);
    static final Arg<String> HEAP = Arg.text("Xmx", "4g");
    static final Arg<String> ALLOCATION = Arg.text("allocation", "100k");
    static final Arg<Integer> THREADS = Arg.integer("threads", 1, 10_000, 200);
    static final Arg<Long> SERVICE = Arg.duration("serviceTime", 1_000L, GcVerbs.HOUR_NANOS, 10_000_000L);
    static final Arg<Double> SESSION = Arg.number("sessionPercent", 0, 100, 2);
    static final Arg<Boolean> PROJECT = Arg.flag("project", false);

    @Override
    public String name() {
        return GcWorld.NAME;
    }

    @Override
    public String description() {
        return "ten minutes of a JVM service at 10,000 requests per second on a 4 GB G1 heap (options: --duration, "
                + "--rate, --Xmx, --allocation (per request), --threads, --serviceTime, --sessionPercent, "
                + "--project (also fold every event into the view's state))";
    }

    @Override
    public List<Arg<?>> options() {
        return List.of(DURATION, RATE, HEAP, ALLOCATION, THREADS, SERVICE, SESSION, PROJECT);
    }

    @Override
    public void run(Params options, PrintWriter out) throws ScenarioException {
        long heap = JvmSizes.read(options, HEAP.name(), 4 * GcWorld.GIB, GcWorld.MIN_HEAP, GcWorld.MAX_HEAP);
        long allocation = JvmSizes.read(options, ALLOCATION.name(), 100 * 1024, 0, heap / 4);
        long duration = DURATION.read(options);
        double rate = RATE.read(options);
        boolean project = PROJECT.read(options);
        GcParams params = new GcParams(heap, GcParams.ergonomicRegionBytes(heap), 200, 45, 15, 2, false,
                GcParams.interarrivalForRate(rate), THREADS.read(options), SERVICE.read(options), allocation,
                (int) StrictMath.round(SESSION.read(options) * 10_000), 8_000_000_000L, 1_000);
        out.printf(Locale.ROOT, "gc: %s heap, %.0f requests/s of %s for %.0f s simulated, %d threads%n",
                JvmSizes.format(heap), rate, JvmSizes.format(allocation), duration / 1e9, params.threads());
        out.flush();
        Kernel kernel = new Kernel(42);
        GcProjection projection = new GcProjection();
        GcState state = projection.initial();
        long[] counts = new long[2];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        GcModel model = new GcModel(kernel, e -> {
            counts[0]++;
            if (e instanceof GcPauseEnded) {
                counts[1]++;
            }
            if (project) {
                projection.apply(state, e);
            }
        }, params);
        model.start();
        kernel.runUntil(duration);
        long wall = System.nanoTime() - begin;
        long cpu = threads.getCurrentThreadCpuTime() - cpuBegin;
        out.printf(Locale.ROOT, "wall %.2f s (this thread's CPU %.2f s), sim/wall %.0f, events %,d, kernel events %,d, "
                + "pauses %,d%n", wall / 1e9, cpu / 1e9, duration / (double) wall, counts[0], kernel.firedCount(),
                counts[1]);
        if (project) {
            out.printf(Locale.ROOT, "requests completed %,d; latency p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms; "
                    + "pause total %.1f s, longest %.1f ms%n", state.completed(), state.runPercentile(500_000) / 1e6,
                    state.runPercentile(990_000) / 1e6, state.runPercentile(999_000) / 1e6,
                    state.totalPauseNanos() / 1e9, state.maxPauseNanos() / 1e6);
        }
        out.flush();
    }
}
