package dev.podium.world.kube.sched;

import dev.podium.world.kube.api.Node;

/**
 * The scheduler cache's view of one node: its object and the requests of the pods on it (assumed or bound).
 * {@code nzCpu}/{@code nzMem} use the scoring defaults for pods without requests (100 m, 200 MiB). Mutable,
 * scheduler-private.
 */
final class NodeInfo {
    Node node;
    long reqCpu;
    long reqMem;
    long nzCpu;
    long nzMem;
    int pods;

    NodeInfo(Node node) {
        this.node = node;
    }
}
