package dev.podium.world.kube.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.flow.event.ClientThrottled;
import dev.podium.world.kube.flow.event.LeaderStopped;
import dev.podium.world.kube.flow.event.LeaseAcquired;
import dev.podium.world.kube.flow.event.LeaseRenewed;
import org.junit.jupiter.api.Test;

/** The client side's fold: the Lease as the events leave it, kept lines bounded, copies independent. */
class FlowFoldTest {

    @Test
    void theLeaseFollowsAcquireRenewKillAndTakeover() {
        FlowState s = new FlowState();
        FlowFold.apply(s, new LeaseAcquired(0, "op", "op-0", "", -1, 0));
        assertNull(s.takeover(), "a free Lease taken is no takeover");
        FlowFold.apply(s, new LeaseRenewed(2, "op", "op-0"));
        FlowFold.apply(s, new LeaderStopped(3, "op", "op-0", "killed", true));
        FlowState before = s.copy();
        FlowFold.apply(s, new LeaseAcquired(20, "op", "op-1", "op-0", 2, 1));
        assertEquals("op-1", s.holder());
        assertEquals(20, s.renewNanos());
        assertEquals(1, s.transitions());
        assertEquals(2, s.takeover().previousRenewNanos());
        assertTrue(s.stopped("op-0"));
        assertEquals("op-0", before.holder(), "a copy does not see later events");
        assertNull(before.takeover());
    }

    @Test
    void onlyTheLatestLogLinesAreKeptAndEachClientsLastIsRemembered() {
        FlowState s = new FlowState();
        for (int i = 0; i < FlowState.LINES + 5; i++) {
            FlowFold.apply(s, new ClientThrottled(i, i % 2 == 0 ? "a" : "b", 1_500_000_000L, "r", "GET:/x", 1));
        }
        assertEquals(FlowState.LINES, s.throttled().size());
        assertEquals(FlowState.LINES + 4, s.throttled().get(FlowState.LINES - 1).timeNanos());
        assertEquals(FlowState.LINES + 4, s.lastThrottled("a").timeNanos());
        assertEquals(FlowState.LINES + 3, s.lastThrottled("b").timeNanos());
    }
}
