package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.ServiceCreated;
import dev.podium.world.kube.event.ServiceDeleted;
import dev.podium.world.kube.traffic.event.ServiceGone;
import dev.podium.world.kube.traffic.event.ServiceObserved;
import java.util.List;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Service changes, one object at a time: a new Service is {@code ServiceCreated} (the cluster state's Service, with its
 * selector) and its endpoints so far, its traffic-view box ({@code ServiceObserved}) and merged slice (these two
 * only if it has slices already: it starts with no endpoints, and each slice publishes itself); a changed selector
 * recreates it; a changed type re-observes its box; a removed one is {@code ServiceDeleted} (the cluster
 * state's) and {@code ServiceGone} (its box). Never a snapshot of all Services, so each costs the same however many
 * the cluster holds. Reads the {@link TrafficTopology}'s slices.
 */
final class ServiceDiffer implements KindDiffer<ServiceRecord> {
    private final TrafficTopology topology;

    ServiceDiffer(TrafficTopology topology) {
        this.topology = topology;
    }

    @Override
    public void added(ServiceRecord now, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new ServiceCreated(t, now.key(), new TreeMap<>(now.selector())));
        out.add(topology.endpointsIfAny(now.key()));
        out.add(t -> new ServiceObserved(t, now.key(), now.type()));
        out.add(topology.sliceIfAny(now.key()));
    }

    @Override
    public void changed(ServiceRecord before, ServiceRecord now, List<LongFunction<WorldEvent>> out) {
        if (!before.selector().equals(now.selector())) {
            out.add(t -> new ServiceCreated(t, now.key(), new TreeMap<>(now.selector())));
            out.add(topology.endpointsIfAny(now.key()));
        }
        if (!before.type().equals(now.type())) {
            out.add(t -> new ServiceObserved(t, now.key(), now.type()));
        }
    }

    @Override
    public void removed(ServiceRecord before, List<LongFunction<WorldEvent>> out) {
        out.add(t -> new ServiceDeleted(t, before.key()));
        out.add(t -> new ServiceGone(t, before.key()));
    }
}
