package dev.podium.ui.kube;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.world.Inspection;
import dev.podium.world.kube.custom.BuiltinDeletionView;
import dev.podium.world.kube.custom.CustomObjectView;
import dev.podium.world.kube.sched.SchedState;
import dev.podium.world.kube.state.DeploymentView;
import dev.podium.world.kube.state.HpaView;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.NodeView;
import dev.podium.world.kube.state.PodView;
import dev.podium.world.kube.state.ReplicaSetView;
import dev.podium.world.kube.workload.DaemonSetView;
import dev.podium.world.kube.workload.JobView;
import dev.podium.world.kube.workload.StatefulSetView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inspector's view of a picked object, as the YAML paths kubectl get -o yaml would show ({@code metadata.name},
 * {@code spec.nodeName}, {@code status.phase} ...), limited to what the simulation knows. Toolkit-free.
 */
final class KubeInspector {
    private static final long MIB = 1L << 20;
    private final ConfigInspection config = new ConfigInspection();

    Inspection inspect(Hit hit, KubeState s, long now) {
        if (hit == null) {
            return null;
        }
        switch (hit.kind()) {
            case "pod":
                PodView pod = s.pod(hit.key());
                return pod == null ? null : config.with(withCustomOwner(withPreemption(pod(pod, now), s.sched(),
                        hit.key()), s.custom().owner("Pod", hit.key())), s.config().mounts(hit.key()));
            case "node":
                NodeView node = s.node(hit.key());
                return node == null ? null : node(node);
            case "deployment":
                DeploymentView d = s.deployment(hit.key());
                return d == null ? null : withDeletion(deployment(d), s.custom().deletion("Deployment", hit.key()));
            case "replicaset":
                ReplicaSetView r = s.replicaSet(hit.key());
                return r == null ? null : withDeletion(replicaSet(r), s.custom().deletion("ReplicaSet", hit.key()));
            case "statefulset":
                StatefulSetView sts = s.workloads().statefulSet(hit.key());
                return sts == null ? null : statefulSet(sts);
            case "daemonset":
                DaemonSetView ds = s.workloads().daemonSet(hit.key());
                return ds == null ? null : daemonSet(ds);
            case "job":
                JobView job = s.workloads().job(hit.key());
                return job == null ? null : job(job);
            case "hpa":
                HpaView h = s.hpa(hit.key());
                return h == null ? null : hpa(h);
            case "custom":
                int space = hit.key().indexOf(' ');
                CustomObjectView c = s.custom().object(hit.key().substring(0, space), hit.key().substring(space + 1));
                return c == null ? null : custom(c);
            default:
                return null;
        }
    }

    /**
     * A Deployment or ReplicaSet held by a foreground or orphan delete shows its finalizers and deletionTimestamp
     * after its metadata, as a custom object does.
     */
    static Inspection withDeletion(Inspection i, BuiltinDeletionView deletion) {
        if (deletion == null) {
            return i;
        }
        List<Map.Entry<String, String>> f = new ArrayList<>(i.fields());
        int at = 0;
        while (at < f.size() && f.get(at).getKey().startsWith("metadata.")) {
            at++;
        }
        f.add(at, Map.entry("metadata.deletionTimestamp", "set (" + deletion.propagation() + ")"));
        f.add(at, Map.entry("metadata.finalizers", deletion.finalizers().isEmpty() ? "[]"
                : String.join(", ", deletion.finalizers())));
        return new Inspection(i.title(), f);
    }

    /** A pod owned by a custom object (an operator's pod) names that owner in metadata.ownerReferences. */
    private static Inspection withCustomOwner(Inspection i, String owner) {
        if (owner == null) {
            return i;
        }
        List<Map.Entry<String, String>> f = new ArrayList<>();
        for (Map.Entry<String, String> e : i.fields()) {
            f.add(e.getKey().equals("metadata.ownerReferences") ? Map.entry(e.getKey(), owner) : e);
        }
        return new Inspection(i.title(), f);
    }

    /**
     * A preemptor shows the node it was nominated to (status.nominatedNodeName, kubectl's NOMINATED NODE) while its
     * victims terminate; a victim shows the DisruptionTarget condition the scheduler sets, naming its preemptor.
     */
    static Inspection withPreemption(Inspection i, SchedState sched, String pod) {
        String nominated = sched.nominatedNode(pod);
        String preemptor = sched.preemptedBy(pod);
        if (nominated.isEmpty() && preemptor.isEmpty()) {
            return i;
        }
        List<Map.Entry<String, String>> f = new ArrayList<>(i.fields());
        if (!nominated.isEmpty()) {
            f.add(Map.entry("status.nominatedNodeName", nominated));
        }
        if (!preemptor.isEmpty()) {
            f.add(Map.entry("status.conditions.DisruptionTarget", "True (PreemptionByScheduler, by "
                    + WorkloadRows.name(preemptor) + ")"));
        }
        return new Inspection(i.title(), f);
    }

