package dev.podium.world.kube.state;

import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ContainerExited;
import dev.podium.world.kube.event.ContainerRestarted;
import dev.podium.world.kube.event.ContainerStarted;
import dev.podium.world.kube.event.DeploymentCreated;
import dev.podium.world.kube.event.DeploymentImageChanged;
import dev.podium.world.kube.event.DeploymentScaled;
import dev.podium.world.kube.event.DeploymentStatusUpdated;
import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.event.HpaCreated;
import dev.podium.world.kube.event.HpaEvaluated;
import dev.podium.world.kube.event.HpaScaled;
import dev.podium.world.kube.event.ImagePullFailed;
import dev.podium.world.kube.event.ImagePullStarted;
import dev.podium.world.kube.event.ImagePulled;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.NodeConditionChanged;
import dev.podium.world.kube.event.NodeCordoned;
import dev.podium.world.kube.event.NodeTainted;
import dev.podium.world.kube.event.NodeUntainted;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.PodEvicted;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodQueued;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.event.PodTerminating;
import dev.podium.world.kube.event.PodUnschedulable;
import dev.podium.world.kube.event.ProbeFailed;
import dev.podium.world.kube.event.ReplicaSetCreated;
import dev.podium.world.kube.event.ReplicaSetDeleted;
import dev.podium.world.kube.event.ReplicaSetScaled;
import dev.podium.world.kube.event.ReplicaSetStatusUpdated;
import dev.podium.world.kube.event.ServiceCreated;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds {@link KubeEvent}s into a {@link KubeState}; ignores other worlds' events. Also derives the
 * kubectl-style event lines (Scheduled, FailedScheduling, Pulling, Pulled, Started, BackOff, Unhealthy,
 * SuccessfulCreate, ScalingReplicaSet, SuccessfulRescale, TaintManagerEviction, NodeNotReady, Killing, RemovingNode).
 * Removals of nodes, Deployments and HPAs are folded by {@link RemovalFold}.
 * Pure: the state depends only on the events.
 */
public final class KubeProjection implements Projection<KubeState> {

    @Override
    public KubeState initial() {
        return new KubeState();
    }

    @Override
    public KubeState copy(KubeState state) {
        return state.copy();
    }

    @Override
    public void apply(KubeState s, WorldEvent event) {
        if (!(event instanceof KubeEvent)) {
            return;
        }
        s.timeNanos = event.timeNanos();
        if (PipelineFold.apply(s, event) || pod(s, event) || RemovalFold.apply(s, event)) {
            return;
        }
        objects(s, event);
    }

