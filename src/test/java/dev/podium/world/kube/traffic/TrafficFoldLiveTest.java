package dev.podium.world.kube.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.IngressGone;
import dev.podium.world.kube.traffic.event.IngressObserved;
import dev.podium.world.kube.traffic.event.ServiceGone;
import dev.podium.world.kube.traffic.event.ServiceObserved;
import dev.podium.world.kube.traffic.event.ServicesObserved;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Live Services and Ingresses fold one object at a time into the same lists the traffic view reads, a copy
 * (checkpoint) never sees later changes, and the snapshots older live recordings carry still fold.
 */
class TrafficFoldLiveTest {

    private static EndpointSliceUpdated slice(String service) {
        return new EndpointSliceUpdated(3, service, "s", List.of("ns/p"), List.of("n"), List.of("ns/p"),
                List.of("ns/p"), List.of());
    }

    @Test
    void servicesAndIngressesFoldOneAtATime() {
        TrafficState s = new TrafficState();
        TrafficFold.apply(s, slice("ns/web"));
        TrafficFold.apply(s, new ServiceObserved(1, "ns/web", "NodePort:30080"));
        TrafficFold.apply(s, new ServiceObserved(2, "ns/api", "ClusterIP"));
        TrafficFold.apply(s, slice("ns/api"));
        TrafficFold.apply(s, new IngressObserved(4, "ns/shop", List.of("shop/ Prefix → ns/web:80")));
        TrafficFold.apply(s, new IngressObserved(5, "ns/admin", List.of("admin/ Prefix → ns/api:8080")));
        assertTrue(s.started());
        assertEquals("live", s.proxyMode());
        assertEquals(List.of("ns/api", "ns/web"), s.services());
        assertEquals("ns/web", s.slice("ns/web").service(), "a slice listed before its Service stays");
        assertEquals("NodePort:30080", s.serviceType("ns/web"));
        assertEquals("ClusterIP", s.serviceType("ns/api"));
        assertEquals(List.of("ns/admin", "ns/shop"), s.ingresses());
        assertEquals(List.of("admin/ Prefix → ns/api:8080", "shop/ Prefix → ns/web:80"), s.routes());

        TrafficState checkpoint = s.copy();
        TrafficFold.apply(s, new ServiceGone(6, "ns/api"));
        TrafficFold.apply(s, new ServiceObserved(7, "ns/web", "LoadBalancer:31000"));
        TrafficFold.apply(s, new IngressGone(8, "ns/admin"));
        assertEquals(List.of("ns/web"), s.services());
        assertEquals("LoadBalancer:31000", s.serviceType("ns/web"));
        assertNull(s.slice("ns/api"), "a removed Service's slice goes with it");
        assertEquals(List.of("shop/ Prefix → ns/web:80"), s.routes());

        assertEquals(List.of("ns/api", "ns/web"), checkpoint.services());
        assertEquals("NodePort:30080", checkpoint.serviceType("ns/web"));
        assertEquals(List.of("ns/admin", "ns/shop"), checkpoint.ingresses());
        assertEquals("ns/api", checkpoint.slice("ns/api").service());
    }

    @Test
    void olderRecordingsSnapshotsStillFold() {
        TrafficState s = new TrafficState();
        TrafficFold.apply(s, new ServicesObserved(1, List.of("ns/web"), List.of("NodePort:30080"), List.of("ns/shop"),
                List.of("shop/ Prefix → ns/web:80")));
        assertEquals(List.of("ns/web"), s.services());
        assertEquals("NodePort:30080", s.serviceType("ns/web"));
        assertEquals(List.of("shop/ Prefix → ns/web:80"), s.routes());
    }
}
