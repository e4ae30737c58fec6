package dev.podium.world.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.flow.ThrottleLog;
import dev.podium.world.kube.flow.event.ClientThrottled;
import dev.podium.world.kube.spec.KubeManifest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A built-in controller's writes go through its client's token bucket, and long waits are logged as client-go does. */
class ControllerThrottlingTest {
    private static final long SECOND = 1_000_000_000L;

    private static List<ClientThrottled> run(double qps, int burst, int replicas) {
        List<KubeManifest> m = new ArrayList<>(Fixtures.nodes(4));
        m.add(Fixtures.deployment("web", replicas, 10));
        Run r = new Run(1, KubeParams.defaults().withClientQps(qps, burst, 50, 100), m);
        r.runFor(60 * SECOND);
        return r.events.stream().filter(ClientThrottled.class::isInstance).map(ClientThrottled.class::cast)
                .toList();
    }

    @Test
    void replicaSetControllerCreatingSixtyPodsAtQps5WaitsAndSaysSo() {
        List<ClientThrottled> lines = run(5, 10, 60);
        assertFalse(lines.isEmpty(), "60 creates at 5 a second wait several seconds");
        assertTrue(lines.stream().anyMatch(t -> t.client().equals("replicaset")), lines.toString());
        for (ClientThrottled t : lines) {
            assertTrue(t.waitNanos() > ThrottleLog.LOGGED_WAIT_NANOS, t.toString());
            assertEquals(ThrottleLog.THROTTLING, t.reason());
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).client().equals(lines.get(i - 1).client())) {
                assertTrue(lines.get(i).timeNanos() - lines.get(i - 1).timeNanos() >= SECOND, "one a second");
            }
        }
    }

    @Test
    void theDefaultKcmLimitsLetTwentyPodsThroughWithoutALongWaitButNotSixty() {
        assertEquals(List.of(), run(20, 30, 20), "KCM 20/30: twenty creates fit in the burst");
        assertFalse(run(20, 30, 60).isEmpty(), "sixty do not: some create waits over a second");
    }
}
