package dev.podium.ui.kube;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;

/** For the benchmark's JavaFX-nodes baseline: each pod's status (ordinal) in node order, folded to a time. */
public final class PodStates {
    private final ProjectedState<ClusterModel> states;
    private final int[] out;

    public PodStates(Timeline timeline, int pods) {
        this.states = new ProjectedState<>(timeline, new ClusterProjection());
        this.out = new int[pods];
    }

    /** Statuses at {@code t}, reusing one array. */
    public int[] at(long t) {
        ClusterModel model = states.at(t);
        NodeTable nodes = model.nodes();
        int i = 0;
        for (int rank = 0; rank < nodes.size() && i < out.length; rank++) {
            int id = nodes.atRank(rank);
            for (int s = 0; s < nodes.podCount(id) && i < out.length; s++) {
                out[i++] = model.status(nodes.pods(id)[s]).ordinal();
            }
        }
        return out;
    }
}
