package dev.podium.scenario.goruntime;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Verb;
import dev.podium.world.goruntime.rt.GoParams;
import dev.podium.world.goruntime.rt.GoRuntime;
import java.util.List;

/**
 * The Go runtime world's verbs (docs/scenario-format.md): {@code setGomaxprocs} (as if the program called
 * runtime.GOMAXPROCS(n) at that moment) and {@code cancelContext} (as if the context's cancel function were called;
 * contexts are numbered from 1 in order of creation, as the context view shows them).
 */
final class GoVerbs {
    /** The new GOMAXPROCS. */
    static final Arg<Integer> PROCS = Arg.integer("n", 1, GoParams.MAX_PROCS, 4);
    /** The context's number. */
    static final Arg<Integer> CONTEXT = Arg.integer("context", 1, Integer.MAX_VALUE, 1);

    static final List<Verb<GoRuntime>> ALL = List.of(
            Verb.of("setGomaxprocs", List.of(PROCS.required()), (rt, target, args) ->
                    rt.setGomaxprocs(PROCS.read(args))),
            Verb.of("cancelContext", List.of(CONTEXT.required()), (rt, target, args) ->
                    rt.cancelContext(CONTEXT.read(args))));

    private GoVerbs() {
    }
}
