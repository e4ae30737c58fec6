package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.event.ServiceCreated;
import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.IngressGone;
import dev.podium.world.kube.traffic.event.IngressObserved;
import dev.podium.world.kube.traffic.event.ServiceGone;
import dev.podium.world.kube.traffic.event.ServiceObserved;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * Services and Ingresses are diffed one object at a time: a change emits events about that object only, never a
 * snapshot of every Service or Ingress the cluster holds (which made a Service cost four times a pod).
 */
class TrafficDifferTest {

    private static List<WorldEvent> emit(java.util.function.Consumer<List<LongFunction<WorldEvent>>> differ) {
        List<LongFunction<WorldEvent>> out = new ArrayList<>();
        differ.accept(out);
        return out.stream().map(f -> f.apply(7)).filter(java.util.Objects::nonNull).toList(); // as the queue
    }

    private static ServiceRecord service(String key, String app, String type) {
        TreeMap<String, String> selector = new TreeMap<>();
        selector.put("app", app);
        return new ServiceRecord(key, selector, type);
    }

    @Test
    void aNewServiceNamesOnlyItselfHoweverManyAreWatched() {
        ServiceDiffer differ = new ServiceDiffer(new TrafficTopology());
        for (int i = 0; i < 50; i++) {
            ServiceRecord other = service("ns/svc-" + i, "svc-" + i, "ClusterIP");
            emit(out -> differ.added(other, out));
        }
        ServiceRecord web = service("ns/web", "web", "NodePort:30080");
        assertEquals(List.of(new ServiceCreated(7, "ns/web", new TreeMap<>(web.selector())),
                new ServiceObserved(7, "ns/web", "NodePort:30080")), emit(out -> differ.added(web, out)),
                "no slice yet: no empty slice or endpoints event (the Service starts with none)");
    }

    @Test
    void aServiceWhoseSliceCameFirstGetsItsEndpointsAndSlice() {
        TrafficTopology topology = new TrafficTopology();
        new EndpointSliceDiffer(topology).added(new EndpointSliceRecord("ns/web-abc", "web-abc", "ns/web",
                List.of("ns/web-1"), List.of("n1"), List.of("ns/web-1"), List.of("ns/web-1"), List.of()),
                new ArrayList<>());
        ServiceRecord web = service("ns/web", "web", "ClusterIP");
        assertEquals(List.of(new ServiceCreated(7, "ns/web", new TreeMap<>(web.selector())),
                new EndpointsChanged(7, "ns/web", List.of("ns/web-1"), List.of()),
                new ServiceObserved(7, "ns/web", "ClusterIP"),
                new EndpointSliceUpdated(7, "ns/web", "web-abc", List.of("ns/web-1"), List.of("n1"),
                        List.of("ns/web-1"), List.of("ns/web-1"), List.of())),
                emit(out -> new ServiceDiffer(topology).added(web, out)));
    }

    @Test
    void aServiceTypeChangeReobservesItAndARemovalIsItsOwnEvent() {
        ServiceDiffer differ = new ServiceDiffer(new TrafficTopology());
        ServiceRecord before = service("ns/web", "web", "ClusterIP");
        assertEquals(List.of(new ServiceObserved(7, "ns/web", "NodePort:30080")),
                emit(out -> differ.changed(before, service("ns/web", "web", "NodePort:30080"), out)));
        assertEquals(List.of(), emit(out -> differ.changed(before, service("ns/web", "web", "ClusterIP"), out)));
        assertEquals(List.of(new dev.podium.world.kube.event.ServiceDeleted(7, "ns/web"), new ServiceGone(7, "ns/web")),
                emit(out -> differ.removed(before, out)), "the cluster state's Service goes, and its traffic box");
    }

    @Test
    void anIngressCarriesOnlyItsOwnRules() {
        IngressDiffer differ = new IngressDiffer();
        IngressRecord shop = new IngressRecord("ns/shop", List.of("shop.example.com/ Prefix → ns/web:80"));
        emit(out -> differ.added(new IngressRecord("ns/other", List.of("a/ Prefix → ns/a:80")), out));
        assertEquals(List.of(new IngressObserved(7, "ns/shop", shop.routes())), emit(out -> differ.added(shop, out)));
        assertEquals(List.of(), emit(out -> differ.changed(shop, shop, out)));
        assertEquals(List.of(new IngressGone(7, "ns/shop")), emit(out -> differ.removed(shop, out)));
    }
}
