package dev.podium.ui.kube;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;

/**
 * For the benchmark's JavaFX-nodes baseline: each pod's status (ordinal) in node order, folded to a time, and the
 * opacity the cluster view gives it then (a terminating pod fades over {@link PodMotion#FADE_NANOS}, a running pod
 * that is not ready shows at 0.55), so the baseline animates the same picture.
 */
public final class PodStates {
    private final ProjectedState<ClusterModel> states;
    private final int[] out;
    private final double[] opacity;

    public PodStates(Timeline timeline, int pods) {
        this.states = new ProjectedState<>(timeline, new ClusterProjection());
        this.out = new int[pods];
        this.opacity = new double[pods];
    }

    /** Statuses at {@code t}, reusing one array. */
    public int[] at(long t) {
        ClusterModel model = states.at(t);
        NodeTable nodes = model.nodes();
        int i = 0;
        for (int rank = 0; rank < nodes.size() && i < out.length; rank++) {
            int id = nodes.atRank(rank);
            for (int s = 0; s < nodes.podCount(id) && i < out.length; s++) {
                int pod = nodes.pods(id)[s];
                PodStatus st = model.status(pod);
                opacity[i] = st == PodStatus.TERMINATING ? PodMotion.fade(model.since(pod), t)
                        : st == PodStatus.RUNNING && !model.ready(pod) ? 0.55 : 1;
                out[i++] = st.ordinal();
            }
        }
        return out;
    }

    /** The opacity of each pod at the time of the last {@link #at}, in the same order. */
    public double[] opacity() {
        return opacity;
    }
}
