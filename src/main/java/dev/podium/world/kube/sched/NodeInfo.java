package dev.podium.world.kube.sched;

import dev.podium.world.kube.api.Node;
import dev.podium.world.kube.api.Pod;
import java.util.LinkedHashMap;

/**
 * The scheduler cache's view of one node: its object, the pods on it (assumed or bound, in the order placed) and
 * their summed requests. {@code nzCpu}/{@code nzMem} use the scoring defaults for pods without requests (100 m,
 * 200 MiB). Mutable, scheduler-private.
 */
final class NodeInfo {
    Node node;
    long reqCpu;
    long reqMem;
    long nzCpu;
    long nzMem;
    int pods;
    final LinkedHashMap<String, Pod> podsOn = new LinkedHashMap<>();

    NodeInfo(Node node) {
        this.node = node;
    }

    /** Counts {@code pod} on this node. */
    void add(Pod pod) {
        podsOn.put(pod.key(), pod);
        count(pod, 1);
    }

    /** Stops counting {@code pod} on this node. */
    void remove(Pod pod) {
        podsOn.remove(pod.key());
        count(pod, -1);
    }

    /** Adds ({@code sign} 1) or takes away (−1) the pod's requests without listing it: what-if checks. */
    void count(Pod pod, int sign) {
        reqCpu += sign * pod.milliCpu();
        reqMem += sign * pod.memoryBytes();
        nzCpu += sign * Filters.nonZeroCpu(pod);
        nzMem += sign * Filters.nonZeroMem(pod);
        pods += sign;
    }

    /** A copy of the counts (not the pod list), for a what-if. */
    NodeInfo counts() {
        NodeInfo c = new NodeInfo(node);
        c.reqCpu = reqCpu;
        c.reqMem = reqMem;
        c.nzCpu = nzCpu;
        c.nzMem = nzMem;
        c.pods = pods;
        return c;
    }
}
