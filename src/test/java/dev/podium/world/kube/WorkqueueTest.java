package dev.podium.world.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.WorkqueueAdded;
import dev.podium.world.kube.event.WorkqueueDeduplicated;
import dev.podium.world.kube.event.WorkqueueRequeued;
import dev.podium.world.kube.informer.Workqueue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkqueueTest {
    private final Kernel kernel = new Kernel(1);
    private final List<WorldEvent> events = new ArrayList<>();
    private final Workqueue queue = new Workqueue("replicaset", kernel, events::add, () -> { });

    @Test
    void keyAddedTwiceWhileWaitingIsProcessedOnce() {
        queue.add("default/web");
        queue.add("default/web");
        assertEquals(1, queue.length());
        assertEquals("default/web", queue.get());
        queue.done("default/web");
        assertNull(queue.get());
        assertEquals(1, events.stream().filter(e -> e instanceof WorkqueueDeduplicated).count());
    }

    @Test
    void keyAddedWhileProcessingIsProcessedAgainAfterDone() {
        queue.add("default/web");
        String key = queue.get();
        queue.add("default/web");
        queue.add("default/web");
        assertNull(queue.get(), "never handed to a second worker while held");
        queue.done(key);
        assertEquals("default/web", queue.get());
        queue.done("default/web");
        assertNull(queue.get());
        assertEquals("afterDone", ((WorkqueueAdded) events.stream().filter(e -> e instanceof WorkqueueAdded)
                .reduce((a, b) -> b).get()).cause());
    }

    @Test
    void rateLimitedRequeuesBackOffExponentially() {
        long[] delays = new long[4];
        for (int i = 0; i < 4; i++) {
            queue.addRateLimited("k");
            delays[i] = ((WorkqueueRequeued) events.get(events.size() - 1)).delayNanos();
        }
        assertEquals(5_000_000L, delays[0]);
        assertEquals(10_000_000L, delays[1]);
        assertEquals(20_000_000L, delays[2]);
        assertEquals(40_000_000L, delays[3]);
        kernel.runUntil(4_999_999L);
        assertEquals(0, queue.length());
        kernel.runUntil(5_000_000L);
        assertEquals(1, queue.length(), "the earliest AddAfter wins");
        queue.forget("k");
        assertEquals(0, queue.numRequeues("k"));
    }

    @Test
    void bucketLimitsBurstsAcrossKeys() {
        long last = 0;
        for (int i = 0; i < 101; i++) {
            queue.addRateLimited("k" + i);
            last = ((WorkqueueRequeued) events.get(events.size() - 1)).delayNanos();
        }
        assertEquals(100_000_000L, last, "the 101st token waits 1/10 s");
    }
}