    private static boolean pod(KubeState s, WorldEvent e) {
        if (e instanceof PodCreated) {
            PodCreated c = (PodCreated) e;
            s.pods.put(c.pod(), new PodView(c.pod(), c.owner(), c.node(), "Pending", "Pending", false, 0,
                    c.containers(), 0, c.milliCpu(), c.memoryBytes(), c.image(), c.timeNanos(), "", "", -1));
            s.podsCreated++;
            if (!c.owner().isEmpty()) {
                line(s, e, "Normal", "SuccessfulCreate", c.owner(), "Created pod: " + name(c.pod()));
            }
        } else if (e instanceof PodQueued) {
            PodQueued q = (PodQueued) e;
            PodView p = s.pods.get(q.pod());
            if (p != null) {
                s.pods.put(q.pod(), p.withQueue(q.queue(), p.message()));
            }
        } else if (e instanceof PodScheduled) {
            PodScheduled sc = (PodScheduled) e;
            PodView p = s.pods.get(sc.pod());
            if (p != null) {
                s.pods.put(sc.pod(), p.withNode(sc.node()));
                NodeView n = s.nodes.get(sc.node());
                if (n != null) {
                    s.nodes.put(sc.node(), n.withPods(1, p.milliCpu(), p.memoryBytes()));
                }
            }
            line(s, e, "Normal", "Scheduled", sc.pod(), "Successfully assigned " + sc.pod() + " to " + sc.node());
        } else if (e instanceof PodUnschedulable) {
            PodUnschedulable u = (PodUnschedulable) e;
            PodView p = s.pods.get(u.pod());
            if (p != null) {
                s.pods.put(u.pod(), p.withQueue(p.queue(), u.message()));
            }
            line(s, e, "Warning", "FailedScheduling", u.pod(), u.message());
        } else if (e instanceof PodPhaseChanged) {
            PodPhaseChanged c = (PodPhaseChanged) e;
            PodView p = s.pods.get(c.pod());
            if (p != null) {
                s.pods.put(c.pod(), p.withStatus(c.phase(), c.status(), c.ready(), c.readyContainers(),
                        c.restarts(), c.timeNanos()));
            }
        } else if (e instanceof PodTerminating) {
            PodTerminating t = (PodTerminating) e;
            PodView p = s.pods.get(t.pod());
            if (p != null) {
                s.pods.put(t.pod(), p.withStatus(p.phase(), "Terminating", p.ready(), p.readyContainers(),
                        p.restarts(), t.timeNanos()));
            }
            line(s, e, "Normal", "Killing", t.pod(), "Stopping container (" + t.reason() + ")");
        } else if (e instanceof PodDeleted) {
            PodDeleted d = (PodDeleted) e;
            PodView p = s.pods.remove(d.pod());
            if (p != null && !p.node().isEmpty()) {
                NodeView n = s.nodes.get(p.node());
                if (n != null) {
                    s.nodes.put(p.node(), n.withPods(-1, -p.milliCpu(), -p.memoryBytes()));
                }
            }
            s.podsDeleted++;
        } else if (e instanceof PodEvicted) {
            PodEvicted v = (PodEvicted) e;
            line(s, e, "Normal", "TaintManagerEviction", v.pod(), "Marking for deletion Pod " + v.pod());
        } else if (e instanceof ImagePullStarted) {
            ImagePullStarted i = (ImagePullStarted) e;
            line(s, e, "Normal", "Pulling", i.pod(), "Pulling image \"" + i.image() + "\"");
        } else if (e instanceof ImagePulled) {
            ImagePulled i = (ImagePulled) e;
            line(s, e, "Normal", "Pulled", i.pod(), "Successfully pulled image \"" + i.image() + "\" in "
                    + i.durationNanos() / 1_000_000 + "ms");
        } else if (e instanceof ImagePullFailed) {
            ImagePullFailed i = (ImagePullFailed) e;
            line(s, e, "Warning", "Failed", i.pod(), "Failed to pull image \"" + i.image() + "\": ErrImagePull");
        } else if (e instanceof ContainerStarted) {
            ContainerStarted c = (ContainerStarted) e;
            line(s, e, "Normal", "Started", c.pod(), "Started container " + c.container());
        } else if (e instanceof ContainerRestarted) {
            ContainerRestarted c = (ContainerRestarted) e;
            if (c.backoffNanos() > 0) {
                line(s, e, "Warning", "BackOff", c.pod(), "Back-off restarting failed container " + c.container()
                        + " (waited " + c.backoffNanos() / 1_000_000_000L + "s)");
            }
        } else if (e instanceof ContainerExited) {
            ContainerExited c = (ContainerExited) e;
            if (c.exitCode() != 0) {
                line(s, e, "Warning", "Failed", c.pod(), "Container " + c.container() + " exited with code "
                        + c.exitCode());
            }
        } else if (e instanceof ProbeFailed) {
            ProbeFailed f = (ProbeFailed) e;
            line(s, e, "Warning", "Unhealthy", f.pod(), capital(f.probe()) + " probe failed ("
                    + f.consecutiveFailures() + "/" + f.failureThreshold() + ")");
        } else {
            return false;
        }
        return true;
    }

