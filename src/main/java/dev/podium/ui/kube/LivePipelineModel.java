package dev.podium.ui.kube;

import dev.podium.timeline.SimDurations;
import dev.podium.ui.common.ViewText;
import dev.podium.world.kube.control.DeploymentDryRun;
import dev.podium.world.kube.control.DryRunAssumption;
import dev.podium.world.kube.control.DryRunReconcile;
import dev.podium.world.kube.control.DryRunResult;
import dev.podium.world.kube.control.DryRunStep;
import dev.podium.world.kube.control.ReplicaSetDryRun;
import dev.podium.world.kube.state.InformerView;
import dev.podium.world.kube.state.KubeState;
import dev.podium.world.kube.state.PipelineSample;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reconcile tab shows for a live or recorded-live timeline, as text: our own informers (state, objects,
 * lists, relists, watch samples, resourceVersion, time since their last event), the event queue and handler times
 * from the latest {@link PipelineSample}s, and a {@link DryRunReconcile} of the Deployments and ReplicaSets. Built
 * from the state at the playhead; toolkit-free.
 */
final class LivePipelineModel {
    /** Informers of a live session are named podium/…; the simulator names its own kcm/… and scheduler/…. */
    static final String LIVE_PREFIX = "podium/";

    /** One informer row; {@code stateKey} is live.state.listing|watching|relisting. */
    record InformerRow(String name, String stateKey, int objects, int lists, int relists, long samples,
            long resourceVersion, String lastEvent) {
    }

    /** One dry-run line: indented ReplicaSets under their Deployment; {@code writes} if the step would write. */
    record DryRunLine(int indent, String name, String counts, String step, boolean writes) {
    }

    final List<InformerRow> informers = new ArrayList<>();
    final List<DryRunLine> dryRun = new ArrayList<>();
    final List<PipelineSample> samples = new ArrayList<>();
    String assumptions = "";

    /** True for a timeline recorded from a live session (pipeline samples, or our informer names). */
    static boolean isLive(KubeState s) {
        if (s.lastPipelineSample() != null) {
            return true;
        }
        for (String name : s.informers().keySet()) {
            if (name.startsWith(LIVE_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    void build(KubeState s, long now, ViewText t) {
        informers.clear();
        dryRun.clear();
        samples.clear();
        samples.addAll(s.pipelineSamples());
        for (InformerView i : s.informers().values()) {
            String state = i.lists() == 0 ? "live.state.listing" : i.watching() ? "live.state.watching"
                    : "live.state.relisting";
            String last = i.lastEventNanos() < 0 ? "—" : SimDurations.readout(Math.max(0, now - i.lastEventNanos()));
            informers.add(new InformerRow(i.name(), state, objects(s, i), i.lists(), i.relists(), i.delivered(),
                    i.resourceVersion(), last));
        }
        DryRunResult r = DryRunReconcile.of(s);
        List<String> shown = new ArrayList<>();
        for (DeploymentDryRun d : r.deployments()) {
            dryRun.add(new DryRunLine(0, WorkloadRows.name(d.key()), t.get("dry.deployment", d.desired(),
                    d.updated(), d.ready(), d.available()), step(d.steps().get(0), d, d.steps().size(), t),
                    d.steps().get(0).action().writes()));
            for (ReplicaSetDryRun rs : r.replicaSets()) {
                if (rs.deployment().equals(d.key())) {
                    dryRun.add(replicaSet(rs, 1, t));
                    shown.add(rs.key());
                }
            }
        }
        for (ReplicaSetDryRun rs : r.replicaSets()) {
            if (!shown.contains(rs.key())) {
                dryRun.add(replicaSet(rs, 0, t));
            }
        }
        List<String> phrases = new ArrayList<>();
        for (DryRunAssumption a : r.assumptions()) {
            phrases.add(t.get("assume." + a.name()));
        }
        assumptions = t.get("dry.assumed", String.join(" · ", phrases));
    }

    private static DryRunLine replicaSet(ReplicaSetDryRun rs, int indent, ViewText t) {
        return new DryRunLine(indent, WorkloadRows.name(rs.key()), t.get("dry.replicaset", rs.actual(),
                rs.desired(), rs.ready()), step(rs.step(), null, 1, t), rs.step().action().writes());
    }

    /** The step as a sentence; a Deployment's several old-set scale-downs say "+N more". */
    static String step(DryRunStep s, DeploymentDryRun d, int steps, ViewText t) {
        List<String> pods = new ArrayList<>();
        for (String p : s.pods()) {
            pods.add(WorkloadRows.name(p));
        }
        String text = t.get("dry." + s.action().name(), s.target().isEmpty() ? "" : WorkloadRows.name(s.target()),
                Math.abs(s.to() - s.from()), s.from(), s.to(), d == null ? 0 : d.maxSurge(),
                d == null ? 0 : d.maxUnavailable(), String.join(", ", pods));
        return steps > 1 ? text + " " + t.get("dry.more", steps - 1) : text;
    }

    private static int objects(KubeState s, InformerView i) {
        switch (i.kind()) {
            case "Node":
                return s.nodeCount();
            case "Pod":
                return s.podCount();
            case "Deployment":
                return s.deployments().size();
            case "ReplicaSet":
                return s.replicaSets().size();
            case "HorizontalPodAutoscaler":
                return s.hpas().size();
            default:
                return i.listedItems();
        }
    }
}
