package dev.podium.scenario.goruntime;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.ScenarioException;
import dev.podium.world.goruntime.rt.GoParams;
import java.util.List;

/**
 * The Go runtime world's parameters ({@code params: {goruntime: {...}}}): GOMAXPROCS as Go spells it, and what one
 * interpreted instruction costs in simulated time. The costs of runtime operations are the runtime's defaults
 * (docs/goruntime-fidelity.md).
 */
final class GoRuntimeParams {
    static final Arg<Integer> GOMAXPROCS = Arg.integer("GOMAXPROCS", 1, GoParams.MAX_PROCS, 4);
    static final Arg<Long> INSTRUCTION = Arg.duration("instructionCost", 1L, 1_000_000L, 2L);
    static final List<Arg<?>> ALL = List.of(GOMAXPROCS, INSTRUCTION);

    private GoRuntimeParams() {
    }

    /** The runtime's parameters for a run with {@code seed}. */
    static GoParams runtime(Params p, long seed) throws ScenarioException {
        p.rejectUnknown(ALL.stream().map(Arg::name).toArray(String[]::new));
        return GoParams.defaults(GOMAXPROCS.read(p), seed);
    }

    /** Simulated nanoseconds per interpreted instruction. */
    static long instructionNanos(Params p) throws ScenarioException {
        return INSTRUCTION.read(p);
    }
}
