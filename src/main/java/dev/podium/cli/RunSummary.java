package dev.podium.cli;

import dev.podium.timeline.SimDurations;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.state.DeploymentView;
import dev.podium.world.kube.state.HpaView;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.NodeView;
import dev.podium.world.kube.state.PodView;
import dev.podium.world.queue.QueueEvent;
import dev.podium.world.queue.QueueProjection;
import dev.podium.world.queue.QueueState;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The summary the CLI prints for a run or a recording: events by type, then each world's end state. */
final class RunSummary {
    /** Most nodes, Deployments and HPAs listed one per line; the rest are only counted. */
    static final int MAX_LISTED = 20;

    private final List<WorldEvent> events;
    private final long endNanos;

    RunSummary(List<WorldEvent> events, long endNanos) {
        this.events = events;
        this.endNanos = endNanos;
    }

    void print(PrintWriter out) {
        out.println("until:    " + readable(endNanos) + " of sim time");
        out.println("events:   " + events.size());
        Map<String, Integer> byType = new TreeMap<>();
        boolean queue = false;
        boolean kube = false;
        for (WorldEvent e : events) {
            byType.merge(e.type(), 1, Integer::sum);
            queue |= e instanceof QueueEvent;
            kube |= e instanceof KubeEvent;
        }
        int width = byType.keySet().stream().mapToInt(String::length).max().orElse(0);
        byType.forEach((type, count) -> out.printf("  %-" + width + "s %9d%n", type, count));
        if (queue) {
            printQueue(out);
        }
        if (kube) {
            printCluster(out);
        }
        out.flush();
    }

    /** The cluster as kubectl get nodes, pods, deployments and hpa would sum it up at the last event. */
    private void printCluster(PrintWriter out) {
        KubeProjection projection = new KubeProjection();
        KubeState s = projection.initial();
        for (WorldEvent e : events) {
            projection.apply(s, e);
        }
        out.println("cluster at the end:");
        List<NodeView> nodes = s.nodes();
        int ready = 0;
        for (NodeView n : nodes) {
            ready += "True".equals(n.ready()) ? 1 : 0;
        }
        out.printf("  nodes: %d (%d Ready, %d NotReady)%n", nodes.size(), ready, nodes.size() - ready);
        for (int i = 0; i < nodes.size() && i < MAX_LISTED; i++) {
            NodeView n = nodes.get(i);
            out.printf("    %-20s %-28s %4d pods, cpu requests %dm/%dm%s%n", n.name(), nodeStatus(n), n.pods(),
                    n.requestedMilliCpu(), n.milliCpu(), n.taints().isEmpty() ? "" : ", taints "
                            + String.join(" ", n.taints()));
        }
        more(out, nodes.size(), "nodes");
        List<PodView> pods = s.pods();
        Map<String, Integer> byStatus = new TreeMap<>();
        int readyPods = 0;
        for (PodView p : pods) {
            byStatus.merge(p.status(), 1, Integer::sum);
            readyPods += p.ready() ? 1 : 0;
        }
        StringBuilder statuses = new StringBuilder();
        byStatus.forEach((status, count) -> statuses.append(statuses.length() == 0 ? "" : ", ").append(count)
                .append(' ').append(status));
        out.printf("  pods: %d (%d ready)%s%n", pods.size(), readyPods,
                statuses.length() == 0 ? "" : ": " + statuses);
        List<DeploymentView> deployments = new ArrayList<>(s.deployments());
        deployments.sort(Comparator.comparing(DeploymentView::key));
        if (!deployments.isEmpty()) {
            out.printf("  deployments: %d (READY, UP-TO-DATE, AVAILABLE)%n", deployments.size());
        }
        for (int i = 0; i < deployments.size() && i < MAX_LISTED; i++) {
            DeploymentView d = deployments.get(i);
            out.printf("    %-28s %d/%d ready, %d up-to-date, %d available%n", d.key(), d.ready(), d.replicas(),
                    d.updated(), d.available());
        }
        more(out, deployments.size(), "deployments");
        List<HpaView> hpas = new ArrayList<>(s.hpas());
        hpas.sort(Comparator.comparing(HpaView::key));
        if (!hpas.isEmpty()) {
            out.printf("  hpas: %d%n", hpas.size());
        }
        for (int i = 0; i < hpas.size() && i < MAX_LISTED; i++) {
            HpaView h = hpas.get(i);
            out.printf("    %-28s cpu %d%%/%d%%, replicas %d, desired %d (min %d, max %d)%n", h.key(),
                    h.currentCpuPercent(), h.targetCpuPercent(), h.currentReplicas(), h.desiredReplicas(),
                    h.minReplicas(), h.maxReplicas());
        }
        more(out, hpas.size(), "hpas");
    }

    /** kubectl get nodes' STATUS: Ready or NotReady (Unknown when the node stopped reporting), cordon marked. */
    static String nodeStatus(NodeView n) {
        String status;
        if ("True".equals(n.ready())) {
            status = "Ready";
        } else if ("Unknown".equals(n.ready())) {
            status = "NotReady (Unknown)";
        } else {
            status = "NotReady";
        }
        return n.unschedulable() ? status + ",SchedulingDisabled" : status;
    }

    private static void more(PrintWriter out, int total, String what) {
        if (total > MAX_LISTED) {
            out.printf("    ... and %d more %s%n", total - MAX_LISTED, what);
        }
    }

    private void printQueue(PrintWriter out) {
        QueueProjection projection = new QueueProjection();
        QueueState s = projection.initial();
        for (WorldEvent e : events) {
            projection.apply(s, e);
        }
        out.println("queue at the end:");
        out.printf("  servers %d, waiting %d, in service %d%n", s.servers(), s.waitingCount(), s.busyCount());
        out.printf("  arrived %d, served %d, turned away %d, longest line %d%n", s.arrivedCount(), s.servedCount(),
                s.rejectedCount(), s.maxWaiting());
        out.printf("  mean wait %s, mean time in system %s%n", readable(s.meanWaitNanos()),
                readable(s.meanSojournNanos()));
    }

    /** A duration rounded to three or four significant figures, in the scenario format's units. */
    static String readable(long nanos) {
        return SimDurations.rounded(nanos);
    }
}
