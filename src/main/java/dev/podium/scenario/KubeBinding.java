package dev.podium.scenario;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.KubeCluster;
import dev.podium.world.kube.KubeParams;
import dev.podium.world.kube.spec.KubeManifest;
import java.nio.file.Path;
import java.util.List;

/**
 * The kube world in a scenario: reads the scenario's manifests (inline and files beside it), starts a
 * simulated cluster with them, and carries out the kube verbs (see {@link KubeVerbs}). A target that
 * names nothing (no such node or Deployment) is an action problem at the action's place; the run goes on.
 */
final class KubeBinding implements WorldBinding {
    static final String WORLD = "kube";

    private final Scenario scenario;
    private final Path scenarioDir;
    private KubeCluster cluster;

    /** {@code scenarioDir} is the scenario file's folder, or null for a built-in (inline manifests only). */
    KubeBinding(Scenario scenario, Path scenarioDir) {
        this.scenario = scenario;
        this.scenarioDir = scenarioDir;
    }

    /** The cluster's parameters from the scenario's params (documented in docs/scenario-format.md). */
    static KubeParams readParams(Params p) throws ScenarioException {
        p.rejectUnknown("clientQps", "clientBurst", "traceWatchEvents", "resyncPeriod");
        KubeParams params = KubeParams.defaults();
        if (p.has("clientQps") || p.has("clientBurst")) {
            double qps = p.number("clientQps", params.kcmQps(), 1, 100_000);
            int burst = p.integer("clientBurst", params.kcmBurst(), 1, 1_000_000);
            params = params.withClientQps(qps, burst, Math.max(qps, params.schedulerQps()),
                    Math.max(burst, params.schedulerBurst()));
        }
        if (p.has("traceWatchEvents")) {
            params = params.withTraceWatchEvents(p.choice("traceWatchEvents", "true", "true", "false")
                    .equals("true"));
        }
        if (p.has("resyncPeriod")) {
            params = params.withResync(p.durationNanos("resyncPeriod", 0, 1_000_000_000L, 86_400_000_000_000L));
        }
        return params;
    }

    @Override
    public void start(Kernel kernel, EventSink sink) throws ScenarioException {
        List<KubeManifest> objects = manifests().objects();
        cluster = new KubeCluster(kernel, sink, readParams(scenario.params()), objects);
        cluster.start();
    }

    private ManifestSet manifests() throws ScenarioException {
        if (scenarioDir != null) {
            return ManifestReader.readAll(scenario, scenarioDir);
        }
        if (!scenario.manifestFiles().isEmpty()) {
            throw new ScenarioException(scenario.manifestSources().fileEntry(0, scenario.sourceName()),
                    "manifestFiles need a scenario file on disk; a built-in scenario keeps its manifests inline");
        }
        return ManifestReader.readInline(scenario);
    }

    @Override
    public boolean handles(String verb) {
        return !verb.equals("say") && ActionCatalog.verbsFor(WORLD).contains(verb);
    }

    @Override
    public void apply(TimedAction action) throws ScenarioException {
        String target = action.target();
        Params args = action.args();
        try {
            switch (action.verb()) {
                case "deletePod" -> cluster.deletePod(target);
                case "crashContainer" -> cluster.crashContainer(target, args.text("container", "*"));
                case "failLiveness" -> cluster.failLiveness(target, args.text("container", "*"));
                case "restoreLiveness" -> cluster.restoreLiveness(target, args.text("container", "*"));
                case "failReadiness" -> cluster.failReadiness(target, args.text("container", "*"), true);
                case "restoreReadiness" -> cluster.failReadiness(target, args.text("container", "*"), false);
                case "failNode" -> cluster.failNode(target);
                case "recoverNode" -> cluster.recoverNode(target);
                case "cordon" -> cluster.cordon(target);
                case "uncordon" -> cluster.uncordon(target);
                case "drain" -> cluster.drain(target);
                case "dropWatch" -> cluster.dropWatch(target);
                case "scale" -> cluster.scale(target, args.integer("replicas", 0, 0, KubeVerbs.MAX_REPLICAS));
                case "setImage" -> cluster.setImage(target, args.text("container", ""), args.text("image", ""));
                case "setLoad" -> {
                    if (args.has("cpuPerPod")) {
                        cluster.setLoad(target, args.milliCpu("cpuPerPod", 0, 0, KubeVerbs.MAX_MILLI_CPU));
                    } else {
                        cluster.setTotalLoad(target, args.milliCpu("totalCpu", 0, 0, KubeVerbs.MAX_MILLI_CPU));
                    }
                }
                default -> throw new IllegalStateException("not a kube verb: " + action.verb());
            }
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(action.where(), action.verb() + " " + target + ": " + e.getMessage());
        }
    }
}
