package dev.podium.world.kube.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodTerminating;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaemonSetTest {
    static final String DOCS_FLUENTD = "manifests/docs/daemonset-fluentd.yaml";
    static final String TAINTED_NODES = String.join("\n",
            "apiVersion: v1",
            "kind: Node",
            "metadata: {name: control-plane, labels: {disk: ssd}}",
            "spec: {taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]}",
            "status: {allocatable: {cpu: '4', memory: 8Gi}}",
            "---",
            "apiVersion: v1",
            "kind: Node",
            "metadata: {name: gpu-1}",
            "spec: {taints: [{key: dedicated, value: gpu, effect: NoSchedule}]}",
            "status: {allocatable: {cpu: '4', memory: 8Gi}}",
            "---",
            "");

    static final String NODE_3 = String.join("\n",
            "apiVersion: v1",
            "kind: Node",
            "metadata: {name: node-3}",
            "status: {allocatable: {cpu: '4', memory: 8Gi}}",
            "---",
            "");

    static String daemonSet(String extraSpec) {
        return String.join("\n",
                "apiVersion: apps/v1",
                "kind: DaemonSet",
                "metadata: {name: agent}",
                "spec:",
                "  selector: {matchLabels: {app: agent}}",
                "  template:",
                "    metadata: {labels: {app: agent}}",
                "    spec:",
                "      terminationGracePeriodSeconds: 5",
                extraSpec,
                "      containers: [{name: c, image: 'agent:1'}]",
                "");
    }

    /** Node name → image of the active pods of {@code owner}, sorted by node. */
    private static List<String> placement(WorkloadRun run, String owner) {
        List<String> out = new ArrayList<>();
        for (ApiObject o : run.cluster.api().list(Kind.POD)) {
            Pod p = (Pod) o;
            if (p.owner().equals(owner) && p.active()) {
                out.add(p.nodeName() + "=" + p.spec().containers().get(0).image());
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void theDocumentationsFluentdExampleRunsOnEveryNodeWhoseTaintsItTolerates() throws Exception {
        WorkloadRun run = new WorkloadRun(TAINTED_NODES + WorkloadRun.resource(DOCS_FLUENTD));
        assertEquals(List.of(), run.manifests.warnings());
        run.runUntilSeconds(60);
        String image = "quay.io/fluentd_elasticsearch/fluentd:v2.5.2";
        assertEquals(List.of("control-plane=" + image, "node-1=" + image, "node-2=" + image),
                placement(run, "DaemonSet:kube-system/fluentd-elasticsearch"));
        DaemonSetView v = run.state().workloads().daemonSet("kube-system/fluentd-elasticsearch");
        assertEquals(3, v.desired());
        assertEquals(3, v.ready());
        assertEquals(3, v.updated());
        // bound at creation, never through the scheduler: still counted on their nodes (kubectl describe node)
        for (String node : List.of("control-plane", "node-1", "node-2")) {
            assertEquals(1, run.state().node(node).pods(), node);
            assertEquals(100, run.state().node(node).requestedMilliCpu(), node);
        }
    }

    @Test
    void nodeSelectorLimitsTheNodesAndTheControllerAddsTheUsualTolerations() throws Exception {
        WorkloadRun run = new WorkloadRun(TAINTED_NODES + daemonSet("      nodeSelector: {disk: ssd}\n"
                + "      tolerations: [{operator: Exists}]"));
        run.runUntilSeconds(60);
        assertEquals(List.of("control-plane=agent:1"), placement(run, "DaemonSet:default/agent"));
        Pod pod = (Pod) run.cluster.api().list(Kind.POD).get(0);
        assertTrue(pod.spec().tolerations().containsAll(DaemonSetController.DAEMON_TOLERATIONS));
    }

    @Test
    void aNewNodeGetsItsPodAndARemovedNodesPodGoes() throws Exception {
        WorkloadRun run = new WorkloadRun(daemonSet(""));
        run.runUntilSeconds(30);
        assertEquals(List.of("node-1=agent:1", "node-2=agent:1"), placement(run, "DaemonSet:default/agent"));
        run.cluster.addNode("node-3", "node-1");
        run.runUntilSeconds(60);
        assertEquals(List.of("node-1=agent:1", "node-2=agent:1", "node-3=agent:1"),
                placement(run, "DaemonSet:default/agent"));
        run.cluster.deleteNode("node-2");
        run.runUntilSeconds(90);
        assertEquals(List.of("node-1=agent:1", "node-3=agent:1"), placement(run, "DaemonSet:default/agent"));
        assertEquals(2, run.cluster.api().list(Kind.POD).size(), "node-2's pod was deleted, not left behind");
        assertEquals(2, run.state().workloads().daemonSet("default/agent").desired());
    }

    @Test
    void aCordonedNodeKeepsItsDaemonPod() throws Exception {
        WorkloadRun run = new WorkloadRun(daemonSet(""));
        run.runUntilSeconds(30);
        run.cluster.cordon("node-1");
        run.runUntilSeconds(60);
        assertEquals(List.of("node-1=agent:1", "node-2=agent:1"), placement(run, "DaemonSet:default/agent"));
    }

    @Test
    void aRollingUpdateReplacesOneNodeAtATime() throws Exception {
        WorkloadRun run = new WorkloadRun(NODE_3 + daemonSet(""));
        run.runUntilSeconds(30);
        run.cluster.setImage("agent", "agent:2");
        run.runUntilSeconds(180);
        assertEquals(List.of("node-1=agent:2", "node-2=agent:2", "node-3=agent:2"),
                placement(run, "DaemonSet:default/agent"));
        for (String node : List.of("node-1", "node-2", "node-3")) {
            assertEquals(1, run.state().node(node).pods(), node + " counts the new pod once the old one is gone");
        }
        List<Long> oldGoing = new ArrayList<>();
        List<Long> newReady = new ArrayList<>();
        for (WorldEvent e : run.events()) {
            if (e instanceof PodTerminating t && t.reason().equals("RollingUpdate")) {
                oldGoing.add(t.timeNanos());
            } else if (e instanceof PodPhaseChanged p && p.ready() && p.timeNanos() > 30 * 1_000_000_000L) {
                newReady.add(p.timeNanos());
            }
        }
        assertEquals(3, oldGoing.size());
        assertEquals(3, newReady.size());
        assertTrue(oldGoing.get(1) > newReady.get(0) && oldGoing.get(2) > newReady.get(1),
                "maxUnavailable 1: the next old pod goes only after the previous replacement is ready");
        DaemonSetView v = run.state().workloads().daemonSet("default/agent");
        assertEquals(2, v.generation());
        assertEquals(3, v.updated());
    }
}
