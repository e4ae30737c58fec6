package dev.podium.world.kube.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.ServicesObserved;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Live mode's informers run on their own threads, so an EndpointSlice may arrive before its Service has been
 * observed: the slice must stay, and go only when a Service that was shown is removed.
 */
class LiveServicesFoldTest {

    static EndpointSliceUpdated slice(long t, String service) {
        return new EndpointSliceUpdated(t, service, "web-x", List.of("10.0.0.1"), List.of("n1"),
                List.of("10.0.0.1"), List.of("10.0.0.1"), List.of());
    }

    static ServicesObserved observed(long t, List<String> services) {
        return new ServicesObserved(t, services, services.stream().map(s -> "ClusterIP").toList(), List.of(),
                List.of());
    }

    @Test
    void aSliceThatArrivesBeforeItsServiceIsKept() {
        TrafficState s = new TrafficState();
        TrafficFold.apply(s, slice(1, "shop/web"));
        TrafficFold.apply(s, observed(2, List.of("data/db")));
        assertNotNull(s.slice("shop/web"), "the slice listed before the Service informer was lost");
        TrafficFold.apply(s, observed(3, List.of("data/db", "shop/web")));
        assertEquals("web-x", s.slice("shop/web").slice());
    }

    @Test
    void aRemovedServiceTakesItsSlicesAlong() {
        TrafficState s = new TrafficState();
        TrafficFold.apply(s, observed(1, List.of("data/db", "shop/web")));
        TrafficFold.apply(s, slice(2, "shop/web"));
        TrafficFold.apply(s, observed(3, List.of("data/db")));
        assertNull(s.slice("shop/web"));
    }
}
