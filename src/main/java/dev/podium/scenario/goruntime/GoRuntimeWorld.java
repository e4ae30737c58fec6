package dev.podium.scenario.goruntime;

import dev.podium.scenario.Arg;
import dev.podium.scenario.ProcessOutcome;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.Section;
import dev.podium.scenario.Verb;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldBenchmark;
import dev.podium.scenario.WorldBinding;
import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.GoEvent;
import dev.podium.world.goruntime.exec.GoInterpreter;
import dev.podium.world.goruntime.state.GoProjection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Go runtime world's descriptor: a real Go program ({@code program: |} or {@code programFile: main.go}, or a
 * {@code .go} file opened on its own) compiled by Podium and run on a simulated runtime (G/M/P scheduler, channels,
 * select, sync, timers, contexts). Its runs are processes: {@code podium run prog.go} prints what the program
 * prints and exits with its status. Registered in {@code META-INF/services/dev.podium.scenario.World}.
 */
public final class GoRuntimeWorld implements World {
    public static final String NAME = GoEvent.WORLD;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "Go runtime";
    }

    @Override
    public List<Class<? extends WorldEvent>> eventTypes() {
        return GoEvent.types();
    }

    @Override
    public boolean owns(WorldEvent event) {
        return event instanceof GoEvent;
    }

    @Override
    public Projection<?> projection() {
        return new GoProjection();
    }

    @Override
    public List<Arg<?>> params() {
        return GoRuntimeParams.ALL;
    }

    @Override
    public List<Section.Spec> sections() {
        return List.of(new Section.Spec(GoProgramSource.PROGRAM, Section.Kind.TEXT),
                new Section.Spec(GoProgramSource.PROGRAM_FILE, Section.Kind.TEXT));
    }

    @Override
    public void checkSources(Scenario scenario, Path scenarioDir) throws ScenarioException {
        GoInterpreter program = GoRuntimeBinding.compile(GoProgramSource.read(scenario, scenarioDir),
                scenario.params(NAME));
        GoActionModel.checkActions(scenario.actions(), program.functions());
    }

    @Override
    public List<Verb<?>> verbs() {
        return List.copyOf(GoVerbs.ALL);
    }

    @Override
    public WorldBinding bind(Scenario scenario, Path scenarioDir) throws ScenarioException {
        return new GoRuntimeBinding(scenario, scenarioDir);
    }

    @Override
    public void summarize(List<WorldEvent> events, PrintWriter out) {
        GoSummary.print(events, out);
    }

    @Override
    public List<String> fileExtensions() {
        return List.of(".go");
    }

    @Override
    public Scenario scenarioForFile(Path file) throws ScenarioException {
        return GoFileScenario.of(file);
    }

    @Override
    public Optional<ProcessOutcome> outcome(List<WorldEvent> events) {
        return Optional.of(GoOutcome.of(events));
    }

    @Override
    public List<WorldBenchmark> benchmarks() {
        return List.of();
    }
}
