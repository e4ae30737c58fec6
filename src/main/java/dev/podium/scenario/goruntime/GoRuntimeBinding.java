package dev.podium.scenario.goruntime;

import dev.podium.engine.Kernel;
import dev.podium.scenario.Params;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.SourceLocation;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.WorldBinding;
import dev.podium.timeline.EventSink;
import dev.podium.world.goruntime.exec.GoInterpreter;
import dev.podium.world.goruntime.lang.CheckedProgram;
import dev.podium.world.goruntime.lang.GoProblem;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.rt.GoRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Go runtime world in one run: the scenario's program compiled and started on a {@link GoRuntime}. */
final class GoRuntimeBinding implements WorldBinding {
    private final Scenario scenario;
    private final Path scenarioDir;
    private GoActionModel model;

    GoRuntimeBinding(Scenario scenario, Path scenarioDir) {
        this.scenario = scenario;
        this.scenarioDir = scenarioDir;
    }

    /** Compiles a checked program to the interpreter's instructions, with the scenario's instruction cost. */
    static GoInterpreter compile(CheckedProgram checked, Params params) throws ScenarioException {
        long perInstruction = GoRuntimeParams.instructionNanos(params);
        try {
            return GoInterpreter.compile(checked, perInstruction);
        } catch (GoProblems problems) {
            List<ScenarioProblem> out = new ArrayList<>();
            for (GoProblem p : problems.problems()) {
                out.add(new ScenarioProblem(new SourceLocation(p.file(), p.pos().line(), p.pos().column()),
                        p.message()));
            }
            throw new ScenarioException(out);
        }
    }

    @Override
    public void start(Kernel kernel, EventSink sink) throws ScenarioException {
        Params params = scenario.params(GoRuntimeWorld.NAME);
        GoInterpreter program = compile(GoProgramSource.read(scenario, scenarioDir), params);
        GoActionModel.checkActions(scenario.actions(), program.functions());
        GoRuntime runtime = new GoRuntime(kernel, sink, GoRuntimeParams.runtime(params, scenario.seed()), program);
        model = new GoActionModel(runtime, program.functions());
        runtime.start();
    }

    @Override
    public void apply(TimedAction action) throws ScenarioException {
        for (Verb<GoActionModel> verb : GoVerbs.ALL) {
            if (verb.name().equals(action.verb())) {
                verb.apply(model, action);
                return;
            }
        }
        throw new IllegalStateException("not a goruntime verb: " + action.verb());
    }
}
