package dev.podium.scenario.goruntime;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.TimedAction;
import dev.podium.world.goruntime.event.IgnoredReason;
import dev.podium.world.goruntime.exec.TopLevelFunctions;
import dev.podium.world.goruntime.rt.GoRuntime;
import java.util.List;

/**
 * What the Go world's verbs act on in one run: the runtime, and the program's top-level functions (for {@code
 * addGoroutine}'s arguments). Also turns an action the runtime ignored into a run warning at the action's place.
 *
 * @param runtime the running program
 * @param functions the functions an action may start
 */
record GoActionModel(GoRuntime runtime, List<TopLevelFunctions.Function> functions) {

    /** Checks every {@code addGoroutine} of {@code actions} against {@code functions}; all problems at once. */
    static void checkActions(List<TimedAction> actions, List<TopLevelFunctions.Function> functions)
            throws ScenarioException {
        List<dev.podium.scenario.ScenarioProblem> problems = new java.util.ArrayList<>();
        for (TimedAction a : actions) {
            if (!a.verb().equals(GoVerbs.ADD_GOROUTINE)) {
                continue;
            }
            try {
                String function = a.args().text(GoVerbs.FUNCTION.name(), "").strip();
                SourceLocation fw = a.args().where(GoVerbs.FUNCTION.name());
                GoCallArgs.check(functions, function, fw == null ? a.where() : fw,
                        a.args().text(GoVerbs.ARGS.name(), ""), a.args().where(GoVerbs.ARGS.name()));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /** A run warning for an action the runtime ignored (it also emitted an event saying so); none for null. */
    static void warnIfIgnored(IgnoredReason why, String verb, long goid, SourceLocation where)
            throws ScenarioException {
        if (why == null) {
            return;
        }
        String g = "goroutine " + goid;
        String text = switch (why) {
            case PROGRAM_ENDED -> "the program had already ended";
            case NO_SUCH_GOROUTINE -> "there is no " + g;
            case FINISHED -> g + " has already returned";
            case NOT_RUNNING -> g + " is not running on an M at that moment (only a running goroutine makes a "
                    + "system call)";
            case ALREADY_IN_SYSCALL -> g + " is already in a system call";
            case NOT_IN_SYSCALL -> g + " is not in a system call";
            case NO_SUCH_FUNCTION -> "the program cannot start that function with those arguments";
        };
        throw new ScenarioException(where, verb + " ignored: " + text);
    }
}
