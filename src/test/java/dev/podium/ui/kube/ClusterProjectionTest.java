package dev.podium.ui.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Projection;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusterProjectionTest {
    private static final int INTERVAL = ProjectedState.DEFAULT_CHECKPOINT_INTERVAL;

    /** 20 nodes × 250 pods and churn: about 17,000 events, eight checkpoints. */
    private static final Timeline DENSE = KubeScenarios.dense(20, 250, 30);

    @Test
    void aBackwardSeekRestoresACheckpointInsteadOfFoldingFromTheFirstEvent() {
        Counting counting = new Counting();
        ProjectedState<ClusterModel> states = new ProjectedState<>(DENSE, counting);
        states.afterEvents(DENSE.size());
        int back = DENSE.size() * 2 / 3 + 5;
        assertTrue(back > 4 * INTERVAL, "the seek lands well past the first checkpoints");

        counting.applied = 0;
        ClusterModel m = states.afterEvents(back);

        assertTrue(counting.applied < INTERVAL, "applied " + counting.applied + " events to reach " + back);
        assertEquals(ClusterDump.of(fold(DENSE, back)), ClusterDump.of(m), "the same as a fold from the start");
    }

    @Test
    void seeksBothWaysAlwaysShowWhatAFoldFromTheStartShows() {
        Timeline classroom = KubeScenarios.classroom(200);
        ProjectedState<ClusterModel> states = new ProjectedState<>(classroom, new ClusterProjection(), 128);
        Random random = new Random(5);
        for (int i = 0; i < 12; i++) {
            int count = random.nextInt(classroom.size() + 1);
            assertEquals(ClusterDump.of(fold(classroom, count)), ClusterDump.of(states.afterEvents(count)),
                    "after " + count + " events");
        }
    }

    @Test
    void aCopyAndItsOriginalNeverSeeEachOthersFolds() {
        int half = DENSE.size() / 2;
        ClusterModel original = fold(DENSE, half);
        String atHalf = ClusterDump.of(original);
        ClusterModel copy = original.copy();
        for (int i = half; i < DENSE.size(); i++) {
            original.accept(DENSE.get(i));
        }
        assertEquals(atHalf, ClusterDump.of(copy), "folding into the original left the copy as it was");
        assertNotEquals(atHalf, ClusterDump.of(original));

        ClusterModel again = copy.copy();
        for (int i = half; i < DENSE.size(); i++) {
            copy.accept(DENSE.get(i));
        }
        assertEquals(ClusterDump.of(original), ClusterDump.of(copy));
        assertEquals(atHalf, ClusterDump.of(again), "a copy of a copy keeps its own chunks too");
    }

    private static ClusterModel fold(Timeline timeline, int count) {
        ClusterModel m = new ClusterModel();
        for (int i = 0; i < count; i++) {
            m.accept(timeline.get(i));
        }
        return m;
    }

    /** The cluster projection, counting the events it applies. */
    private static final class Counting implements Projection<ClusterModel> {
        private final ClusterProjection projection = new ClusterProjection();
        int applied;

        @Override
        public ClusterModel initial() {
            return projection.initial();
        }

        @Override
        public void apply(ClusterModel state, WorldEvent event) {
            applied++;
            projection.apply(state, event);
        }

        @Override
        public ClusterModel copy(ClusterModel state) {
            return projection.copy(state);
        }
    }
}
