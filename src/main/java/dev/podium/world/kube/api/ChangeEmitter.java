package dev.podium.world.kube.api;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.DeploymentDeleted;
import dev.podium.world.kube.event.DeploymentImageChanged;
import dev.podium.world.kube.event.DeploymentScaled;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.event.HpaCreated;
import dev.podium.world.kube.event.HpaDeleted;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeCordoned;
import dev.podium.world.kube.event.NodeDeleted;
import dev.podium.world.kube.event.NodeTainted;
import dev.podium.world.kube.event.NodeUntainted;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.ReplicaSetDeleted;
import dev.podium.world.kube.event.ReplicaSetScaled;
import dev.podium.world.kube.event.ReplicaSetStatusUpdated;
import dev.podium.world.kube.event.ServiceCreated;
import dev.podium.world.kube.event.ServiceDeleted;
import dev.podium.world.kube.spec.ContainerSpec;
import dev.podium.world.kube.spec.Taint;
import dev.podium.world.kube.workload.DaemonSet;
import dev.podium.world.kube.workload.Job;
import dev.podium.world.kube.workload.StatefulSet;
import dev.podium.world.kube.workload.WorkloadChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Turns a committed change (old and new object) into the object-level {@code KubeEvent}s, so every writer's
 * change is told once and at commit time. Kernel thread only.
 */
final class ChangeEmitter {
    private final Kernel kernel;
    private final EventSink sink;
    private final CustomChanges custom;

    ChangeEmitter(Kernel kernel, EventSink sink) {
        this.kernel = kernel;
        this.sink = sink;
        this.custom = new CustomChanges(sink);
    }

    void changed(ApiObject old, ApiObject now, String cause) {
        long t = kernel.now();
        if (now instanceof Pod) {
            pod(t, (Pod) old, (Pod) now);
        } else if (now instanceof Node) {
            node(t, (Node) old, (Node) now);
        } else if (now instanceof ReplicaSet) {
            replicaSet(t, (ReplicaSet) old, (ReplicaSet) now);
            custom.deletion(t, (Deletable) old, (Deletable) now);
        } else if (now instanceof Deployment) {
            deployment(t, (Deployment) old, (Deployment) now, cause);
            custom.deletion(t, (Deletable) old, (Deletable) now);
        } else if (now instanceof Hpa && old == null) {
            Hpa h = (Hpa) now;
            sink.emit(new HpaCreated(t, h.key(), h.target(), h.minReplicas(), h.maxReplicas(), h.targetCpuPercent()));
        } else if (now instanceof Service && old == null) {
            Service s = (Service) now;
            sink.emit(new ServiceCreated(t, s.key(), new TreeMap<>(s.selector())));
        } else if (now instanceof Endpoints) {
            Endpoints e = (Endpoints) now;
            sink.emit(new EndpointsChanged(t, e.key(), e.ready(), e.notReady()));
        } else if (now instanceof CustomObject c) {
            custom.changed(t, (CustomObject) old, c);
        } else if (now instanceof StatefulSet set) {
            WorkloadChanges.changed(sink, t, (StatefulSet) old, set);
        } else if (now instanceof DaemonSet set) {
            WorkloadChanges.changed(sink, t, (DaemonSet) old, set);
        } else if (now instanceof Job job) {
            WorkloadChanges.changed(sink, t, (Job) old, job);
        }
    }

    void removed(ApiObject old, String cause) {
        long t = kernel.now();
        if (old instanceof Pod) {
            sink.emit(new PodDeleted(t, old.key(), ((Pod) old).nodeName()));
        } else if (old instanceof ReplicaSet) {
            sink.emit(new ReplicaSetDeleted(t, old.key()));
        } else if (old instanceof Node) {
            sink.emit(new NodeDeleted(t, ((Node) old).name()));
        } else if (old instanceof Deployment) {
            sink.emit(new DeploymentDeleted(t, old.key()));
        } else if (old instanceof Hpa) {
            sink.emit(new HpaDeleted(t, old.key()));
        } else if (old instanceof Service) {
            sink.emit(new ServiceDeleted(t, old.key()));
        } else if (old instanceof CustomObject c) {
            custom.removed(t, c);
        } else if (old instanceof StatefulSet || old instanceof DaemonSet || old instanceof Job) {
            WorkloadChanges.removed(sink, t, old);
        }
    }

