package dev.podium.world.kube.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.flow.event.ClientSampled;
import dev.podium.world.kube.flow.event.ClientThrottled;
import dev.podium.world.kube.flow.event.RequestRejected;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client's token bucket, its throttling log line, and its retries after 429. */
class FlowClientTest {
    private static final long SECOND = 1_000_000_000L;

    private final Kernel kernel = new Kernel(7);
    private final List<WorldEvent> events = new ArrayList<>();

    private <T> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void burstGoesAtOnceThenQpsAndLongWaitsAreLoggedAtMostOnceASecond() {
        ApfServer server = new ApfServer(kernel, 600, 50);
        FlowClient c = new FlowClient(kernel, events::add, server, new ClientSpec("op", 5, 10, 20, "GET",
                "/api/v1/pods", 0, 0, "workload-low"));
        c.setWorkers(20);
        kernel.runUntil(10 * SECOND);
        c.sample(10 * SECOND);
        ClientSampled s = all(ClientSampled.class).get(0);
        assertEquals(10 + 5 * 10, s.sent(), "10 at once (burst), then 5 a second for 10 s");
        List<ClientThrottled> lines = all(ClientThrottled.class);
        assertTrue(lines.size() >= 7 && lines.size() <= 9, "at most one line a second: " + lines.size());
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i).timeNanos() - lines.get(i - 1).timeNanos() >= SECOND);
        }
        assertEquals("GET:https://kubernetes.default.svc/api/v1/pods", lines.get(0).request());
        assertTrue(lines.get(lines.size() - 1).waitNanos() > 3 * SECOND, "20 workers at 5 qps wait about 4 s");
    }

    @Test
    void a429IsRetriedAfterRetryAfterUpToTenTimes() {
        ApfServer server = new ApfServer(kernel, 25, 1);
        FlowClient c = new FlowClient(kernel, events::add, server, new ClientSpec("op", 1000, 1000, 30, "LIST",
                "/api/v1/pods", 60 * SECOND, 0, "catch-all"));
        c.setWorkers(2);
        kernel.runUntil(50 * SECOND);
        List<RequestRejected> rejected = all(RequestRejected.class);
        for (int i = 0; i <= FlowClient.MAX_RETRIES; i++) {
            assertEquals(i, rejected.get(i).attempt(), "the first try, then retries 1 to 10: " + rejected.get(i));
        }
        assertEquals(0, rejected.get(11).attempt(), "after the tenth retry it gives up and sends its next request");
        for (int i = 1; i <= FlowClient.MAX_RETRIES; i++) {
            long gap = rejected.get(i).timeNanos() - rejected.get(i - 1).timeNanos();
            assertTrue(gap >= rejected.get(i - 1).retryAfterSeconds() * SECOND, "slept Retry-After: " + gap);
        }
        c.sample(SECOND);
        assertTrue(all(ClientSampled.class).get(0).failed() >= 1);
    }
}
