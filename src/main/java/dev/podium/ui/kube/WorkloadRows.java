package dev.podium.ui.kube;

import dev.podium.world.kube.custom.CustomObjectView;
import dev.podium.world.kube.state.DeploymentView;
import dev.podium.world.kube.state.HpaView;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.ReplicaSetView;
import dev.podium.world.kube.workload.DaemonSetView;
import dev.podium.world.kube.workload.JobView;
import dev.podium.world.kube.workload.StatefulSetView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The workloads list beside the cluster: each Deployment (READY ready/replicas, or Deleting while a foreground or
 * orphan delete holds it), its ReplicaSets indented (newest revision first), ReplicaSets without a Deployment (their
 * own, or orphaned), each HPA as rows the side panel draws and the inspector picks by row index. Rebuilt only when
 * the state's time changed. Toolkit-free.
 */
final class WorkloadRows {
    /** One row: kind ("deployment", "replicaset", "hpa", "custom" with key "Kind ns/name"), object key, name column, numbers column. */
    record Row(String kind, String key, String name, String numbers, int indent, boolean settled) {
    }

    private static final String DELETING = "workload.deleting";

    private final List<Row> rows = new ArrayList<>();
    private long builtFor = Long.MIN_VALUE;
    private KubeState builtFrom;

    List<Row> rows(KubeState s, int max) {
        if (s == builtFrom && s.timeNanos() == builtFor) {
            return rows;
        }
        builtFrom = s;
        builtFor = s.timeNanos();
        rows.clear();
        List<DeploymentView> deployments = new ArrayList<>(s.deployments());
        deployments.sort(Comparator.comparing(DeploymentView::key));
        List<ReplicaSetView> sets = new ArrayList<>(s.replicaSets());
        sets.sort(Comparator.comparingInt(ReplicaSetView::revision).reversed().thenComparing(ReplicaSetView::key));
        for (DeploymentView d : deployments) {
            if (rows.size() >= max) {
                break;
            }
            boolean deleting = s.custom().deletion("Deployment", d.key()) != null;
            rows.add(new Row("deployment", d.key(), name(d.key()), deleting ? DELETING : d.ready() + "/"
                    + d.replicas(), 0, !deleting && d.ready() == d.replicas() && d.updated() == d.replicas()));
            for (ReplicaSetView r : sets) {
                if (r.deployment().equals(d.key()) && (r.replicas() > 0 || r.current() > 0) && rows.size() < max) {
                    rows.add(replicaSet(s, r, "rev " + r.revision() + (r.templateHash().isEmpty() ? ""
                            : " · " + r.templateHash()), 1));
                }
            }
        }
        for (ReplicaSetView r : sets) {
            if (r.deployment().isEmpty() && rows.size() < max) {
                rows.add(replicaSet(s, r, "ReplicaSet " + name(r.key()), 0)); // its own, or orphaned
            }
        }
        for (StatefulSetView v : s.workloads().statefulSets()) {
            if (rows.size() < max) {
                rows.add(new Row("statefulset", v.key(), "StatefulSet " + name(v.key()), v.ready() + "/" + v.replicas(),
                        0, v.ready() == v.replicas() && v.current() == v.replicas()));
            }
        }
        for (DaemonSetView v : s.workloads().daemonSets()) {
            if (rows.size() < max) {
                rows.add(new Row("daemonset", v.key(), "DaemonSet " + name(v.key()), v.ready() + "/" + v.desired(),
                        0, v.ready() == v.desired() && v.updated() == v.desired()));
            }
        }
        for (JobView v : s.workloads().jobs()) {
            if (rows.size() < max) {
                rows.add(new Row("job", v.key(), "Job " + name(v.key()), v.condition().equals("Failed") ? "✗ "
                        + v.succeeded() + "/" + v.completions() : v.succeeded() + "/" + v.completions(), 0,
                        v.condition().equals("Complete")));
            }
        }
        List<HpaView> hpas = new ArrayList<>(s.hpas());
        hpas.sort(Comparator.comparing(HpaView::key));
        for (HpaView h : hpas) {
            if (rows.size() < max) {
                rows.add(new Row("hpa", h.key(), "HPA " + name(h.key()), h.targetCpuPercent() <= 0
                        ? "—" : h.currentCpuPercent() + "%/"
                        + h.targetCpuPercent() + "%", 0, h.currentReplicas() == h.desiredReplicas()));
            }
        }
        for (CustomObjectView c : s.custom().objects()) {
            if (rows.size() < max) {
                String counts = counts(c.summary());
                boolean done = counts.isEmpty() || counts.substring(0, counts.indexOf('/'))
                        .equals(counts.substring(counts.indexOf('/') + 1));
                rows.add(new Row("custom", c.kind() + " " + c.key(), c.kind() + " " + name(c.key()), status(c), 0,
                        done && !c.deleting() && c.conditions().stream().noneMatch(x -> x.contains("=False"))));
            }
        }
        return rows;
    }

    /** A ReplicaSet's row: READY ready/replicas, or Deleting while a foreground or orphan delete holds it. */
    private static Row replicaSet(KubeState s, ReplicaSetView r, String label, int indent) {
        boolean deleting = s.custom().deletion("ReplicaSet", r.key()) != null;
        return new Row("replicaset", r.key(), label, deleting ? DELETING : r.ready() + "/" + r.replicas(), indent,
                !deleting && r.ready() == r.replicas());
    }

    /**
     * A custom object's numbers column as a view-bundle key, with a count after a colon for the painter to word:
     * Deleting, its Ready condition, or a Secret's key count.
     */
    private static String status(CustomObjectView c) {
        if (c.deleting()) {
            return DELETING;
        }
        String counts = counts(c.summary());
        if (!counts.isEmpty()) {
            return counts;
        }
        for (String condition : c.conditions()) {
            if (condition.startsWith("Ready=")) {
                return condition.startsWith("Ready=True") ? "workload.ready" : "workload.notReady";
            }
        }
        return c.kind().equals("Secret") ? "workload.keys:" + c.summary().split(" ").length : "workload.none";
    }

    /**
     * A live workload's counts from its summary ({@code ready=2/3} of a StatefulSet or DaemonSet, {@code
     * succeeded=1/5 ...} of a Job) as {@code 2/3}, or "".
     */
    static String counts(String summary) {
        for (String prefix : new String[] {"ready=", "succeeded="}) {
            if (summary.startsWith(prefix)) {
                int end = summary.indexOf(' ');
                return summary.substring(prefix.length(), end < 0 ? summary.length() : end);
            }
        }
        return "";
    }

    /** The numbers column in words: a bundle key (a custom row's status, Deleting) is looked up in {@code words}. */
    static String numbers(Row r, BiFunction<String, Integer, String> words) {
        if (!r.numbers().startsWith("workload.")) {
            return r.numbers();
        }
        int colon = r.numbers().indexOf(':');
        return colon < 0 ? words.apply(r.numbers(), 0)
                : words.apply(r.numbers().substring(0, colon), Integer.parseInt(r.numbers().substring(colon + 1)));
    }

    static String name(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }
}
