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
import java.util.List;
import java.util.function.LongFunction;
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
        queue.publish(List.of(t -> new PodDeleted(t, "ns/c", "")));
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
}
