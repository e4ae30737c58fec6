package dev.podium.world.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.kube.ManifestReader;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.PodUnschedulable;
import dev.podium.world.kube.sched.event.PodNominated;
import dev.podium.world.kube.sched.event.Preempted;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Priority and preemption end to end: manifests → scheduler → victims deleted → preemptor bound. */
class PreemptionTest {
    private static final long S = KubeParams.SECOND;

    /** Two 2-CPU nodes filled by four 1-CPU batch pods (priority 100); a critical Deployment (1000) at 0. */
    static String manifests(String criticalExtra) {
        return String.join("\n",
                "apiVersion: v1", "kind: Node", "metadata: {name: node-a}",
                "status: {allocatable: {cpu: '2', memory: 8Gi}}", "---",
                "apiVersion: v1", "kind: Node", "metadata: {name: node-b}",
                "status: {allocatable: {cpu: '2', memory: 8Gi}}", "---",
                "apiVersion: scheduling.k8s.io/v1", "kind: PriorityClass", "metadata: {name: low}", "value: 100",
                "---",
                "apiVersion: scheduling.k8s.io/v1", "kind: PriorityClass", "metadata: {name: high}", "value: 1000",
                criticalExtra, "---",
                "apiVersion: apps/v1", "kind: Deployment", "metadata: {name: batch}",
                "spec:", "  replicas: 4", "  selector: {matchLabels: {app: batch}}",
                "  template:", "    metadata: {labels: {app: batch}}", "    spec:",
                "      priorityClassName: low", "      terminationGracePeriodSeconds: 5",
                "      containers: [{name: b, image: busybox, resources: {requests: {cpu: '1'}}}]", "---",
                "apiVersion: apps/v1", "kind: Deployment", "metadata: {name: critical}",
                "spec:", "  replicas: 0", "  selector: {matchLabels: {app: critical}}",
                "  template:", "    metadata: {labels: {app: critical}}", "    spec:",
                "      priorityClassName: high",
                "      containers: [{name: c, image: nginx, resources: {requests: {cpu: '2'}}}]", "");
    }

    private static Run run(String criticalExtra) throws Exception {
        Run r = new Run(1, KubeParams.defaults(), ManifestReader.read("p.yaml", manifests(criticalExtra)).objects());
        r.runFor(30 * S);
        r.cluster.scale("critical", 1);
        r.runFor(30 * S);
        return r;
    }

    @Test
    void aHighPriorityPodPreemptsTheLowerPodsOfOneNodeAndRunsThere() throws Exception {
        Run r = run("");
        List<Preempted> preempted = r.of(Preempted.class);
        assertEquals(1, preempted.size(), r.of(Preempted.class)::toString);
        Preempted p = preempted.get(0);
        assertTrue(p.preemptor().startsWith("default/critical-"), p::toString);
        assertEquals(1000, p.priority());
        assertEquals(2, p.victims().size(), "both 1-CPU pods of one node make room for 2 CPUs");
        assertEquals(List.of(100, 100), p.victimPriorities());
        for (String v : p.victims()) {
            assertTrue(v.startsWith("default/batch-"), v);
            PodTerminating t = r.of(PodTerminating.class).stream().filter(e -> e.pod().equals(v)).findFirst()
                    .orElseThrow();
            assertEquals("Preempted", t.reason());
            assertEquals(5 * S, t.graceNanos());
        }
        PodNominated n = r.of(PodNominated.class).get(0);
        assertEquals(p.preemptor(), n.pod());
        assertEquals(p.node(), n.node());
        PodScheduled bound = r.of(PodScheduled.class).stream().filter(e -> e.pod().equals(p.preemptor()))
                .findFirst().orElseThrow();
        assertEquals(p.node(), bound.node());
        long lastVictimGone = r.of(PodDeleted.class).stream().filter(d -> p.victims().contains(d.pod()))
                .mapToLong(PodDeleted::timeNanos).max().orElseThrow();
        assertEquals(2, r.of(PodDeleted.class).stream().filter(d -> p.victims().contains(d.pod())).count());
        assertTrue(bound.timeNanos() > lastVictimGone, "bound only once both victims are gone");
        // The batch ReplicaSet replaces its victims; they are lower priority and find no room.
        long pendingBatch = r.pods().stream().filter(q -> q.name().startsWith("batch-") && q.nodeName().isEmpty())
                .count();
        assertEquals(2, pendingBatch);
    }

    @Test
    void theProjectionShowsTheNominationAndTheVictims() throws Exception {
        Run r = run("");
        KubeProjection projection = new KubeProjection();
        KubeState s = projection.initial();
        Preempted p = r.of(Preempted.class).get(0);
        boolean sawNomination = false;
        for (WorldEvent e : r.events) {
            projection.apply(s, e);
            if (e instanceof PodNominated) {
                sawNomination |= p.node().equals(s.sched().nominatedNode(p.preemptor()));
            }
        }
        assertTrue(sawNomination);
        for (String v : p.victims()) {
            assertEquals(p.preemptor(), s.sched().preemptedBy(v));
        }
        assertEquals(p, s.sched().last());
    }

    @Test
    void preemptionPolicyNeverWaitsInsteadOfEvicting() throws Exception {
        Run r = run("preemptionPolicy: Never");
        assertEquals(List.of(), r.of(Preempted.class));
        Pod critical = r.pods().stream().filter(q -> q.name().startsWith("critical-")).findFirst().orElseThrow();
        assertTrue(critical.nodeName().isEmpty());
        assertFalse(r.of(PodUnschedulable.class).isEmpty());
    }

    @Test
    void samePrioritiesNeverPreempt() throws Exception {
        Run r = new Run(1, KubeParams.defaults(), ManifestReader.read("p.yaml",
                manifests("").replace("priorityClassName: high", "priorityClassName: low")).objects());
        r.runFor(30 * S);
        r.cluster.scale("critical", 1);
        r.runFor(30 * S);
        assertEquals(List.of(), r.of(Preempted.class));
    }

    @Test
    void theActiveQueueServesHigherPriorityFirst() throws Exception {
        // Both Deployments' pods are pending at once on a cluster with room for exactly one 2-CPU pod.
        String m = manifests("").replace("replicas: 4", "replicas: 0").replace("  replicas: 0\n  selector: "
                + "{matchLabels: {app: critical}}", "  replicas: 1\n  selector: {matchLabels: {app: critical}}")
                .replace("cpu: '2', memory: 8Gi}}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: node-b}\n"
                        + "status: {allocatable: {cpu: '2', memory: 8Gi}}", "cpu: '2', memory: 8Gi}}");
        Run r = new Run(1, KubeParams.defaults(), ManifestReader.read("p.yaml", m).objects());
        r.runFor(30 * S);
        assertEquals(1, r.pods().stream().filter(q -> q.name().startsWith("critical-") && !q.nodeName().isEmpty())
                .count());
    }
}
