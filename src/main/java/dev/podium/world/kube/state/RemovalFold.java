package dev.podium.world.kube.state;

import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.HpaDeleted;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.NodeDeleted;

/**
 * Folds the removals of nodes, Deployments and HPAs for {@link KubeProjection}. Only the object goes: what refers
 * to it stays until its own event says otherwise, as in the API server. Pods bound to a removed node keep its name
 * (the pod garbage collector deletes them, each with a {@code PodDeleted}); a Deployment's ReplicaSets and pods
 * stay until the garbage collector's cascade removes them (or stay as orphans); an HPA whose target went stays.
 *
 * <p>A node removed while pods were still bound to it is remembered, so that if a node of the same name joins
 * again (a machine replaced under the same hostname) its pod count and requests are recounted from those pods and
 * their later deletions cannot drive the counts below zero.
 */
final class RemovalFold {

    private RemovalFold() {
    }

    /** Folds {@code e} if it is a removal of a node, Deployment or HPA; false otherwise. */
    static boolean apply(KubeState s, KubeEvent e) {
        if (e instanceof NodeDeleted d) {
            nodeDeleted(s, d);
        } else if (e instanceof DeploymentDeleted d) {
            s.deployments.remove(d.deployment());
        } else if (e instanceof HpaDeleted h) {
            s.hpas.remove(h.hpa());
        } else {
            return false;
        }
        return true;
    }

    private static void nodeDeleted(KubeState s, NodeDeleted d) {
        NodeView n = s.nodes.remove(d.node());
        if (n != null && n.pods() > 0) {
            s.nodesGoneWithPods.add(d.node());
        }
        EventLines.add(s, d, "Normal", "RemovingNode", d.node(),
                "Node " + d.node() + " event: Removing Node " + d.node() + " from Controller");
    }

    /** After a node joined: recounts its pods if it had been removed while pods were still bound to it. */
    static void rejoined(KubeState s, String node) {
        if (!s.nodesGoneWithPods.remove(node)) {
            return;
        }
        NodeView n = s.nodes.get(node);
        int[] count = new int[1];
        long[] sums = new long[2];
        s.pods.forEach((key, p) -> {
            if (node.equals(p.node())) {
                count[0]++;
                sums[0] += p.milliCpu();
                sums[1] += p.memoryBytes();
            }
        });
        s.nodes.put(node, n.withPods(count[0], sums[0], sums[1]));
    }
}
