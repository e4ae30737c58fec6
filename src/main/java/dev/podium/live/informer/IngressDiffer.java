package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Ingress changes: any new, changed or removed Ingress re-observes the traffic view's Services and Ingresses
 * ({@code ServicesObserved}) with every Ingress's rules. Shares the {@link TrafficTopology}.
 */
final class IngressDiffer implements KindDiffer<IngressRecord> {
    private final TrafficTopology topology;

    IngressDiffer(TrafficTopology topology) {
        this.topology = topology;
    }

    @Override
    public void added(IngressRecord now, List<LongFunction<WorldEvent>> out) {
        topology.putIngress(now);
        out.add(topology.observed());
    }

    @Override
    public void changed(IngressRecord before, IngressRecord now, List<LongFunction<WorldEvent>> out) {
        added(now, out);
    }

    @Override
    public void removed(IngressRecord before, List<LongFunction<WorldEvent>> out) {
        topology.removeIngress(before.key());
        out.add(topology.observed());
    }
}
