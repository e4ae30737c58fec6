package dev.podium.scenario.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.HpaCreated;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.state.DeploymentView;
import dev.podium.world.kube.state.HpaView;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.NodeView;
import dev.podium.world.kube.state.PodView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A projected cluster forks into a scenario that loads, runs, and comes back to the same shape. */
class ForkedScenarioTest {

    static final long S = 1_000_000_000L;
    private static final KubeProjection PROJECTION = new KubeProjection();

    static KubeState fold(List<WorldEvent> events) {
        KubeState s = PROJECTION.initial();
        for (WorldEvent e : events) {
            PROJECTION.apply(s, e);
        }
        return s;
    }

    /** Two nodes (one tainted and cordoned), two Deployments with their pods, a bare pod, an HPA. */
    static List<WorldEvent> cluster() {
        return cluster(false);
    }

    /** {@link #cluster()}, its pods created in the opposite order if {@code reverse}. */
    static List<WorldEvent> cluster(boolean reverse) {
        List<WorldEvent> e = new ArrayList<>();
        e.add(new NodeAdded(1, "node-a", 8000, 16L << 30, 110, List.of(), false));
        e.add(new NodeAdded(1, "node-b", 4000, 8L << 30, 50, List.of("dedicated=gpu:NoSchedule",
                "node.kubernetes.io/unschedulable=:NoSchedule"), true));
        e.add(new DeploymentCreated(2, "default/web", 3, "RollingUpdate", "25%", "25%", "registry:5000/web:1.0"));
        e.add(new ReplicaSetCreated(3, "default/web-7d4b9", "default/web", 2, "7d4b9", 3, "registry:5000/web:1.0"));
        e.add(new DeploymentCreated(2, "shop/cart", 2, "Recreate", "", "", "cart:2"));
        e.add(new ReplicaSetCreated(3, "shop/cart-55f", "shop/cart", 1, "55f", 2, "cart:2"));
        for (int k = 0; k < 3; k++) {
            int i = reverse ? 2 - k : k;
            running(e, "default/web-7d4b9-" + i, "default/web-7d4b9", 250, 128L << 20, "registry:5000/web:1.0");
        }
        for (int k = 0; k < 2; k++) {
            int i = reverse ? 1 - k : k;
            running(e, "shop/cart-55f-" + i, "shop/cart-55f", 500, 256L << 20, "cart:2");
        }
        running(e, "default/debug", "", 100, 64L << 20, "busybox:1.36");
        e.add(new ReplicaSetCreated(4, "default/legacy", "", 0, "", 1, "legacy:1"));
        running(e, "default/legacy-q2x7z", "default/legacy", 50, 32L << 20, "legacy:1");
        e.add(new HpaCreated(5, "default/web", "default/web", 2, 6, 70));
        return e;
    }

    private static void running(List<WorldEvent> e, String pod, String owner, long cpu, long mem, String image) {
        e.add(new PodCreated(4, pod, owner, "", cpu, mem, image, 1));
        e.add(new PodScheduled(4, pod, "node-a", 1, 2, 50));
        e.add(new PodPhaseChanged(4, pod, "Running", "Running", true, 1, 1, 0));
    }

    static KubeState run(Scenario scenario, long untilNanos) throws ScenarioException {
        ScenarioRun run = ScenarioRun.start(scenario);
        run.advanceTo(untilNanos, Long.MAX_VALUE);
        assertTrue(run.actionProblems().isEmpty(), run.actionProblems().toString());
        return fold(run.timeline().events());
    }

    @Test
    void theForkLoadsAndRunsToTheSameNodesDeploymentsAndHpa() throws Exception {
        KubeState live = fold(cluster());
        Scenario scenario = ForkedScenario.fromState(live, 90 * S, "kind-dev");
        assertEquals("fork of kind-dev at 90s", scenario.sourceName());
        assertEquals(List.of("kube"), scenario.worlds());
        KubeState sim = run(scenario, 120 * S);
        assertEquals(live.nodes().size(), sim.nodes().size());
        for (NodeView n : live.nodes()) {
            NodeView m = sim.node(n.name());
            assertNotNull(m, n.name());
            assertEquals(n.milliCpu(), m.milliCpu());
            assertEquals(n.memoryBytes(), m.memoryBytes());
            assertEquals(n.maxPods(), m.maxPods());
            assertEquals(n.unschedulable(), m.unschedulable());
            assertEquals("True", m.ready());
        }
        assertTrue(sim.node("node-b").taints().contains("dedicated=gpu:NoSchedule"), sim.node("node-b").toString());
        for (DeploymentView d : live.deployments()) {
            DeploymentView m = sim.deployment(d.key());
            assertNotNull(m, d.key());
            assertEquals(d.replicas(), m.replicas());
            assertEquals(d.replicas(), m.ready(), m.toString());
            assertEquals(d.strategy(), m.strategy());
            assertEquals(d.image(), m.image());
            long running = sim.pods().stream().filter(p -> p.status().equals("Running")
                    && sim.replicaSet(p.owner()) != null && sim.replicaSet(p.owner()).deployment().equals(d.key()))
                    .count();
            assertEquals(d.replicas(), running, d.key());
        }
        for (PodView p : sim.pods()) {
            if (p.owner().startsWith("default/web")) {
                assertEquals(250, p.milliCpu(), "the template's requests come from a live pod");
                assertEquals("node-a", p.node(), "node-b is cordoned and tainted");
            }
        }
        assertEquals(1, sim.replicaSet("default/legacy").replicas(), "a ReplicaSet without a Deployment");
        assertEquals(1, sim.pods().stream().filter(p -> p.owner().equals("default/legacy")
                && p.status().equals("Running") && p.milliCpu() == 50).count());
        PodView debug = sim.pod("default/debug");
        assertEquals("node-a", debug.node());
        assertEquals("Running", debug.status());
        HpaView hpa = sim.hpa("default/web");
        assertEquals("default/web", hpa.target());
        assertEquals(2, hpa.minReplicas());
        assertEquals(6, hpa.maxReplicas());
        assertEquals(70, hpa.targetCpuPercent());
    }

