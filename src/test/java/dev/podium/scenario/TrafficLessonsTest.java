package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.PreStopHookFinished;
import dev.podium.world.kube.traffic.event.ProxyRulesSynced;
import dev.podium.world.kube.traffic.event.RequestSampled;
import dev.podium.world.kube.traffic.event.TrafficSampled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the traffic lessons to their end and checks what their narration claims. */
class TrafficLessonsTest {
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

    private static long totalErrors(List<WorldEvent> events, String service) {
        return all(events, TrafficSampled.class).stream().filter(t -> t.service().equals(service))
                .mapToLong(TrafficSampled::errors).sum();
    }

    @Test
    void rollingUpdateWithoutPreStopRefusesConnectionsToTerminatingPods() throws Exception {
        List<WorldEvent> events = run("rolling-update-502s.yaml");
        long errors = totalErrors(events, "default/web");
        assertTrue(errors > 0, "expected 502s during the rollout");
        List<RequestSampled> failed = all(events, RequestSampled.class).stream().filter(r -> r.status() != 200)
                .toList();
        assertFalse(failed.isEmpty());
        for (RequestSampled r : failed) {
            assertEquals(502, r.status(), r.toString());
            assertEquals("connectionRefused", r.reason());
            assertTrue(r.timeNanos() > 20 * SECOND, "errors only after the image changes: " + r);
        }
        assertTrue(all(events, PreStopHookFinished.class).isEmpty());
    }

    @Test
    void rollingUpdateWithPreStopSleepDropsNothing() throws Exception {
        List<WorldEvent> events = run("rolling-update-prestop.yaml");
        assertEquals(0, totalErrors(events, "default/web"));
        long requests = all(events, TrafficSampled.class).stream().mapToLong(TrafficSampled::requests).sum();
        assertTrue(requests > 10_000, "the client ran: " + requests);
        List<PreStopHookFinished> hooks = all(events, PreStopHookFinished.class);
        assertEquals(4, hooks.size(), "one hook per replaced pod");
        hooks.forEach(h -> assertEquals(5 * SECOND, h.elapsedNanos()));
        hooks.forEach(h -> assertEquals(25 * SECOND, h.remainingGraceNanos()));
    }

    @Test
    void terminatingEndpointIsNotReadyAndLeavesEveryNodesRules() throws Exception {
        List<WorldEvent> events = run("rolling-update-prestop.yaml");
        EndpointSliceUpdated terminatingSlice = all(events, EndpointSliceUpdated.class).stream()
                .filter(s -> !s.terminating().isEmpty()).findFirst().orElseThrow();
        String pod = terminatingSlice.terminating().get(0);
        assertTrue(terminatingSlice.endpoints().contains(pod));
        assertFalse(terminatingSlice.ready().contains(pod), "a terminating endpoint is never ready");
        long removedFrom = all(events, ProxyRulesSynced.class).stream()
                .filter(p -> p.timeNanos() > terminatingSlice.timeNanos() && !p.endpoints().contains(pod))
                .map(ProxyRulesSynced::node).distinct().count();
        assertEquals(3, removedFrom, "all three nodes' kube-proxies drop it");
    }

    @Test
    void ingressRoutesByHostAndPath() throws Exception {
        List<WorldEvent> events = run("service-ingress-routing.yaml");
        List<RequestSampled> sampled = all(events, RequestSampled.class);
        for (RequestSampled r : sampled) {
            String url = r.host() + r.path();
            switch (url) {
                case "shop.example.com/apidocs", "shop.example.com/" -> {
                    assertEquals("default/nginx-service", r.service(), r.toString());
                }
                case "shop.example.com/api/orders", "admin.example.com/status" -> {
                    assertEquals("default/api-service", r.service(), r.toString());
                }
                case "admin.example.com/status/db" -> assertEquals(404, r.status(), r.toString());
                default -> throw new AssertionError(url);
            }
        }
        assertTrue(sampled.stream().anyMatch(r -> r.status() == 200 && r.pod().startsWith("default/nginx-")));
        assertTrue(sampled.stream().anyMatch(r -> r.status() == 503 && r.timeNanos() > 55 * SECOND
                && r.timeNanos() < 80 * SECOND), "no ready nginx endpoint while readiness fails");
        assertTrue(sampled.stream().noneMatch(r -> r.status() == 503 && r.timeNanos() > 100 * SECOND),
                "back after readiness passes again");
    }

    @Test
    void sameSeedGivesTheSameTraffic() throws Exception {
        List<WorldEvent> a = run("rolling-update-502s.yaml");
        List<WorldEvent> b = run("rolling-update-502s.yaml");
        assertEquals(all(a, RequestSampled.class), all(b, RequestSampled.class));
        assertEquals(all(a, TrafficSampled.class), all(b, TrafficSampled.class));
    }
}
