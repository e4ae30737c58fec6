package dev.podium.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.podium.engine.RandomStream;
import org.junit.jupiter.api.Test;

class ProjectedStateTest {

    /** Sums deltas and counts events: simple enough to compute naively for comparison. */
    static final class Sum {
        long total;
        int events;
    }

    static final class SumProjection implements Projection<Sum> {
        int copies;
        int applies;

        @Override
        public Sum initial() {
            return new Sum();
        }

        @Override
        public void apply(Sum state, WorldEvent event) {
            applies++;
            if (event instanceof TestEvents.Counted c) {
                state.total += c.delta();
                state.events++;
            }
        }

        @Override
        public Sum copy(Sum state) {
            copies++;
            Sum s = new Sum();
            s.total = state.total;
            s.events = state.events;
            return s;
        }
    }

    @Test
    void stateAtAnyTimeEqualsAFoldFromTheStartInAnySeekOrder() {
        Timeline timeline = new Timeline();
        RandomStream random = new RandomStream(3);
        long t = 0;
        for (int i = 0; i < 10_000; i++) {
            t += random.nextInt(5); // several events may share a time
            timeline.append(new TestEvents.Counted(t, random.nextInt(21) - 10, ""));
        }
        ProjectedState<Sum> projected = new ProjectedState<>(timeline, new SumProjection(), 256);
        for (int probe = 0; probe < 500; probe++) {
            long at = random.nextInt((int) t + 10) - 5;
            Sum expected = new Sum();
            for (WorldEvent e : timeline.events()) {
                if (e.timeNanos() <= at) {
                    new SumProjection().apply(expected, e);
                }
            }
            Sum actual = projected.at(at);
            assertEquals(expected.total, actual.total, "total at " + at);
            assertEquals(expected.events, actual.events, "events at " + at);
        }
    }

    @Test
    void playingForwardAppliesEachEventOnceAndCutsCheckpointsThatLaterSeeksUse() {
        Timeline timeline = new Timeline();
        for (int i = 0; i < 10_000; i++) {
            timeline.append(new TestEvents.Counted(i, i % 7 - 3, null));
        }
        SumProjection projection = new SumProjection();
        ProjectedState<Sum> projected = new ProjectedState<>(timeline, projection, 256);
        for (int count = 0; count <= timeline.size(); count += 37) { // frames at the live edge
            assertEquals(count, projected.afterEvents(count).events);
        }
        int played = timeline.size() / 37 * 37;
        assertEquals(played, projection.applies, "each event applied once while playing forward");
        assertEquals(played / 256 + 1, projected.checkpointCount());
        Sum back = projected.afterEvents(1_000);
        long expected = 0;
        for (int i = 0; i < 1_000; i++) {
            expected += i % 7 - 3;
        }
        assertEquals(expected, back.total);
        Sum ahead = projected.afterEvents(timeline.size()); // past the newest checkpoint from behind it
        assertEquals(timeline.size(), ahead.events);
    }

    @Test
    void seekingBackwardCostsAtMostOneCheckpointIntervalOfApplies() {
        Timeline timeline = new Timeline();
        for (int i = 0; i < 3_600_000; i++) { // one hour at 1,000 events per second
            timeline.append(new TestEvents.Counted(i * 1_000_000L, 1, null));
        }
        ProjectedState<Sum> projected = new ProjectedState<>(timeline, new SumProjection());
        projected.afterEvents(timeline.size());
        int interval = ProjectedState.DEFAULT_CHECKPOINT_INTERVAL;
        projected.at(1_800_000_000_000L); // half an hour back
        assertEquals(1_800_001, projected.appliedCount());
        Sum s = projected.at(1_800_000_000_000L - 1);
        assertEquals(1_800_000, s.total);
        // The cursor came from a checkpoint at or before the target, so it applied fewer than one interval.
        assertEquals(3_600_000 / interval + 1, projected.checkpointCount());
    }

    @Test
    void timelineRefusesEventsFromThePast() {
        Timeline timeline = new Timeline();
        timeline.append(new TestEvents.Counted(10, 1, ""));
        assertThrows(IllegalArgumentException.class, () -> timeline.append(new TestEvents.Counted(9, 1, "")));
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        Timeline timeline = new Timeline();
        int[] heard = new int[1];
        timeline.addListener((i, e) -> {
            throw new IllegalStateException("boom");
        });
        timeline.addListener((i, e) -> heard[0]++);
        timeline.append(new TestEvents.Counted(1, 1, ""));
        timeline.append(new TestEvents.Counted(2, 1, ""));
        assertEquals(2, heard[0]);
        assertEquals(2, timeline.listenerFailures().size());
    }

    @Test
    void stepTargetsFindTheNeighbouringEventTimes() {
        Timeline timeline = new Timeline();
        timeline.append(new TestEvents.Counted(10, 1, ""));
        timeline.append(new TestEvents.Counted(10, 1, ""));
        timeline.append(new TestEvents.Counted(30, 1, ""));
        assertEquals(10, timeline.nextEventTimeAfter(0));
        assertEquals(30, timeline.nextEventTimeAfter(10));
        assertEquals(-1, timeline.nextEventTimeAfter(30));
        assertEquals(10, timeline.previousEventTimeBefore(30));
        assertEquals(-1, timeline.previousEventTimeBefore(10));
    }
}
