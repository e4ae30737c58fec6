package dev.podium.world.kube.state;

import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.DeploymentImageChanged;
import dev.podium.world.kube.event.DeploymentScaled;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.event.HpaCreated;
import dev.podium.world.kube.event.HpaEvaluated;
import dev.podium.world.kube.event.HpaScaled;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.ReplicaSetDeleted;
import dev.podium.world.kube.event.ReplicaSetScaled;
import dev.podium.world.kube.event.ReplicaSetStatusUpdated;

/**
 * The workload part of {@link KubeProjection}: Deployments (spec and status), their ReplicaSets (with the
 * ScalingReplicaSet line) and HorizontalPodAutoscalers (with the SuccessfulRescale line). Removals of Deployments
 * and HPAs are {@link RemovalFold}'s. Events about an unknown object change nothing. Pure.
 */
final class WorkloadFold {
    private WorkloadFold() {
    }

    /** Folds {@code e} if it is one of the workload events above; false otherwise. */
    static boolean apply(KubeState s, KubeEvent e) {
        if (e instanceof DeploymentCreated d) {
            s.deployments.put(d.deployment(), new DeploymentView(d.deployment(), d.replicas(), 0, 0, 0, 0,
                    d.strategy(), d.maxSurge(), d.maxUnavailable(), d.image()));
        } else if (e instanceof DeploymentScaled d) {
            deploymentScaled(s, d);
        } else if (e instanceof DeploymentImageChanged d) {
            deploymentImageChanged(s, d);
        } else if (e instanceof DeploymentStatusUpdated d) {
            deploymentStatusUpdated(s, d);
        } else if (e instanceof ReplicaSetCreated r) {
            s.replicaSets.put(r.replicaSet(), new ReplicaSetView(r.replicaSet(), r.deployment(), r.revision(),
                    r.templateHash(), r.replicas(), 0, 0, 0, r.image()));
        } else if (e instanceof ReplicaSetScaled r) {
            replicaSetScaled(s, r);
        } else if (e instanceof ReplicaSetStatusUpdated r) {
            replicaSetStatusUpdated(s, r);
        } else if (e instanceof ReplicaSetDeleted r) {
            s.replicaSets.remove(r.replicaSet());
        } else if (e instanceof HpaCreated h) {
            s.hpas.put(h.hpa(), new HpaView(h.hpa(), h.target(), h.minReplicas(), h.maxReplicas(),
                    h.targetCpuPercent(), 0, 0, 0));
        } else if (e instanceof HpaEvaluated h) {
            hpaEvaluated(s, h);
        } else if (e instanceof HpaScaled h) {
            hpaScaled(s, h);
        } else {
            return false;
        }
        return true;
    }

    private static void deploymentScaled(KubeState s, DeploymentScaled d) {
        DeploymentView v = s.deployments.get(d.deployment());
        if (v != null) {
            s.deployments.put(d.deployment(), new DeploymentView(v.key(), d.toReplicas(), v.statusReplicas(),
                    v.updated(), v.ready(), v.available(), v.strategy(), v.maxSurge(), v.maxUnavailable(),
                    v.image()));
        }
    }

    private static void deploymentImageChanged(KubeState s, DeploymentImageChanged d) {
        DeploymentView v = s.deployments.get(d.deployment());
        if (v != null) {
            s.deployments.put(d.deployment(), new DeploymentView(v.key(), v.replicas(), v.statusReplicas(),
                    v.updated(), v.ready(), v.available(), v.strategy(), v.maxSurge(), v.maxUnavailable(),
                    d.image()));
        }
    }

    private static void deploymentStatusUpdated(KubeState s, DeploymentStatusUpdated d) {
        DeploymentView v = s.deployments.get(d.deployment());
        if (v != null) {
            s.deployments.put(d.deployment(), new DeploymentView(v.key(), v.replicas(), d.replicas(),
                    d.updatedReplicas(), d.readyReplicas(), d.availableReplicas(), v.strategy(), v.maxSurge(),
                    v.maxUnavailable(), v.image()));
        }
    }

    private static void replicaSetScaled(KubeState s, ReplicaSetScaled r) {
        ReplicaSetView v = s.replicaSets.get(r.replicaSet());
        if (v != null) {
            s.replicaSets.put(r.replicaSet(), new ReplicaSetView(v.key(), v.deployment(), v.revision(),
                    v.templateHash(), r.toReplicas(), v.current(), v.ready(), v.available(), v.image()));
            EventLines.add(s, r, "Normal", "ScalingReplicaSet", v.deployment(), "Scaled "
                    + (r.toReplicas() > r.fromReplicas() ? "up" : "down") + " replica set " + EventLines.name(v.key())
                    + " from " + r.fromReplicas() + " to " + r.toReplicas());
        }
    }

    private static void replicaSetStatusUpdated(KubeState s, ReplicaSetStatusUpdated r) {
        ReplicaSetView v = s.replicaSets.get(r.replicaSet());
        if (v != null) {
            s.replicaSets.put(r.replicaSet(), new ReplicaSetView(v.key(), v.deployment(), v.revision(),
                    v.templateHash(), v.replicas(), r.replicas(), r.readyReplicas(), r.availableReplicas(),
                    v.image()));
        }
    }

    private static void hpaEvaluated(KubeState s, HpaEvaluated h) {
        HpaView v = s.hpas.get(h.hpa());
        if (v != null) {
            s.hpas.put(h.hpa(), new HpaView(v.key(), v.target(), v.minReplicas(), v.maxReplicas(),
                    v.targetCpuPercent(), h.currentCpuPercent(), h.currentReplicas(), h.desiredReplicas()));
        }
    }

    private static void hpaScaled(KubeState s, HpaScaled h) {
        EventLines.add(s, h, "Normal", "SuccessfulRescale", h.hpa(), "New size: " + h.toReplicas()
                + "; reason: cpu resource utilization (percentage of request) "
                + (h.toReplicas() > h.fromReplicas() ? "above" : "below") + " target");
    }
}