    static Inspection custom(CustomObjectView c) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        meta(f, c.key());
        f.add(Map.entry("metadata.ownerReferences", c.owner().isEmpty() ? "none" : c.owner()));
        f.add(Map.entry("metadata.finalizers", c.finalizers().isEmpty() ? "[]" : String.join(", ", c.finalizers())));
        f.add(Map.entry("metadata.deletionTimestamp", c.deleting() ? "set (" + c.propagation() + ")" : "<none>"));
        f.add(Map.entry(c.kind().equals("Secret") ? "data (sizes in bytes)" : "spec", c.summary().isEmpty() ? "{}"
                : c.summary()));
        f.add(Map.entry("status.conditions", c.conditions().isEmpty() ? "[]" : String.join(", ", c.conditions())));
        return new Inspection(c.kind() + " " + WorkloadRows.name(c.key()), f);
    }

    static Inspection pod(PodView p, long now) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        meta(f, p.key());
        int colon = p.owner().indexOf(':');
        f.add(Map.entry("metadata.ownerReferences", p.owner().isEmpty() ? "none" : colon > 0
                ? p.owner().substring(0, colon) + " " + WorkloadRows.name(p.owner())
                : "ReplicaSet " + WorkloadRows.name(p.owner())));
        f.add(Map.entry("metadata.age", SimDurations.age(now - p.createdNanos())));
        f.add(Map.entry("spec.nodeName", p.node().isEmpty() ? "<none>" : p.node()));
        f.add(Map.entry("spec.containers[0].image", p.image()));
        f.add(Map.entry("spec.containers.resources.requests", "cpu: " + p.milliCpu() + "m, memory: "
                + p.memoryBytes() / MIB + "Mi"));
        f.add(Map.entry("status.phase", p.phase()));
        f.add(Map.entry("status (kubectl)", p.status()));
        f.add(Map.entry("status.conditions.Ready", p.ready() ? "True" : "False"));
        f.add(Map.entry("status.containerStatuses.ready", p.readyContainers() + "/" + p.containers()));
        f.add(Map.entry("status.containerStatuses.restartCount", Integer.toString(p.restarts())));
        if (!p.queue().isEmpty()) {
            f.add(Map.entry("scheduler.queue", p.queue()));
        }
        if (!p.message().isEmpty()) {
            f.add(Map.entry("status.conditions.PodScheduled.message", p.message()));
        }
        return new Inspection("Pod " + WorkloadRows.name(p.key()), f);
    }

    static Inspection node(NodeView n) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("metadata.name", n.name()));
        f.add(Map.entry("spec.unschedulable", Boolean.toString(n.unschedulable())));
        f.add(Map.entry("spec.taints", n.taints().isEmpty() ? "[]" : String.join(", ", n.taints())));
        f.add(Map.entry("status.conditions.Ready", n.ready()));
        f.add(Map.entry("status.allocatable.cpu", n.milliCpu() + "m"));
        f.add(Map.entry("status.allocatable.memory", n.memoryBytes() / MIB + "Mi"));
        f.add(Map.entry("status.allocatable.pods", Integer.toString(n.maxPods())));
        f.add(Map.entry("allocated.requests.cpu", n.requestedMilliCpu() + "m (" + percent(n.requestedMilliCpu(),
                n.milliCpu()) + ")"));
        f.add(Map.entry("allocated.requests.memory", n.requestedMemoryBytes() / MIB + "Mi ("
                + percent(n.requestedMemoryBytes(), n.memoryBytes()) + ")"));
        f.add(Map.entry("allocated.pods", n.pods() + "/" + n.maxPods()));
        return new Inspection("Node " + n.name(), f);
    }

    static Inspection deployment(DeploymentView d) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        meta(f, d.key());
        f.add(Map.entry("spec.replicas", Integer.toString(d.replicas())));
        f.add(Map.entry("spec.strategy.type", d.strategy()));
        f.add(Map.entry("spec.strategy.rollingUpdate", "maxSurge: " + d.maxSurge() + ", maxUnavailable: "
                + d.maxUnavailable()));
        f.add(Map.entry("spec.template.spec.containers[0].image", d.image()));
        f.add(Map.entry("status.replicas", Integer.toString(d.statusReplicas())));
        f.add(Map.entry("status.updatedReplicas", Integer.toString(d.updated())));
        f.add(Map.entry("status.readyReplicas", Integer.toString(d.ready())));
        f.add(Map.entry("status.availableReplicas", Integer.toString(d.available())));
        return new Inspection("Deployment " + WorkloadRows.name(d.key()), f);
    }

    static Inspection statefulSet(StatefulSetView v) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        meta(f, v.key());
        f.add(Map.entry("spec.replicas", Integer.toString(v.replicas())));
        f.add(Map.entry("spec.podManagementPolicy", v.podManagementPolicy()));
        f.add(Map.entry("spec.template.spec.containers[0].image", v.image()));
        f.add(Map.entry("status.replicas", Integer.toString(v.current())));
        f.add(Map.entry("status.readyReplicas", Integer.toString(v.ready())));
        return new Inspection("StatefulSet " + WorkloadRows.name(v.key()), f);
    }

    static Inspection daemonSet(DaemonSetView v) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        meta(f, v.key());
        f.add(Map.entry("metadata.generation", Long.toString(v.generation())));
        f.add(Map.entry("spec.updateStrategy", v.updateStrategy() + (v.updateStrategy().equals("RollingUpdate")
                ? " (maxUnavailable: " + v.maxUnavailable() + ")" : "")));
        f.add(Map.entry("spec.template.spec.containers[0].image", v.image()));
        f.add(Map.entry("status.desiredNumberScheduled", Integer.toString(v.desired())));
        f.add(Map.entry("status.currentNumberScheduled", Integer.toString(v.current())));
        f.add(Map.entry("status.numberReady", Integer.toString(v.ready())));
        f.add(Map.entry("status.updatedNumberScheduled", Integer.toString(v.updated())));
        return new Inspection("DaemonSet " + WorkloadRows.name(v.key()), f);
    }

    static Inspection job(JobView v) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        meta(f, v.key());
        f.add(Map.entry("spec.completions", Integer.toString(v.completions())));
        f.add(Map.entry("spec.parallelism", Integer.toString(v.parallelism())));
        f.add(Map.entry("spec.backoffLimit", Integer.toString(v.backoffLimit())));
        f.add(Map.entry("spec.template.spec.restartPolicy", v.restartPolicy()));
        f.add(Map.entry("spec.template.spec.containers[0].image", v.image()));
        f.add(Map.entry("status.active", Integer.toString(v.active())));
        f.add(Map.entry("status.succeeded", Integer.toString(v.succeeded())));
        f.add(Map.entry("status.failed", Integer.toString(v.failed())));
        f.add(Map.entry("status.conditions", v.condition().isEmpty() ? "[]" : v.condition() + "=True ("
                + v.reason() + ")"));
        return new Inspection("Job " + WorkloadRows.name(v.key()), f);
    }

    static Inspection replicaSet(ReplicaSetView r) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        meta(f, r.key());
        f.add(Map.entry("metadata.ownerReferences", r.deployment().isEmpty() ? "none"
                : "Deployment " + WorkloadRows.name(r.deployment())));
        f.add(Map.entry("metadata.annotations.revision", Integer.toString(r.revision())));
        f.add(Map.entry("metadata.labels.pod-template-hash", r.templateHash()));
        f.add(Map.entry("spec.replicas", Integer.toString(r.replicas())));
        f.add(Map.entry("spec.template.spec.containers[0].image", r.image()));
        f.add(Map.entry("status.replicas", Integer.toString(r.current())));
        f.add(Map.entry("status.readyReplicas", Integer.toString(r.ready())));
        f.add(Map.entry("status.availableReplicas", Integer.toString(r.available())));
        return new Inspection("ReplicaSet " + WorkloadRows.name(r.key()), f);
    }

    static Inspection hpa(HpaView h) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        meta(f, h.key());
        f.add(Map.entry("spec.scaleTargetRef", "Deployment " + WorkloadRows.name(h.target())));
        f.add(Map.entry("spec.minReplicas", Integer.toString(h.minReplicas())));
        f.add(Map.entry("spec.maxReplicas", Integer.toString(h.maxReplicas())));
        f.add(Map.entry("spec.metrics.cpu.averageUtilization", h.targetCpuPercent() + "%"));
        f.add(Map.entry("status.currentMetrics.cpu", h.currentCpuPercent() + "%"));
        f.add(Map.entry("status.currentReplicas", Integer.toString(h.currentReplicas())));
        f.add(Map.entry("status.desiredReplicas", Integer.toString(h.desiredReplicas())));
        return new Inspection("HorizontalPodAutoscaler " + WorkloadRows.name(h.key()), f);
    }

    private static void meta(List<Map.Entry<String, String>> f, String key) {
        int slash = key.indexOf('/');
        f.add(Map.entry("metadata.name", slash < 0 ? key : key.substring(slash + 1)));
        f.add(Map.entry("metadata.namespace", slash < 0 ? "" : key.substring(0, slash)));
    }

    private static String percent(long used, long total) {
        return total <= 0 ? "0%" : Math.round(100.0 * used / total) + "%";
    }
}
