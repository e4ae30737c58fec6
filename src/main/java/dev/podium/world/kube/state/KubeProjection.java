package dev.podium.world.kube.state;

import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.flow.FlowFold;
import dev.podium.world.kube.flow.event.FlowEvent;
import dev.podium.world.kube.config.ConfigFold;
import dev.podium.world.kube.config.event.ConfigEvent;
import dev.podium.world.kube.custom.CustomFold;
import dev.podium.world.kube.custom.event.CustomEvent;
import dev.podium.world.kube.custom.event.OwnerReferenceRemoved;
import dev.podium.world.kube.sched.event.SchedEvent;
import dev.podium.world.kube.traffic.TrafficFold;
import dev.podium.world.kube.traffic.event.TrafficEvent;
import dev.podium.world.kube.workload.WorkloadEventFold;
import dev.podium.world.kube.workload.event.WorkloadEvent;

/**
 * Folds {@link KubeEvent}s, {@link TrafficEvent}s (through {@link TrafficFold}), {@link FlowEvent}s (through
 * {@link FlowFold}), {@link CustomEvent}s (through {@link CustomFold}), {@link ConfigEvent}s (through
 * {@link ConfigFold}), {@link WorkloadEvent}s and {@link SchedEvent}s (preemption) into a {@link KubeState}; ignores other
 * worlds' events. Also derives the
 * kubectl-style event lines (Scheduled, FailedScheduling, Pulling, Pulled, Started, BackOff, Unhealthy,
 * SuccessfulCreate, ScalingReplicaSet, SuccessfulRescale, TaintManagerEviction, NodeNotReady, Killing, RemovingNode).
 *
 * <p>Every kube event sets the state's time; then one fold per part of the world matches the sealed event type with
 * one small method per kind: {@link PodFold}, {@link ContainerFold} (kubelet lines), {@link NodeFold},
 * {@link WorkloadFold} (Deployments, ReplicaSets, HPAs), {@link ServiceFold}, {@link PipelineFold} (informers,
 * workqueues, reconciles, live samples) and {@link RemovalFold} (nodes, Deployments and HPAs going away). Each kind
 * belongs to exactly one fold. ProbeSucceeded, InformerResynced and ClusterActionApplied change nothing but the time.
 * Pure: the state depends only on the events. Called on the timeline's thread, like any projection.
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
        if (event instanceof KubeEvent e) {
            s.timeNanos = e.timeNanos();
            fold(s, e);
            ConfigFold.apply(s.config, e);
        } else if (event instanceof TrafficEvent t) {
            s.timeNanos = t.timeNanos();
            TrafficFold.apply(s.traffic, t);
        } else if (event instanceof FlowEvent f) {
            s.timeNanos = f.timeNanos();
            FlowFold.apply(s.flow, f);
        } else if (event instanceof CustomEvent c) {
            s.timeNanos = c.timeNanos();
            CustomFold.apply(s.custom, c);
            if (c instanceof OwnerReferenceRemoved o) {
                OrphanFold.apply(s, o);
            }
        } else if (event instanceof ConfigEvent c) {
            s.timeNanos = c.timeNanos();
            ConfigFold.apply(s.config, c);
        } else if (event instanceof WorkloadEvent w) {
            s.timeNanos = w.timeNanos();
            WorkloadEventFold.apply(s.workloads, w);
        } else if (event instanceof SchedEvent p) {
            s.timeNanos = p.timeNanos();
            s.sched.apply(p);
        }
    }

    /** True if one of the folds knew {@code e}'s kind (the pipeline and pods first: they are most of the events). */
    private static boolean fold(KubeState s, KubeEvent e) {
        return PipelineFold.apply(s, e) || PodFold.apply(s, e) || ContainerFold.apply(s, e)
                || NodeFold.apply(s, e) || WorkloadFold.apply(s, e) || ServiceFold.apply(s, e)
                || RemovalFold.apply(s, e);
    }
}
