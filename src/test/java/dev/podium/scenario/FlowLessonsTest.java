package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.flow.ThrottleLog;
import dev.podium.world.kube.flow.event.ClientSampled;
import dev.podium.world.kube.flow.event.ClientThrottled;
import dev.podium.world.kube.flow.event.LeaderReconciled;
import dev.podium.world.kube.flow.event.LeaderStopped;
import dev.podium.world.kube.flow.event.LeaseAcquired;
import dev.podium.world.kube.flow.event.LeaseRenewed;
import dev.podium.world.kube.flow.event.PriorityLevelSampled;
import dev.podium.world.kube.flow.event.RequestRejected;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the client-side lessons (throttling, API Priority and Fairness, leader election) and checks their claims. */
class FlowLessonsTest {
    private static final long SECOND = 1_000_000_000L;

    private static List<WorldEvent> run(String file) throws Exception {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.loadBuiltIn(file));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems(), file);
        return run.timeline().events();
    }

    private static <T> List<T> all(List<WorldEvent> events, Class<T> type) {
        List<T> out = new ArrayList<>();
        events.stream().filter(type::isInstance).forEach(e -> out.add(type.cast(e)));
        return out;
    }

    private static long served(List<WorldEvent> events, String client, long fromNanos) {
        return all(events, ClientSampled.class).stream().filter(c -> c.client().equals(client)
                && c.timeNanos() > fromNanos).mapToLong(ClientSampled::served).sum();
    }

    @Test
    void qps5OperatorAndReplicaSetControllerWaitInTheirOwnBucketsAndTheServerRejectsNothing() throws Exception {
        List<WorldEvent> events = run("client-side-throttling.yaml");
        List<ClientThrottled> all = all(events, ClientThrottled.class);
        List<ClientThrottled> lines = all.stream().filter(t -> !t.client().equals("replicaset")).toList();
        assertFalse(lines.isEmpty(), "client-go logs the waits");
        assertTrue(all.stream().anyMatch(t -> t.client().equals("replicaset") && t.timeNanos() > 35 * SECOND),
                "the ReplicaSet controller at QPS 5 waits to create 58 pods");
        assertTrue(all.stream().noneMatch(t -> t.client().equals("replicaset") && t.timeNanos() < 35 * SECOND));
        for (ClientThrottled t : lines) {
            assertEquals("db-operator", t.client(), "only the flooding client waits: " + t);
            assertTrue(t.timeNanos() > 10 * SECOND, "only after the flood starts: " + t);
            assertEquals(ThrottleLog.THROTTLING, t.reason());
            assertTrue(t.request().startsWith("GET:https://"), t.request());
        }
        ClientThrottled late = lines.get(lines.size() - 1);
        assertTrue(late.waitNanos() > 1_000_000_000L && late.waitNanos() < 1_300_000_000L,
                "eight workers at five tokens a second, 0.4 s at the server, wait about 1.2 s: " + late.waitNanos());
        assertTrue(all(events, RequestRejected.class).isEmpty(), "the API server rejects nothing");
        long opServed = served(events, "db-operator", 20 * SECOND);
        assertTrue(opServed >= 5 * 39 && opServed <= 5 * 41, "the bucket passes 5 a second: " + opServed);
    }

    @Test
    void qps50FloodGets429WithGrowingRetryAfterWhileTheOtherFlowIsServed() throws Exception {
        List<WorldEvent> events = run("client-side-throttling-qps50.yaml");
        List<RequestRejected> rejected = all(events, RequestRejected.class);
        assertFalse(rejected.isEmpty(), "the flood meets 429");
        rejected.forEach(r -> assertEquals("db-operator", r.client(), r.toString()));
        rejected.forEach(r -> assertEquals("workload-low", r.level()));
        assertTrue(rejected.stream().anyMatch(r -> r.retryAfterSeconds() > 1), "Retry-After grows under drops");
        assertTrue(rejected.stream().anyMatch(r -> r.attempt() > 0), "the client retries after Retry-After");
        PriorityLevelSampled low = all(events, PriorityLevelSampled.class).stream()
                .filter(p -> p.level().equals("workload-low") && p.timeNanos() == 30 * SECOND).findFirst()
                .orElseThrow();
        assertEquals(11, low.seats());
        assertEquals(11, low.seatsInUse(), "the level's seats are all busy");
        long webServed = served(events, "web-controller", 15 * SECOND);
        assertTrue(webServed >= 25, "the other flow keeps being served: " + webServed);
        assertTrue(all(events, ClientThrottled.class).stream().noneMatch(t -> t.timeNanos() < 10 * SECOND));
    }

    @Test
    void nothingIsReconciledBetweenTheKillAndTheTakeoverWhichWaitsForTheLease() throws Exception {
        List<WorldEvent> events = run("leader-election.yaml");
        List<LeaseAcquired> acquired = all(events, LeaseAcquired.class);
        assertEquals(2, acquired.size(), acquired.toString());
        LeaseAcquired first = acquired.get(0);
        LeaseAcquired takeover = acquired.get(1);
        assertEquals("db-operator-0", first.holder());
        assertEquals("db-operator-1", takeover.holder());
        assertEquals("db-operator-0", takeover.previousHolder());
        assertEquals(1, takeover.transitions());
        LeaderStopped kill = all(events, LeaderStopped.class).get(0);
        assertEquals(30 * SECOND, kill.timeNanos());
        assertEquals("db-operator-0", kill.candidate());
        long lastRenew = all(events, LeaseRenewed.class).stream().filter(r -> r.timeNanos() <= kill.timeNanos())
                .mapToLong(LeaseRenewed::timeNanos).max().orElseThrow();
        assertEquals(lastRenew, takeover.previousRenewNanos());
        assertTrue(takeover.timeNanos() >= lastRenew + 15 * SECOND,
                "takeover " + takeover.timeNanos() + " at least leaseDuration after the last renew " + lastRenew);
        List<LeaderReconciled> between = all(events, LeaderReconciled.class).stream()
                .filter(r -> r.timeNanos() > kill.timeNanos() && r.timeNanos() < takeover.timeNanos()).toList();
        assertEquals(List.of(), between, "nothing reconciled between kill and takeover");
        assertTrue(all(events, LeaderReconciled.class).stream().anyMatch(r -> r.holder().equals("db-operator-1")
                && r.timeNanos() >= takeover.timeNanos()), "the new leader reconciles");
        assertTrue(all(events, LeaseRenewed.class).stream().noneMatch(r -> r.holder().equals("db-operator-1")
                && r.timeNanos() < takeover.timeNanos()));
    }
}