    private void pod(long t, Pod old, Pod now) {
        if (old == null) {
            List<ContainerSpec> cs = now.spec().containers();
            sink.emit(new PodCreated(t, now.key(), now.owner(), now.nodeName(), now.milliCpu(), now.memoryBytes(),
                    cs.isEmpty() ? "" : cs.get(0).image(), containerCount(now)));
            return;
        }
        if (now.deleting() && !old.deleting()) {
            sink.emit(new PodTerminating(t, now.key(), now.graceNanos(), now.deletionReason()));
        }
        if (!old.phase().equals(now.phase()) || !old.status().equals(now.status()) || old.ready() != now.ready()
                || old.readyContainers() != now.readyContainers() || old.restarts() != now.restarts()) {
            sink.emit(new PodPhaseChanged(t, now.key(), now.phase(), now.displayStatus(), now.ready(),
                    now.readyContainers(), containerCount(now), now.restarts()));
        }
    }

    /** kubectl's READY denominator: the app containers plus the sidecars (restartable init containers). */
    private static int containerCount(Pod pod) {
        int n = pod.spec().containers().size();
        for (ContainerSpec c : pod.spec().initContainers()) {
            if (c.sidecar()) {
                n++;
            }
        }
        return n;
    }

    private void node(long t, Node old, Node now) {
        if (old == null) {
            sink.emit(new NodeAdded(t, now.name(), now.allocatable().milliCpu(), now.allocatable().memoryBytes(),
                    now.maxPods(), formatAll(now.taints()), now.unschedulable()));
            if (!"True".equals(now.ready())) {
                sink.emit(new NodeConditionChanged(t, now.name(), now.ready(), now.readyReason()));
            }
            return;
        }
        if (!old.ready().equals(now.ready())) {
            sink.emit(new NodeConditionChanged(t, now.name(), now.ready(), now.readyReason()));
        }
        if (old.unschedulable() != now.unschedulable()) {
            sink.emit(new NodeCordoned(t, now.name(), now.unschedulable()));
        }
        for (Taint taint : now.taints()) {
            if (!old.taints().contains(taint)) {
                sink.emit(new NodeTainted(t, now.name(), Node.format(taint)));
            }
        }
        for (Taint taint : old.taints()) {
            if (!now.taints().contains(taint)) {
                sink.emit(new NodeUntainted(t, now.name(), Node.format(taint)));
            }
        }
    }

    private void replicaSet(long t, ReplicaSet old, ReplicaSet now) {
        if (old == null) {
            sink.emit(new ReplicaSetCreated(t, now.key(), now.owner(), now.revision(), now.templateHash(),
                    now.replicas(), now.image()));
            return;
        }
        if (old.replicas() != now.replicas()) {
            sink.emit(new ReplicaSetScaled(t, now.key(), old.replicas(), now.replicas()));
        }
        if (old.statusReplicas() != now.statusReplicas() || old.readyReplicas() != now.readyReplicas()
                || old.availableReplicas() != now.availableReplicas()) {
            sink.emit(new ReplicaSetStatusUpdated(t, now.key(), now.statusReplicas(), now.readyReplicas(),
                    now.availableReplicas()));
        }
    }

    private void deployment(long t, Deployment old, Deployment now, String cause) {
        if (old == null) {
            sink.emit(new DeploymentCreated(t, now.key(), now.replicas(), now.strategy(), now.maxSurge().toString(),
                    now.maxUnavailable().toString(), now.image()));
            return;
        }
        if (old.replicas() != now.replicas()) {
            sink.emit(new DeploymentScaled(t, now.key(), old.replicas(), now.replicas(), cause));
        }
        List<ContainerSpec> before = old.template().spec().containers();
        List<ContainerSpec> after = now.template().spec().containers();
        for (int i = 0; i < after.size() && i < before.size(); i++) {
            if (!before.get(i).image().equals(after.get(i).image())) {
                sink.emit(new DeploymentImageChanged(t, now.key(), after.get(i).name(), after.get(i).image()));
            }
        }
        if (old.statusReplicas() != now.statusReplicas() || old.updatedReplicas() != now.updatedReplicas()
                || old.readyReplicas() != now.readyReplicas() || old.availableReplicas() != now.availableReplicas()) {
            sink.emit(new DeploymentStatusUpdated(t, now.key(), now.statusReplicas(), now.updatedReplicas(),
                    now.readyReplicas(), now.availableReplicas()));
        }
    }

    static List<String> formatAll(List<Taint> taints) {
        List<String> out = new ArrayList<>(taints.size());
        for (Taint taint : taints) {
            out.add(Node.format(taint));
        }
        return out;
    }
}
