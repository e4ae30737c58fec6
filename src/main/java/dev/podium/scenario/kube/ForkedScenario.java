package dev.podium.scenario.kube;

import static dev.podium.scenario.YamlText.quote;

import dev.podium.scenario.Durations;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.YamlText;
import dev.podium.world.kube.state.KubeState;
import java.util.List;

/**
 * Forks a Kubernetes world into the simulator: turns a {@link KubeState} (projected at some time from a live session
 * or a recording) into a scenario in our format, so the cluster continues as a simulation where faults can be
 * injected while the real cluster is untouched.
 *
 * <p>{@link #yaml} writes the scenario text: a comment at the top saying where it came from and everything that was
 * approximated, then the scenario keys and the manifests of {@link StateManifests} (nodes, Deployments, ReplicaSets
 * without a Deployment, bare pods, HPAs, each under its own namespace and name). A node that was not Ready gets a
 * {@code failNode} action at 0s. {@link #fromState} loads that text with {@link ScenarioLoader}, which proves it
 * valid. The same state gives byte-identical text. Stateless and thread-safe; the state must not change meanwhile.
 */
public final class ForkedScenario {
    /** How long a forked scenario runs. */
    public static final String DURATION = "30m";
    /** Pod count above which the forked scenario turns {@code traceWatchEvents} off, to keep runs light. */
    static final int TRACE_LIMIT = 2_000;

    private static final List<String> GENERAL_GAPS = List.of(
            "Each pod has one container, \"app\", with the pod's first image and the sum of its containers' "
                    + "requests; limits, init containers, sidecars, probes, tolerations, affinity, env and volumes "
                    + "are not kept (probes absent: none run).",
            "Labels and selectors are made up: app=<name> for Deployments, replicaset=<name> for ReplicaSets.",
            "Pods of the Deployments and ReplicaSets are not listed: the simulated controllers create them again, "
                    + "so they start Pending and are scheduled afresh (names, restarts and phases are not kept).",
            "Deployments start at revision 1: old ReplicaSets and rollout history are not carried.",
            "Pods with no ReplicaSet owner (bare pods, and pods of StatefulSets, DaemonSets or Jobs, which are "
                    + "not watched) are written as bare pods, bound to the node they were on.",
            "Taints that the node lifecycle controller manages (node.kubernetes.io/*) are left to the simulator.",
            "Services are not carried (live sessions do not watch them).");

    private ForkedScenario() {
    }

    /**
     * The scenario of {@code state}, loaded. {@code atNanos} is the time of the state on its source's timeline and
     * {@code sourceLabel} names the source (a kubeconfig context, a recording's file name); the scenario's
     * {@code sourceName} is {@code "fork of <sourceLabel> at <time>"}.
     */
    public static Scenario fromState(KubeState state, long atNanos, String sourceLabel) throws ScenarioException {
        return ScenarioLoader.parse(sourceName(atNanos, sourceLabel), yaml(state, atNanos, sourceLabel));
    }

    /** The source name {@link #fromState} gives the scenario. */
    public static String sourceName(long atNanos, String sourceLabel) {
        return "fork of " + YamlText.comment(sourceLabel) + " at " + Durations.format(atNanos);
    }

    /** The scenario text of {@code state} (see the class comment). */
    public static String yaml(KubeState state, long atNanos, String sourceLabel) {
        StateManifests m = StateManifests.of(state);
        String label = YamlText.comment(sourceLabel);
        String at = Durations.format(atNanos);
        StringBuilder b = new StringBuilder();
        b.append("# Forked by Podium from ").append(label).append(" at ").append(at).append(": ")
                .append(state.nodeCount()).append(" node(s), ").append(state.deployments().size())
                .append(" Deployment(s), ").append(state.replicaSets().size()).append(" ReplicaSet(s), ")
                .append(state.podCount()).append(" pod(s), ").append(state.hpas().size()).append(" HPA(s).\n");
        b.append("# The real cluster is untouched. What the live state did not say, and the simulator's defaults "
                + "stand for:\n");
        for (String gap : GENERAL_GAPS) {
            b.append("#   - ").append(gap).append('\n');
        }
        for (String gap : m.gaps()) {
            b.append("#   - ").append(YamlText.comment(gap)).append('\n');
        }
        for (String node : m.notReadyNodes()) {
            b.append("#   - Node ").append(node).append(" was not Ready: its kubelet fails at 0s (failNode), so it "
                    + "turns NotReady after the 50 s grace period.\n");
        }
        b.append("podium: 1\nname: fork\n");
        b.append("title: {en: ").append(quote("Fork of " + label + " at " + at)).append(", zh-CN: ")
                .append(quote(label + " 在 " + at + " 时的分叉")).append("}\n");
        b.append("description: {en: ").append(quote("The cluster as " + label + " showed it at " + at
                + ", continued as a simulation. Inject faults freely: the real cluster is untouched."))
                .append(", zh-CN: ").append(quote("集群在 " + at + " 时的状态（来自 " + label
                        + "），作为模拟继续运行。可以随意注入故障：真实集群不受影响。"))
                .append("}\n");
        b.append("worlds: [kube]\nseed: 1\nduration: ").append(DURATION).append('\n');
        if (state.podCount() > TRACE_LIMIT) {
            b.append("params: {traceWatchEvents: false}\n");
        }
        String manifests = m.text();
        if (!manifests.isEmpty()) {
            b.append("manifests: |\n");
            for (String line : manifests.split("\n", -1)) {
                if (!line.isEmpty()) {
                    b.append("  ").append(line).append('\n');
                }
            }
        }
        if (!m.notReadyNodes().isEmpty()) {
            b.append("actions:\n");
            for (String node : m.notReadyNodes()) {
                b.append("  - {at: 0s, do: failNode, target: ").append(quote(node)).append(", say: {en: ")
                        .append(quote("Node " + node + " was not Ready when the cluster was forked."))
                        .append(", zh-CN: ")
                        .append(quote("分叉时节点 " + node + " 未就绪。")).append("}}\n");
            }
        }
        return b.toString();
    }
}
