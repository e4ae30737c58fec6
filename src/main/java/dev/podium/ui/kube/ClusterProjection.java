package dev.podium.ui.kube;

import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;

/**
 * Folds kube events into a {@link ClusterModel}, so the cluster picture's placement state is checkpointed by a
 * {@code ProjectedState} like the world's own state. Ignores what the model does not draw. Pure; the timeline's
 * thread (the FX thread for views).
 */
final class ClusterProjection implements Projection<ClusterModel> {

    @Override
    public ClusterModel initial() {
        return new ClusterModel();
    }

    @Override
    public void apply(ClusterModel state, WorldEvent event) {
        state.accept(event);
    }

    @Override
    public ClusterModel copy(ClusterModel state) {
        return state.copy();
    }
}