    private static void objects(KubeState s, WorldEvent e) {
        if (e instanceof NodeAdded) {
            NodeAdded n = (NodeAdded) e;
            s.nodes.put(n.node(), new NodeView(n.node(), n.milliCpu(), n.memoryBytes(), n.maxPods(), "True",
                    n.unschedulable(), n.taints(), 0, 0, 0));
            RemovalFold.rejoined(s, n.node());
        } else if (e instanceof NodeConditionChanged) {
            NodeConditionChanged c = (NodeConditionChanged) e;
            NodeView n = s.nodes.get(c.node());
            if (n != null) {
                s.nodes.put(c.node(), n.withReady(c.status()));
            }
            line(s, e, "True".equals(c.status()) ? "Normal" : "Warning",
                    "True".equals(c.status()) ? "NodeReady" : "NodeNotReady", c.node(),
                    "Node " + c.node() + " status is now: " + ("True".equals(c.status()) ? "NodeReady"
                            : "NodeNotReady") + " (" + c.reason() + ")");
        } else if (e instanceof NodeCordoned) {
            NodeCordoned c = (NodeCordoned) e;
            NodeView n = s.nodes.get(c.node());
            if (n != null) {
                s.nodes.put(c.node(), n.withUnschedulable(c.unschedulable()));
            }
        } else if (e instanceof NodeTainted) {
            NodeTainted t = (NodeTainted) e;
            NodeView n = s.nodes.get(t.node());
            if (n != null) {
                List<String> taints = new ArrayList<>(n.taints());
                taints.add(t.taint());
                s.nodes.put(t.node(), n.withTaints(taints));
            }
        } else if (e instanceof NodeUntainted) {
            NodeUntainted t = (NodeUntainted) e;
            NodeView n = s.nodes.get(t.node());
            if (n != null) {
                List<String> taints = new ArrayList<>(n.taints());
                taints.remove(t.taint());
                s.nodes.put(t.node(), n.withTaints(taints));
            }
        } else if (e instanceof DeploymentCreated) {
            DeploymentCreated d = (DeploymentCreated) e;
            s.deployments.put(d.deployment(), new DeploymentView(d.deployment(), d.replicas(), 0, 0, 0, 0,
                    d.strategy(), d.maxSurge(), d.maxUnavailable(), d.image()));
        } else if (e instanceof DeploymentScaled) {
            DeploymentScaled d = (DeploymentScaled) e;
            DeploymentView v = s.deployments.get(d.deployment());
            if (v != null) {
                s.deployments.put(d.deployment(), new DeploymentView(v.key(), d.toReplicas(), v.statusReplicas(),
                        v.updated(), v.ready(), v.available(), v.strategy(), v.maxSurge(), v.maxUnavailable(),
                        v.image()));
            }
        } else if (e instanceof DeploymentImageChanged) {
            DeploymentImageChanged d = (DeploymentImageChanged) e;
            DeploymentView v = s.deployments.get(d.deployment());
            if (v != null) {
                s.deployments.put(d.deployment(), new DeploymentView(v.key(), v.replicas(), v.statusReplicas(),
                        v.updated(), v.ready(), v.available(), v.strategy(), v.maxSurge(), v.maxUnavailable(),
                        d.image()));
            }
        } else if (e instanceof DeploymentStatusUpdated) {
            DeploymentStatusUpdated d = (DeploymentStatusUpdated) e;
            DeploymentView v = s.deployments.get(d.deployment());
            if (v != null) {
                s.deployments.put(d.deployment(), new DeploymentView(v.key(), v.replicas(), d.replicas(),
                        d.updatedReplicas(), d.readyReplicas(), d.availableReplicas(), v.strategy(), v.maxSurge(),
                        v.maxUnavailable(), v.image()));
            }
        } else if (e instanceof ReplicaSetCreated) {
            ReplicaSetCreated r = (ReplicaSetCreated) e;
            s.replicaSets.put(r.replicaSet(), new ReplicaSetView(r.replicaSet(), r.deployment(), r.revision(),
                    r.templateHash(), r.replicas(), 0, 0, 0, r.image()));
        } else if (e instanceof ReplicaSetScaled) {
            ReplicaSetScaled r = (ReplicaSetScaled) e;
            ReplicaSetView v = s.replicaSets.get(r.replicaSet());
            if (v != null) {
                s.replicaSets.put(r.replicaSet(), new ReplicaSetView(v.key(), v.deployment(), v.revision(),
                        v.templateHash(), r.toReplicas(), v.current(), v.ready(), v.available(), v.image()));
                line(s, e, "Normal", "ScalingReplicaSet", v.deployment(), "Scaled "
                        + (r.toReplicas() > r.fromReplicas() ? "up" : "down") + " replica set " + name(v.key())
                        + " from " + r.fromReplicas() + " to " + r.toReplicas());
            }
        } else if (e instanceof ReplicaSetStatusUpdated) {
            ReplicaSetStatusUpdated r = (ReplicaSetStatusUpdated) e;
            ReplicaSetView v = s.replicaSets.get(r.replicaSet());
            if (v != null) {
                s.replicaSets.put(r.replicaSet(), new ReplicaSetView(v.key(), v.deployment(), v.revision(),
                        v.templateHash(), v.replicas(), r.replicas(), r.readyReplicas(), r.availableReplicas(),
                        v.image()));
            }
        } else if (e instanceof ReplicaSetDeleted) {
            s.replicaSets.remove(((ReplicaSetDeleted) e).replicaSet());
        } else if (e instanceof HpaCreated) {
            HpaCreated h = (HpaCreated) e;
            s.hpas.put(h.hpa(), new HpaView(h.hpa(), h.target(), h.minReplicas(), h.maxReplicas(),
                    h.targetCpuPercent(), 0, 0, 0));
        } else if (e instanceof HpaEvaluated) {
            HpaEvaluated h = (HpaEvaluated) e;
            HpaView v = s.hpas.get(h.hpa());
            if (v != null) {
                s.hpas.put(h.hpa(), new HpaView(v.key(), v.target(), v.minReplicas(), v.maxReplicas(),
                        v.targetCpuPercent(), h.currentCpuPercent(), h.currentReplicas(), h.desiredReplicas()));
            }
        } else if (e instanceof HpaScaled) {
            HpaScaled h = (HpaScaled) e;
            line(s, e, "Normal", "SuccessfulRescale", h.hpa(), "New size: " + h.toReplicas()
                    + "; reason: cpu resource utilization (percentage of request) "
                    + (h.toReplicas() > h.fromReplicas() ? "above" : "below") + " target");
        } else if (e instanceof ServiceCreated) {
            ServiceCreated c = (ServiceCreated) e;
            s.services.put(c.service(), new ServiceView(c.service(), c.selector(), List.of(), List.of()));
        } else if (e instanceof EndpointsChanged) {
            EndpointsChanged c = (EndpointsChanged) e;
            ServiceView v = s.services.get(c.service());
            if (v != null) {
                s.services.put(c.service(), new ServiceView(v.key(), v.selector(), c.ready(), c.notReady()));
            }
        }
    }

    static void line(KubeState s, WorldEvent e, String type, String reason, String object, String message) {
        if (s.recentEvents.size() == KubeState.RECENT_EVENTS) {
            s.recentEvents.removeFirst();
        }
        s.recentEvents.addLast(new EventLine(e.timeNanos(), type, reason, object, message));
    }

    private static String name(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
