package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.live.MutableClock;
import dev.podium.timeline.Timeline;
import dev.podium.world.kube.event.KubeEvent;
import dev.podium.world.kube.event.PodDeleted;
import dev.podium.world.kube.event.WatchEventDelivered;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** The hand-off queue: times from the injected clock, never decreasing; samples dropped past the bound. */
class LiveEventQueueTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T00:00:00Z"));

    @Test
    void eventsAreStampedWithNanosSinceTheStartAndNeverGoBack() {
        LiveEventQueue queue = new LiveEventQueue(clock, 10);
        clock.advance(Duration.ofMillis(5));
        queue.publish(List.of(t -> new PodDeleted(t, "ns/a", ""), t -> new PodDeleted(t, "ns/b", "")));
        clock.advance(Duration.ofMillis(-3)); // a clock stepping back does not reorder the stream
        queue.publish(List.of(t -> null, t -> new PodDeleted(t, "ns/c", ""))); // null: nothing to publish
        Timeline timeline = new Timeline();
        assertEquals(2, queue.drain(timeline, 2));
        assertEquals(1, queue.drain(timeline, 100));
        assertEquals(List.of(5_000_000L, 5_000_000L, 5_000_000L), timeline.events().stream()
                .map(e -> e.timeNanos()).toList());
    }

    @Test
    void pastTheBoundSamplesAreDroppedButStateEventsAreKept() {
        LiveEventQueue queue = new LiveEventQueue(clock, 2);
        LongFunction<WorldEvent> sample = t -> new WatchEventDelivered(t, "podium/pods", "Pod", "ns/a", "ADDED", 1);
        LongFunction<WorldEvent> state = t -> new PodDeleted(t, "ns/a", "");
        queue.publish(List.of(sample, state, sample, state, state));
        assertEquals(4, queue.backlog());
        assertEquals(1, queue.droppedSamples());
    }

    @Test
    void aBudgetedDrainStopsAfterTheChunkThatSpentTheBudgetAndKeepsOrderAndEveryEvent() {
        LiveEventQueue queue = new LiveEventQueue(clock, 10);
        int total = 10 * LiveEventQueue.CHUNK + 7;
        List<LongFunction<WorldEvent>> events = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String pod = "ns/p" + i;
            events.add(t -> new PodDeleted(t, pod, ""));
        }
        queue.publish(events);
        Timeline timeline = new Timeline();
        // A clock that runs one "millisecond" per look: a 2.5 ms budget is spent after the third chunk.
        long[] cpu = {0};
        LongSupplier ticking = () -> cpu[0]++ * 1_000_000L;
        List<Integer> moves = new ArrayList<>();
        int moved;
        while ((moved = queue.drain(timeline, 1_000, ticking, 2_500_000L)) > 0) {
            moves.add(moved);
        }
        assertEquals(3 * LiveEventQueue.CHUNK, moves.get(0), "the budget stops the drain after three chunks");
        assertEquals(total, timeline.size(), "nothing is lost");
        assertEquals(0, queue.backlog());
        for (int i = 0; i < total; i++) {
            assertEquals("ns/p" + i, ((PodDeleted) timeline.get(i)).pod(), "order kept at " + i);
        }
    }

    @Test
    void aSpentBudgetStillMovesOneChunkAndTheCountBoundStillHolds() {
        LiveEventQueue queue = new LiveEventQueue(clock, 10);
        List<LongFunction<WorldEvent>> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(t -> new PodDeleted(t, "ns/a", ""));
        }
        queue.publish(events);
        Timeline timeline = new Timeline();
        assertEquals(LiveEventQueue.CHUNK, queue.drain(timeline, 1_000, () -> 0, 0), "progress even with no budget");
        assertEquals(100, queue.drain(timeline, 100, () -> 0, Long.MAX_VALUE), "never more than asked");
        assertEquals(500 - LiveEventQueue.CHUNK - 100, queue.drain(timeline, 1_000, () -> 0, Long.MAX_VALUE));
        assertEquals(500, timeline.size());
    }
}
