package dev.podium.world.kube.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.flow.event.LeaseAcquired;
import dev.podium.world.kube.flow.event.LeaseRenewed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leader election: one leader renewing every retryPeriod; a takeover only after the Lease expired. */
class LeaderElectionTest {
    private static final long SECOND = 1_000_000_000L;

    private static List<WorldEvent> run(long seed, long killAtNanos, long untilNanos) {
        Kernel kernel = new Kernel(seed);
        List<WorldEvent> events = new ArrayList<>();
        LeaderElection e = new LeaderElection(kernel, events::add, new LeaseSpec("op", 3, 15 * SECOND, 10 * SECOND,
                2 * SECOND, SECOND));
        e.start();
        kernel.runUntil(killAtNanos);
        e.killLeader();
        kernel.runUntil(untilNanos);
        return events;
    }

    @Test
    void theLeaderRenewsEveryRetryPeriodAndOnlyOneCandidateLeads() {
        List<WorldEvent> events = run(1, 60 * SECOND, 60 * SECOND);
        List<LeaseAcquired> acquired = events.stream().filter(LeaseAcquired.class::isInstance)
                .map(LeaseAcquired.class::cast).toList();
        assertEquals(1, acquired.size(), "three candidates, one leader");
        List<Long> renews = events.stream().filter(LeaseRenewed.class::isInstance)
                .map(x -> ((LeaseRenewed) x).timeNanos()).toList();
        for (int i = 1; i < renews.size(); i++) {
            assertEquals(2 * SECOND, renews.get(i) - renews.get(i - 1));
        }
    }

    @Test
    void takeoverComesAtLeastLeaseDurationAfterTheLastRenewForEverySeed() {
        for (long seed = 1; seed <= 20; seed++) {
            List<WorldEvent> events = run(seed, 31 * SECOND, 80 * SECOND);
            List<LeaseAcquired> acquired = events.stream().filter(LeaseAcquired.class::isInstance)
                    .map(LeaseAcquired.class::cast).toList();
            assertEquals(2, acquired.size(), "seed " + seed);
            LeaseAcquired takeover = acquired.get(1);
            long gap = takeover.timeNanos() - takeover.previousRenewNanos();
            assertTrue(gap >= 15 * SECOND && gap < 15 * SECOND + 2 * SECOND + 2_400_000_000L + SECOND,
                    "seed " + seed + ": gap " + gap);
        }
    }

    @Test
    void killingWithNoLeaderKillsNobody() {
        Kernel kernel = new Kernel(1);
        LeaderElection e = new LeaderElection(kernel, x -> { }, LeaseSpec.defaults("op"));
        assertNull(e.killLeader());
    }
}
