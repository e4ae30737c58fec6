package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import java.util.List;
import java.util.function.LongFunction;

/**
 * EndpointSlice changes: the Service's slices merged become one {@code EndpointSliceUpdated} (the traffic view's
 * endpoints with their ready, serving and terminating conditions) and one {@code EndpointsChanged} (which pods the
 * cluster state counts as ready endpoints). A slice without the service-name label belongs to no Service we show and
 * is skipped. Shares the {@link TrafficTopology}.
 */
final class EndpointSliceDiffer implements KindDiffer<EndpointSliceRecord> {
    private final TrafficTopology topology;

    EndpointSliceDiffer(TrafficTopology topology) {
        this.topology = topology;
    }

    @Override
    public void added(EndpointSliceRecord now, List<LongFunction<WorldEvent>> out) {
        if (!now.service().isEmpty()) {
            topology.putSlice(now);
            publish(now.service(), out);
        }
    }

    @Override
    public void changed(EndpointSliceRecord before, EndpointSliceRecord now, List<LongFunction<WorldEvent>> out) {
        if (!before.service().equals(now.service())) {
            removed(before, out);
        }
        added(now, out);
    }

    @Override
    public void removed(EndpointSliceRecord before, List<LongFunction<WorldEvent>> out) {
        if (!before.service().isEmpty()) {
            topology.removeSlice(before);
            publish(before.service(), out);
        }
    }

    private void publish(String service, List<LongFunction<WorldEvent>> out) {
        out.add(topology.slice(service));
        out.add(topology.endpoints(service));
    }
}
