package dev.podium.live.informer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** A Service's EndpointSlices merge into its events, in slice-key order, as slices come and go. */
class EndpointSliceDifferTest {

    private final EndpointSliceDiffer differ = new EndpointSliceDiffer(new TrafficTopology());

    @Test
    void slicesOfOneServiceMergeAndSplitAgain() {
        EndpointSliceRecord a = slice("shop/web-a", List.of("shop/web-1", "shop/web-2"), List.of("shop/web-1"));
        EndpointSliceRecord b = slice("shop/web-b", List.of("shop/web-3"), List.of("shop/web-3"));

        List<WorldEvent> one = added(a);
        assertEquals(new EndpointSliceUpdated(1, "shop/web", "web-a", List.of("shop/web-1", "shop/web-2"),
                List.of("n1", "n1"), List.of("shop/web-1"), List.of("shop/web-1"), List.of()), one.get(0));
        assertEquals(new EndpointsChanged(1, "shop/web", List.of("shop/web-1"), List.of("shop/web-2")), one.get(1));

        List<WorldEvent> both = added(b);
        assertEquals(new EndpointSliceUpdated(1, "shop/web", "web-a,web-b", List.of("shop/web-1", "shop/web-2",
                "shop/web-3"), List.of("n1", "n1", "n1"), List.of("shop/web-1", "shop/web-3"),
                List.of("shop/web-1", "shop/web-3"), List.of()), both.get(0));
        assertEquals(new EndpointsChanged(1, "shop/web", List.of("shop/web-1", "shop/web-3"),
                List.of("shop/web-2")), both.get(1));

        List<WorldEvent> onlyB = removed(a);
        assertEquals(new EndpointsChanged(1, "shop/web", List.of("shop/web-3"), List.of()), onlyB.get(1));
        EndpointSliceUpdated single = (EndpointSliceUpdated) onlyB.get(0);
        assertEquals("web-b", single.slice());
        assertSame(b.endpoints(), single.endpoints(), "a Service's only slice lends the event its lists");
        assertSame(b.endpoints(), single.ready(), "all ready: the ready list is the endpoints list");

        List<WorldEvent> none = removed(b);
        assertEquals(new EndpointsChanged(1, "shop/web", List.of(), List.of()), none.get(1));
        assertEquals("", ((EndpointSliceUpdated) none.get(0)).slice());
    }

    private List<WorldEvent> added(EndpointSliceRecord r) {
        List<LongFunction<WorldEvent>> out = new ArrayList<>();
        differ.added(r, out);
        return out.stream().map(f -> f.apply(1)).toList();
    }

    private List<WorldEvent> removed(EndpointSliceRecord r) {
        List<LongFunction<WorldEvent>> out = new ArrayList<>();
        differ.removed(r, out);
        return out.stream().map(f -> f.apply(1)).toList();
    }

    private static EndpointSliceRecord slice(String key, List<String> endpoints, List<String> ready) {
        return new EndpointSliceRecord(key, key.substring(key.indexOf('/') + 1), "shop/web", endpoints,
                endpoints.stream().map(e -> "n1").toList(), ready,
                ready, List.of());
    }
}
