package dev.podium.scenario.goruntime;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.Verb;
import dev.podium.world.goruntime.rt.GoParams;
import java.util.List;

/**
 * The Go runtime world's verbs (docs/scenario-format.md): {@code setGomaxprocs} (as if the program called
 * runtime.GOMAXPROCS(n) at that moment), {@code cancelContext} (as if the context's cancel function were called;
 * contexts are numbered from 1 in order of creation, as the context view shows them), {@code addGoroutine} (a new
 * goroutine runs a top-level function with literal arguments, created from outside as the runtime creates one no
 * goroutine started), {@code blockSyscall} (a running goroutine enters a blocking system call for a while, as
 * podium.Syscall does) and {@code unblockSyscall} (its system call returns now). Goroutines are named by goid (main
 * is 1), as the views show them. An action that cannot apply when it fires changes nothing: the run gets an event
 * saying why and a warning.
 */
final class GoVerbs {
    static final String ADD_GOROUTINE = "addGoroutine";
    /** The new GOMAXPROCS. */
    static final Arg<Integer> PROCS = Arg.integer("n", 1, GoParams.MAX_PROCS, 4);
    /** The context's number. */
    static final Arg<Integer> CONTEXT = Arg.integer("context", 1, Integer.MAX_VALUE, 1);
    /** A top-level function of the program. */
    static final Arg<String> FUNCTION = Arg.text("function", "");
    /** Its arguments: Go literals separated by commas. */
    static final Arg<String> ARGS = Arg.text("args", "");
    /** A goroutine's number (goid). */
    static final Arg<Integer> GOROUTINE = Arg.integer("goroutine", 1, 100_000_000, 1);
    /** How long the system call lasts. */
    static final Arg<Long> FOR = Arg.duration("for", 1, 3_600_000_000_000L, 1_000_000L);

    static final List<Verb<GoActionModel>> ALL = List.of(
            Verb.of("setGomaxprocs", List.of(PROCS.required()), (model, target, args) ->
                    model.runtime().setGomaxprocs(PROCS.read(args))),
            Verb.of("cancelContext", List.of(CONTEXT.required()), (model, target, args) ->
                    model.runtime().cancelContext(CONTEXT.read(args))),
            Verb.of(ADD_GOROUTINE, List.of(FUNCTION.required("a top-level function of the program"), ARGS),
                    GoVerbs::addGoroutine),
            Verb.of("blockSyscall", List.of(GOROUTINE.required(), FOR.required("a duration such as 50us")),
                    (model, target, args) -> {
                        long g = GOROUTINE.read(args);
                        GoActionModel.warnIfIgnored(model.runtime().blockSyscall(g, FOR.read(args)),
                                "blockSyscall", g, where(args, GOROUTINE));
                    }),
            Verb.of("unblockSyscall", List.of(GOROUTINE.required()), (model, target, args) -> {
                long g = GOROUTINE.read(args);
                GoActionModel.warnIfIgnored(model.runtime().unblockSyscall(g), "unblockSyscall", g,
                        where(args, GOROUTINE));
            }));

    private GoVerbs() {
    }

    private static void addGoroutine(GoActionModel model, String target, Params args)
            throws dev.podium.scenario.ScenarioException {
        String function = FUNCTION.read(args).strip();
        Object[] values = GoCallArgs.check(model.functions(), function, where(args, FUNCTION), ARGS.read(args),
                args.where(ARGS.name()));
        GoActionModel.warnIfIgnored(model.runtime().addGoroutine(function, values), ADD_GOROUTINE, 0,
                where(args, FUNCTION));
    }

    private static SourceLocation where(Params args, Arg<?> arg) {
        SourceLocation w = args.where(arg.name());
        return w == null ? new SourceLocation("<user>", 0, 0) : w;
    }
}
