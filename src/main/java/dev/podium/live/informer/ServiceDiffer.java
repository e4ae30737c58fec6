package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ServiceCreated;
import dev.podium.world.kube.event.ServiceDeleted;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Service changes: a new Service is {@code ServiceCreated} (the cluster state's Service, with its selector) and its
 * endpoints so far, and the traffic view's boxes ({@code ServicesObserved}) and merged slice; a changed selector
 * recreates it; a changed type re-observes the boxes; a removed one is {@code ServiceDeleted} and leaves the boxes. Shares the
 * {@link TrafficTopology}. Called on the Service informer's thread.
 */
final class ServiceDiffer implements KindDiffer<ServiceRecord> {
    private final TrafficTopology topology;

    ServiceDiffer(TrafficTopology topology) {
        this.topology = topology;
    }

    @Override
    public void added(ServiceRecord now, List<LongFunction<WorldEvent>> out) {
        topology.putService(now);
        out.add(t -> new ServiceCreated(t, now.key(), now.selector()));
        out.add(topology.endpoints(now.key()));
        out.add(topology.observed());
        out.add(topology.slice(now.key()));
    }

    @Override
    public void changed(ServiceRecord before, ServiceRecord now, List<LongFunction<WorldEvent>> out) {
        topology.putService(now);
        if (!before.selector().equals(now.selector())) {
            out.add(t -> new ServiceCreated(t, now.key(), now.selector()));
            out.add(topology.endpoints(now.key()));
        }
        if (!before.type().equals(now.type())) {
            out.add(topology.observed());
        }
    }

    @Override
    public void removed(ServiceRecord before, List<LongFunction<WorldEvent>> out) {
        topology.removeService(before.key());
        out.add(t -> new ServiceDeleted(t, before.key()));
        out.add(topology.observed());
    }
}
