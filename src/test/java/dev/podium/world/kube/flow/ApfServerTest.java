package dev.podium.world.kube.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.engine.Kernel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API Priority and Fairness: seats by shares, shuffle-sharded queues, 429 when a flow's queues are full. */
class ApfServerTest {
    private static final long MS = 1_000_000L;

    @Test
    void seatsAreTheLevelsShareOfTheTotalRoundedUp() {
        assertEquals(245, PriorityLevel.named("workload-low").seats(600), "ceil(600 × 100 / 245)");
        assertEquals(11, PriorityLevel.named("workload-low").seats(25));
        assertEquals(25, PriorityLevel.named("leader-election").seats(600));
    }

    @Test
    void aFlowThatFillsItsHandIsRejectedWhileAnotherFlowIsStillQueuedAndServed() {
        Kernel kernel = new Kernel(1);
        ApfServer server = new ApfServer(kernel, 25, 2);
        List<Integer> flood = new ArrayList<>();
        long[] retryAfter = {0};
        for (int i = 0; i < 11 + 6 * 2 + 3; i++) {
            server.submit("workload-low", "flood", 100 * MS, (status, ra) -> {
                flood.add(status);
                retryAfter[0] = Math.max(retryAfter[0], ra);
            });
        }
        assertEquals(3, flood.size(), "11 seats, 6 queues of 2; the last 3 are answered at once");
        flood.forEach(s -> assertEquals(429, s));
        assertEquals(1, retryAfter[0], "Retry-After: 1 at first");
        List<Long> quiet = new ArrayList<>();
        server.submit("workload-low", "quiet", 100 * MS, (status, ra) -> {
            assertEquals(200, status);
            quiet.add(kernel.now());
        });
        kernel.runUntil(10_000 * MS);
        assertEquals(1, quiet.size(), "the other flow was queued in its own hand, not rejected");
        assertTrue(quiet.get(0) <= 200 * MS, "fair queuing serves it in the first rounds: " + quiet.get(0));
        assertEquals(3 + 23, flood.size(), "every accepted flood request is answered");
    }

    @Test
    void catchAllHasNoQueuesAndRejectsAtOnceWhenItsSeatIsBusy() {
        Kernel kernel = new Kernel(1);
        ApfServer server = new ApfServer(kernel, 49, 50);
        List<Integer> answers = new ArrayList<>();
        server.submit("catch-all", "a", 100 * MS, (status, ra) -> answers.add(status));
        server.submit("catch-all", "a", 100 * MS, (status, ra) -> answers.add(status));
        assertEquals(List.of(429), answers, "catch-all: 1 seat out of 49, no queue");
        kernel.runUntil(1_000 * MS);
        assertEquals(List.of(429, 200), answers);
    }
}