    @Test
    void theSameStateGivesByteIdenticalText() {
        String once = ForkedScenario.yaml(fold(cluster()), 5 * S, "rec.jsonl");
        assertEquals(once, ForkedScenario.yaml(fold(cluster()), 5 * S, "rec.jsonl"));
        assertEquals(once, ForkedScenario.yaml(fold(cluster(true)), 5 * S, "rec.jsonl"),
                "the order pods were created in does not matter");
        assertTrue(once.contains("image: \"registry:5000/web:1.0\""), once);
        assertTrue(once.contains("metadata: {name: \"cart\", namespace: \"shop\"}"), once);
        assertTrue(once.contains("strategy: {type: \"Recreate\"}"), once);
        assertTrue(!once.contains("node.kubernetes.io/unschedulable"), "the lifecycle's taints are the simulator's");
    }

    @Test
    void aNotReadyNodeFailsAtTheStartAndTheGapsAreListed() throws Exception {
        List<WorldEvent> e = new ArrayList<>();
        e.add(new NodeAdded(1, "node-a", 4000, 8L << 30, 110, List.of(), false));
        e.add(new NodeAdded(1, "node-b", 4000, 8L << 30, 110, List.of(), false));
        e.add(new NodeConditionChanged(2, "node-b", "Unknown", "NodeStatusUnknown"));
        e.add(new HpaCreated(3, "default/gone", "default/nothing", 1, 3, 50));
        String text = ForkedScenario.yaml(fold(e), 3 * S, "ctx\nwith: a newline");
        assertTrue(text.startsWith("# Forked by Podium from ctx with: a newline at 3s"), text);
        assertTrue(text.contains("failNode"), text);
        assertTrue(text.contains("HPA default/gone is left out"), text);
        Scenario scenario = ScenarioLoader.parse("fork", text);
        KubeState sim = run(scenario, 120 * S);
        assertEquals("True", sim.node("node-a").ready());
        assertNotEquals("True", sim.node("node-b").ready());
        assertNull(sim.hpa("default/gone"));
    }

    @Test
    void aClusterOf150000PodsForksIntoASmallScenario() throws Exception {
        List<WorldEvent> e = new ArrayList<>();
        for (int n = 0; n < 1_500; n++) {
            e.add(new NodeAdded(1, "node-" + n, 64_000, 256L << 30, 110, List.of(), false));
        }
        for (int d = 0; d < 100; d++) {
            e.add(new DeploymentCreated(2, "ns-" + d % 7 + "/app-" + d, 1_500, "RollingUpdate", "25%", "25%", "a:1"));
            e.add(new ReplicaSetCreated(2, "ns-" + d % 7 + "/app-" + d + "-h", "ns-" + d % 7 + "/app-" + d, 1, "h",
                    1_500, "a:1"));
            for (int p = 0; p < 1_500; p++) {
                String pod = "ns-" + d % 7 + "/app-" + d + "-h-" + p;
                e.add(new PodCreated(3, pod, "ns-" + d % 7 + "/app-" + d + "-h", "", 10, 1L << 20, "a:1", 1));
                e.add(new PodScheduled(3, pod, "node-" + (p + d) % 1_500, 1, 1, 0));
            }
        }
        KubeState state = fold(e);
        assertEquals(150_000, state.podCount());
        long start = System.nanoTime();
        Scenario scenario = ForkedScenario.fromState(state, 60 * S, "big");
        long millis = (System.nanoTime() - start) / 1_000_000;
        int bytes = ForkedScenario.yaml(state, 60 * S, "big").getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length;
        System.out.println("forked 150,000 pods in " + millis + " ms: " + bytes + " bytes");
        assertTrue(bytes < ScenarioLoader.MAX_BYTES, bytes + " bytes");
        assertTrue(scenario.section("manifests").text().contains("replicas: 1500"));
        assertTrue(!scenario.section("manifests").text().contains("kind: Pod\n"), "owned pods are not listed");
    }
}
