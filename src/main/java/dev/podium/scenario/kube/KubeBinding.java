package dev.podium.scenario.kube;

import dev.podium.engine.Kernel;
import dev.podium.scenario.Arg;
import dev.podium.scenario.Params;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.WorldBinding;
import dev.podium.scenario.WorldLinks;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.node.ContainerBehaviour;
import dev.podium.world.kube.spec.KubeManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kube world in a run: reads the scenario's manifests (inline and files beside it), starts a
 * simulated cluster with them, and carries out the kube verbs (see {@link KubeVerbs}). A target that
 * names nothing (no such node or Deployment) is an action problem at the action's place; the run goes on.
 */
final class KubeBinding implements WorldBinding {
    static final Arg<Double> CLIENT_QPS = Arg.number("clientQps", 1, 100_000, KubeParams.defaults().kcmQps());
    static final Arg<Integer> CLIENT_BURST = Arg.integer("clientBurst", 1, 1_000_000,
            KubeParams.defaults().kcmBurst());
    static final Arg<Boolean> TRACE_WATCH_EVENTS = Arg.flag("traceWatchEvents", true);
    static final Arg<Long> RESYNC_PERIOD = Arg.duration("resyncPeriod", 1_000_000_000L, 86_400_000_000_000L, 0);
    static final List<Arg<?>> PARAMS = Stream.concat(
            List.of(CLIENT_QPS, CLIENT_BURST, TRACE_WATCH_EVENTS, RESYNC_PERIOD).stream(),
            Stream.concat(TrafficArgs.PARAMS.stream(), FlowArgs.PARAMS.stream())).toList();

    private final Scenario scenario;
    private final Path scenarioDir;
    private KubeCluster cluster;

    /** {@code scenarioDir} is the scenario file's folder, or null for a built-in (inline manifests only). */
    KubeBinding(Scenario scenario, Path scenarioDir) {
        this.scenario = scenario;
        this.scenarioDir = scenarioDir;
    }

    /** The cluster's parameters from the kube world's params (documented in docs/scenario-format.md). */
    static KubeParams readParams(Params p) throws ScenarioException {
        p.rejectUnknown(Stream.concat(PARAMS.stream().map(Arg::name), FlowArgs.clientParamNames(p).stream())
                .toArray(String[]::new));
        KubeParams params = KubeParams.defaults();
        if (p.has(CLIENT_QPS.name()) || p.has(CLIENT_BURST.name())) {
            double qps = CLIENT_QPS.read(p);
            int burst = CLIENT_BURST.read(p);
            params = params.withClientQps(qps, burst, Math.max(qps, params.schedulerQps()),
                    Math.max(burst, params.schedulerBurst()));
        }
        if (p.has(TRACE_WATCH_EVENTS.name())) {
            params = params.withTraceWatchEvents(TRACE_WATCH_EVENTS.read(p));
        }
        if (p.has(RESYNC_PERIOD.name())) {
            params = params.withResync(RESYNC_PERIOD.read(p));
        }
        TrafficArgs.read(p);
        FlowArgs.read(p);
        return params;
    }

    @Override
    public void start(Kernel kernel, EventSink sink) throws ScenarioException {
        List<KubeManifest> objects = manifests().objects();
        cluster = new KubeCluster(kernel, sink, readParams(scenario.params(KubeWorld.NAME)), objects);
        cluster.setTrafficParams(TrafficArgs.read(scenario.params(KubeWorld.NAME)));
        cluster.setFlowParams(FlowArgs.read(scenario.params(KubeWorld.NAME)));
        cluster.start();
    }

    /** The scenario's manifests, read and checked. */
    ManifestSet manifests() throws ScenarioException {
        if (scenarioDir != null) {
            return ManifestReader.readAll(scenario, scenarioDir);
        }
        ManifestSources sources = ManifestSources.of(scenario);
        if (!sources.files().isEmpty()) {
            throw new ScenarioException(sources.fileEntry(0, scenario.sourceName()),
                    "manifestFiles need a scenario file on disk; a built-in scenario keeps its manifests inline");
        }
        return ManifestReader.readInline(scenario);
    }

    @Override
    public void apply(TimedAction action) throws ScenarioException {
        Verb<KubeCluster> verb = KubeVerbs.ALL.stream().filter(v -> v.name().equals(action.verb())).findFirst()
                .orElseThrow(() -> new IllegalStateException("not a kube verb: " + action.verb()));
        try {
            verb.apply(cluster, action);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(action.where(), action.verb() + " " + action.target() + ": "
                    + e.getMessage());
        }
    }

    /**
     * Takes what other worlds of the run offer the Kubernetes world: each {@link ContainerBehaviour} (how the
     * software in a container answers probes, when it exits) is consulted by every kubelet from now on.
     */
    @Override
    public void connect(WorldLinks links) {
        links.all(ContainerBehaviour.class).forEach(cluster::addContainerBehaviour);
    }

    /** The cluster of this run, once started. */
    KubeCluster cluster() {
        return cluster;
    }
}
