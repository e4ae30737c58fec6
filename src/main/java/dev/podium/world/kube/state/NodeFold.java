package dev.podium.world.kube.state;

import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeCordoned;
import dev.podium.world.kube.event.NodeTainted;
import dev.podium.world.kube.event.NodeUntainted;
import java.util.ArrayList;
import java.util.List;

/**
 * The node part of {@link KubeProjection}: joining, the Ready condition (with the NodeReady and NodeNotReady lines),
 * cordons and taints. A node's removal is {@link RemovalFold}'s. Events about an unknown node change nothing but the
 * lines. Pure.
 */
final class NodeFold {
    private NodeFold() {
    }

    /** Folds {@code e} if it is one of the node events above; false otherwise. */
    static boolean apply(KubeState s, KubeEvent e) {
        if (e instanceof NodeAdded a) {
            added(s, a);
        } else if (e instanceof NodeConditionChanged c) {
            conditionChanged(s, c);
        } else if (e instanceof NodeCordoned c) {
            cordoned(s, c);
        } else if (e instanceof NodeTainted t) {
            tainted(s, t);
        } else if (e instanceof NodeUntainted t) {
            untainted(s, t);
        } else {
            return false;
        }
        return true;
    }

    private static void added(KubeState s, NodeAdded n) {
        s.nodes.put(n.node(), new NodeView(n.node(), n.milliCpu(), n.memoryBytes(), n.maxPods(), "True",
                n.unschedulable(), n.taints(), 0, 0, 0));
        RemovalFold.rejoined(s, n.node());
    }

    private static void conditionChanged(KubeState s, NodeConditionChanged c) {
        NodeView n = s.nodes.get(c.node());
        if (n != null) {
            s.nodes.put(c.node(), n.withReady(c.status()));
        }
        boolean ready = "True".equals(c.status());
        String reason = ready ? "NodeReady" : "NodeNotReady";
        EventLines.add(s, c, ready ? "Normal" : "Warning", reason, c.node(),
                "Node " + c.node() + " status is now: " + reason + " (" + c.reason() + ")");
    }

    private static void cordoned(KubeState s, NodeCordoned c) {
        NodeView n = s.nodes.get(c.node());
        if (n != null) {
            s.nodes.put(c.node(), n.withUnschedulable(c.unschedulable()));
        }
    }

    private static void tainted(KubeState s, NodeTainted t) {
        NodeView n = s.nodes.get(t.node());
        if (n != null) {
            List<String> taints = new ArrayList<>(n.taints());
            taints.add(t.taint());
            s.nodes.put(t.node(), n.withTaints(taints));
        }
    }

    private static void untainted(KubeState s, NodeUntainted t) {
        NodeView n = s.nodes.get(t.node());
        if (n != null) {
            List<String> taints = new ArrayList<>(n.taints());
            taints.remove(t.taint());
            s.nodes.put(t.node(), n.withTaints(taints));
        }
    }
}
