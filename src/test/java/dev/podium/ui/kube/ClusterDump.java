package dev.podium.ui.kube;

import java.util.TreeMap;

/** Everything a {@link ClusterModel} tells its readers, as text, to compare two models in tests. */
final class ClusterDump {
    private ClusterDump() {
    }

    static String of(ClusterModel m) {
        StringBuilder b = new StringBuilder();
        NodeTable nodes = m.nodes();
        b.append(m.podCount()).append(" pods, most on a node ").append(nodes.maxPods()).append('\n');
        for (int rank = 0; rank < nodes.size(); rank++) {
            int n = nodes.atRank(rank);
            b.append(nodes.name(n)).append(" #").append(n).append(" condition ").append(nodes.condition(n));
            for (PodStatus s : PodStatus.ALL) {
                b.append(' ').append(s.key).append('=').append(nodes.count(n, s));
            }
            b.append('\n');
            for (int slot = 0; slot < nodes.podCount(n); slot++) {
                pod(b.append("  "), m, nodes.pods(n)[slot]);
            }
        }
        b.append("pending ").append(m.pending().size()).append('\n');
        for (int id = m.pending().first(); id >= 0; id = m.pending().after(id)) {
            pod(b.append("  "), m, id);
        }
        return b.append(new TreeMap<>(m.informers())).toString();
    }

    private static void pod(StringBuilder b, ClusterModel m, int id) {
        b.append(m.key(id)).append(" #").append(id).append(' ').append(m.status(id)).append(" since ")
                .append(m.since(id)).append(" scheduled ").append(m.scheduledAt(id)).append(" restarts ")
                .append(m.restarts(id)).append(m.ready(id) ? " ready" : "").append(" id-of-key ")
                .append(m.podId(m.key(id))).append('\n');
    }
}
