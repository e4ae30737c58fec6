package dev.podium.scenario.kube;

import static dev.podium.scenario.YamlText.quote;

import dev.podium.scenario.YamlText;
import dev.podium.world.kube.state.DeploymentView;
import dev.podium.world.kube.state.HpaView;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.NodeView;
import dev.podium.world.kube.state.PodView;
import dev.podium.world.kube.state.ReplicaSetView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Kubernetes manifests of a projected {@link KubeState}: every node, every Deployment (its pod template from one
 * pod of its newest ReplicaSet), every ReplicaSet without a Deployment, the bare pods (pods with no ReplicaSet
 * that is still there; at most {@link #MAX_BARE_PODS}), every HPA whose target is written. Pods of written
 * ReplicaSets and Deployments are not listed: the simulated controllers create them again, so the text stays
 * small for 150,000 pods. What had to be approximated is collected in {@link #gaps()}. Output is sorted by key,
 * so the same state gives the same text. One use per instance.
 */
final class StateManifests {
    /** The most bare pods written; the scenario format caps a file at 1 MiB. */
    static final int MAX_BARE_PODS = 1000;
    private static final Pattern INT_OR_PERCENT = Pattern.compile("\\d{1,9}%?");

    private final KubeState state;
    private final StringBuilder out = new StringBuilder();
    private final List<String> gaps = new ArrayList<>();
    private final List<String> notReady = new ArrayList<>();
    private final Map<String, PodView> sampleByOwner = new HashMap<>();
    private final List<PodView> bare = new ArrayList<>();

    private StateManifests(KubeState state) {
        this.state = state;
    }

    /** The manifests of {@code state}. */
    static StateManifests of(KubeState state) {
        StateManifests m = new StateManifests(state);
        m.indexPods();
        for (NodeView n : state.nodes()) {
            m.node(n);
        }
        m.workloads();
        m.barePods();
        m.hpas();
        return m;
    }

    String text() {
        return out.toString();
    }

    /** What was approximated beyond the general gaps, one sentence each. */
    List<String> gaps() {
        return gaps;
    }

    /** Nodes that were not Ready, by name. */
    List<String> notReadyNodes() {
        return notReady;
    }

    private void indexPods() {
        int skippedPods = 0;
        for (PodView p : state.pods()) {
            if (!p.owner().isEmpty() && state.replicaSet(p.owner()) != null) {
                sampleByOwner.merge(p.owner(), p, (a, b) -> a.key().compareTo(b.key()) <= 0 ? a : b);
            } else if (p.phase().equals("Succeeded") || p.phase().equals("Failed")
                    || p.status().equals("Terminating")) {
                skippedPods++;
            } else {
                bare.add(p);
            }
        }
        bare.sort(Comparator.comparing(PodView::key));
        if (skippedPods > 0) {
            gaps.add(skippedPods + " bare pod(s) that had finished or were terminating are left out.");
        }
    }

    private void node(NodeView n) {
        begin("v1", "Node", "", n.name());
        if (n.unschedulable() || !taints(n).isEmpty()) {
            out.append("spec:\n");
            if (n.unschedulable()) {
                out.append("  unschedulable: true\n");
            }
            List<String[]> taints = taints(n);
            if (!taints.isEmpty()) {
                out.append("  taints:\n");
                for (String[] t : taints) {
                    out.append("    - {key: ").append(quote(t[0])).append(", value: ").append(quote(t[1]))
                            .append(", effect: ").append(quote(t[2])).append("}\n");
                }
            }
        }
        out.append("status: {allocatable: {cpu: ").append(quote(YamlText.cpu(n.milliCpu()))).append(", memory: ")
                .append(quote(YamlText.memory(n.memoryBytes()))).append(", pods: ")
                .append(quote(Integer.toString(n.maxPods()))).append("}}\n");
        if (!"True".equals(n.ready())) {
            notReady.add(n.name());
        }
    }

    /** The node's taints as key, value, effect; the node lifecycle's own taints are left to the simulator. */
    private List<String[]> taints(NodeView n) {
        List<String[]> list = new ArrayList<>();
        for (String t : n.taints()) {
            int colon = t.lastIndexOf(':');
            String kv = colon < 0 ? t : t.substring(0, colon);
            String effect = colon < 0 ? "" : t.substring(colon + 1);
            int eq = kv.indexOf('=');
            String key = eq < 0 ? kv : kv.substring(0, eq);
            if (key.startsWith("node.kubernetes.io/") || !List.of("NoSchedule", "PreferNoSchedule", "NoExecute")
                    .contains(effect)) {
                continue;
            }
            list.add(new String[] {key, eq < 0 ? "" : kv.substring(eq + 1), effect});
        }
        return list;
    }

    private void workloads() {
        Map<String, ReplicaSetView> newest = new HashMap<>();
        List<ReplicaSetView> standalone = new ArrayList<>();
        for (ReplicaSetView r : state.replicaSets()) {
            if (!r.deployment().isEmpty() && state.deployment(r.deployment()) != null) {
                newest.merge(r.deployment(), r, (a, b) -> a.revision() >= b.revision() ? a : b);
            } else {
                standalone.add(r);
            }
        }
        List<DeploymentView> deployments = new ArrayList<>(state.deployments());
        deployments.sort(Comparator.comparing(DeploymentView::key));
        for (DeploymentView d : deployments) {
            ReplicaSetView rs = newest.get(d.key());
            PodView sample = rs == null ? null : sampleByOwner.get(rs.key());
            begin("apps/v1", "Deployment", YamlText.namespace(d.key()), YamlText.name(d.key()));
            out.append("spec:\n  replicas: ").append(d.replicas()).append('\n');
            if ("Recreate".equals(d.strategy())) {
                out.append("  strategy: {type: \"Recreate\"}\n");
            } else if (INT_OR_PERCENT.matcher(d.maxSurge()).matches()
                    && INT_OR_PERCENT.matcher(d.maxUnavailable()).matches()) {
                out.append("  strategy: {type: \"RollingUpdate\", rollingUpdate: {maxSurge: ")
                        .append(quote(d.maxSurge())).append(", maxUnavailable: ")
                        .append(quote(d.maxUnavailable())).append("}}\n");
            }
            template("app", d.key(), d.image(), sample);
        }
        workloadsWithoutDeployment(standalone);
    }

    private void workloadsWithoutDeployment(List<ReplicaSetView> standalone) {
        standalone.sort(Comparator.comparing(ReplicaSetView::key));
        for (ReplicaSetView r : standalone) {
            begin("apps/v1", "ReplicaSet", YamlText.namespace(r.key()), YamlText.name(r.key()));
            out.append("spec:\n  replicas: ").append(r.replicas()).append('\n');
            PodView sample = sampleByOwner.get(r.key());
            template("replicaset", r.key(), r.image(), sample);
        }
    }

    /**
     * The selector ({@code label: name}) and pod template of the workload {@code key}; the image falls back to the
     * sample pod's. Deployments and ReplicaSets use different label keys, so a Deployment and a ReplicaSet of the
     * same name never select each other's pods.
     */
    private void template(String label, String key, String workloadImage, PodView sample) {
        String app = YamlText.name(key);
        String image = workloadImage.isEmpty() && sample != null ? sample.image() : workloadImage;
        out.append("  selector: {matchLabels: {").append(label).append(": ").append(quote(app)).append("}}\n");
        out.append("  template:\n    metadata: {labels: {").append(label).append(": ").append(quote(app))
                .append("}}\n");
        out.append("    spec:\n");
        container("      ", image, sample == null ? 0 : sample.milliCpu(), sample == null ? 0 : sample.memoryBytes());
        if (sample == null) {
            gaps.add("Workload " + key + " had no pod to read requests from: its pods request nothing.");
        }
    }

    private void container(String indent, String image, long milliCpu, long memoryBytes) {
        out.append(indent).append("containers:\n");
        out.append(indent).append("  - name: \"app\"\n");
        out.append(indent).append("    image: ").append(quote(image.isEmpty() ? "unknown" : image)).append('\n');
        if (milliCpu > 0 || memoryBytes > 0) {
            out.append(indent).append("    resources: {requests: {");
            if (milliCpu > 0) {
                out.append("cpu: ").append(quote(YamlText.cpu(milliCpu))).append(memoryBytes > 0 ? ", " : "");
            }
            if (memoryBytes > 0) {
                out.append("memory: ").append(quote(YamlText.memory(memoryBytes)));
            }
            out.append("}}\n");
        }
    }

    private void barePods() {
        int n = Math.min(bare.size(), MAX_BARE_PODS);
        for (PodView p : bare.subList(0, n)) {
            begin("v1", "Pod", YamlText.namespace(p.key()), YamlText.name(p.key()));
            out.append("spec:\n");
            if (!p.node().isEmpty() && state.node(p.node()) != null) {
                out.append("  nodeName: ").append(quote(p.node())).append('\n');
            }
            container("  ", p.image(), p.milliCpu(), p.memoryBytes());
        }
        if (bare.size() > n) {
            gaps.add((bare.size() - n) + " more bare pod(s) are left out (at most " + MAX_BARE_PODS + " are written).");
        }
    }

    private void hpas() {
        List<HpaView> hpas = new ArrayList<>(state.hpas());
        hpas.sort(Comparator.comparing(HpaView::key));
        for (HpaView h : hpas) {
            String kind = state.deployment(h.target()) != null ? "Deployment"
                    : state.replicaSet(h.target()) != null ? "ReplicaSet" : null;
            if (kind == null || !YamlText.namespace(h.target()).equals(YamlText.namespace(h.key()))) {
                gaps.add("HPA " + h.key() + " is left out: its target " + h.target() + " is not a Deployment or "
                        + "ReplicaSet of the state.");
                continue;
            }
            int min = Math.max(1, h.minReplicas());
            begin("autoscaling/v2", "HorizontalPodAutoscaler", YamlText.namespace(h.key()),
                    YamlText.name(h.key()));
            out.append("spec:\n  scaleTargetRef: {apiVersion: \"apps/v1\", kind: \"").append(kind).append("\", name: ")
                    .append(quote(YamlText.name(h.target()))).append("}\n");
            out.append("  minReplicas: ").append(min).append("\n  maxReplicas: ")
                    .append(Math.max(min, h.maxReplicas())).append('\n');
            if (h.targetCpuPercent() > 0) {
                out.append("  metrics: [{type: \"Resource\", resource: {name: \"cpu\", target: {type: \"Utilization\", "
                        + "averageUtilization: ").append(h.targetCpuPercent()).append("}}}]\n");
            } else {
                gaps.add("HPA " + h.key() + " had no CPU utilisation target: it gets the default 80%.");
            }
        }
    }

    private void begin(String apiVersion, String kind, String namespace, String name) {
        YamlText.begin(out, apiVersion, kind, namespace, name);
    }
}
