package dev.podium.scenario.gc;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Verb;
import dev.podium.world.gc.GcModel;
import dev.podium.world.gc.GcParams;
import java.util.List;

/**
 * The GC world's verbs (docs/scenario-format.md): {@code setRequestRate}, {@code allocationBurst},
 * {@code systemGc}, {@code setMaxGCPauseMillis}, and for Go {@code setGOGC} ({@code percent}, -1 for off) and
 * {@code setGOMEMLIMIT} ({@code mebibytes}, 0 for off). Each argument's range is stated once, here, and shared with the parameter of the same name.
 */
final class GcVerbs {
    static final long MILLISECOND_NANOS = 1_000_000L;
    static final long HOUR_NANOS = 3_600_000_000_000L;

    /** Requests per second, open loop: more than 0, at most a million. */
    static final Arg<Double> REQUESTS_PER_SECOND = Arg.positive("requestsPerSecond", 1e6, 200);
    /** How many times the usual allocation each request makes during a burst. */
    static final Arg<Double> FACTOR = Arg.number("factor", 0.1, 100, 4);
    /** How long a burst lasts: 1 ms to 1 h. */
    static final Arg<Long> DURATION = Arg.duration("duration", MILLISECOND_NANOS, HOUR_NANOS, 10_000_000_000L);

    /** {@code MaxGCPauseMillis} for setMaxGCPauseMillis. */
    static final Arg<Integer> PAUSE_GOAL = Arg.integer("MaxGCPauseMillis", 1, 100_000, 200);
    /** GOGC for setGOGC: a percent, or -1 for off. */
    static final Arg<Integer> PERCENT = Arg.integer("percent", -1, 100_000, 100);
    /** GOMEMLIMIT for setGOMEMLIMIT, in MiB; 0 for off. */
    static final Arg<Integer> LIMIT_MIB = Arg.integer("mebibytes", 0, 1 << 30, 0);

    static final List<Verb<GcModel>> ALL = List.of(
            Verb.of("setRequestRate", List.of(REQUESTS_PER_SECOND.required()), (model, target, args) ->
                    model.setMeanInterarrival(GcParams.interarrivalForRate(REQUESTS_PER_SECOND.read(args)))),
            Verb.of("allocationBurst", List.of(FACTOR.required(), DURATION.required()), (model, target, args) ->
                    model.allocationBurst((int) StrictMath.round(FACTOR.read(args) * 1000), DURATION.read(args))),
            Verb.of("systemGc", List.of(), (model, target, args) -> model.systemGc()),
            Verb.of("setMaxGCPauseMillis", List.of(PAUSE_GOAL.required()), (model, target, args) ->
                    model.setPauseGoal(PAUSE_GOAL.read(args))),
            Verb.of("setGOGC", List.of(PERCENT.required()), (model, target, args) ->
                    model.setGogc(PERCENT.read(args))),
            Verb.of("setGOMEMLIMIT", List.of(LIMIT_MIB.required()), (model, target, args) ->
                    model.setMemoryLimit(LIMIT_MIB.read(args) == 0 ? GcParams.NO_MEMORY_LIMIT
                            : (long) LIMIT_MIB.read(args) << 20)));

    private GcVerbs() {
    }
}
