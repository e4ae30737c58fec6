package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ServiceDeleted;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** A Service removed from a live cluster is a ServiceDeleted, as in a simulation. */
class ServiceDifferTest {

    @Test
    void aRemovedServiceIsServiceDeleted() {
        ServiceDiffer differ = new ServiceDiffer(new TrafficTopology());
        ServiceRecord web = new ServiceRecord("default/web", new TreeMap<>(java.util.Map.of("app", "web")),
                "ClusterIP");
        differ.added(web, new ArrayList<>());
        List<LongFunction<WorldEvent>> out = new ArrayList<>();
        differ.removed(web, out);
        List<WorldEvent> events = out.stream().map(f -> f.apply(7L)).filter(e -> e != null).toList();
        assertTrue(events.contains(new ServiceDeleted(7L, "default/web")), events::toString);
        assertEquals(ServiceDeleted.class, events.get(0).getClass());
    }
}
