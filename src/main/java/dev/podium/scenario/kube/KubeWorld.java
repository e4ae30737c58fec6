package dev.podium.scenario.kube;

import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.Section;
import dev.podium.scenario.SimulationFork;
import dev.podium.scenario.Verb;
import dev.podium.scenario.World;
import dev.podium.scenario.WorldBenchmark;
import dev.podium.scenario.WorldBinding;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Projection;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.flow.event.FlowEvent;
import dev.podium.world.kube.config.event.ConfigEvent;
import dev.podium.world.kube.custom.event.CustomEvent;
import dev.podium.world.kube.workload.event.WorkloadEvent;
import dev.podium.world.kube.sched.event.SchedEvent;
import dev.podium.world.kube.traffic.event.TrafficEvent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Kubernetes world's descriptor: nodes, pods, controllers, the scheduler and the informer → workqueue →
 * reconcile pipeline, from standard manifests ({@code manifests:} inline, {@code manifestFiles:} beside the
 * scenario). A live cluster's or a recording's timeline can continue as a simulation ({@link ForkedScenario}).
 * Registered in {@code META-INF/services/dev.podium.scenario.World}.
 */
public final class KubeWorld implements World {
    public static final String NAME = KubeCluster.WORLD;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return "Kubernetes";
    }

    @Override
    public List<Class<? extends WorldEvent>> eventTypes() {
        return Stream.of(KubeEvent.types(), TrafficEvent.types(), FlowEvent.types(), CustomEvent.types(),
                ConfigEvent.types(), WorkloadEvent.types(), SchedEvent.types())
                .flatMap(List::stream).toList();
    }

    @Override
    public boolean owns(WorldEvent event) {
        return event instanceof KubeEvent || event instanceof TrafficEvent || event instanceof FlowEvent
                || event instanceof CustomEvent || event instanceof ConfigEvent || event instanceof WorkloadEvent
                || event instanceof SchedEvent;
    }

    @Override
    public Projection<?> projection() {
        return new KubeProjection();
    }

    @Override
    public List<Arg<?>> params() {
        return KubeBinding.PARAMS;
    }

    @Override
    public void checkParams(Params params) throws ScenarioException {
        KubeBinding.readParams(params);
    }

    @Override
    public List<Section.Spec> sections() {
        return List.of(new Section.Spec(ManifestSources.MANIFESTS, Section.Kind.TEXT),
                new Section.Spec(ManifestSources.MANIFEST_FILES, Section.Kind.LIST));
    }

    @Override
    public void checkSources(Scenario scenario, Path scenarioDir) throws ScenarioException {
        new KubeBinding(scenario, scenarioDir).manifests();
    }

    @Override
    public List<ScenarioProblem> sourceWarnings(Scenario scenario, Path scenarioDir) throws ScenarioException {
        return new KubeBinding(scenario, scenarioDir).manifests().warnings();
    }

    @Override
    public List<Verb<?>> verbs() {
        return List.copyOf(KubeVerbs.ALL);
    }

    @Override
    public WorldBinding bind(Scenario scenario, Path scenarioDir) {
        return new KubeBinding(scenario, scenarioDir);
    }

    @Override
    public void summarize(List<WorldEvent> events, PrintWriter out) {
        KubeSummary.print(events, out);
    }

    @Override
    public List<WorldBenchmark> benchmarks() {
        return List.of(new KubeBenchmark());
    }

    @Override
    public boolean canContinueAsSimulation() {
        return true;
    }

    @Override
    public Optional<SimulationFork> fork(Timeline timeline, long atNanos, String label) throws ScenarioException {
        KubeState state = new ProjectedState<>(timeline, new KubeProjection()).at(atNanos);
        String yaml = ForkedScenario.yaml(state, atNanos, label);
        Scenario scenario = ForkedScenario.fromState(state, atNanos, label);
        String summary = state.nodeCount() + " node(s), " + state.deployments().size() + " Deployment(s), "
                + state.podCount() + " pod(s), " + state.hpas().size() + " HPA(s)";
        return Optional.of(new SimulationFork(yaml, scenario, summary));
    }
}
