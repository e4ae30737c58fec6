package dev.podium.live.informer;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.event.EndpointsChanged;
import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The EndpointSlices of a live cluster by Service, shared by the Service and EndpointSlice differs: what the views
 * need of them is each Service's endpoints merged over its slices. A Service with no slice yet costs no slice or
 * endpoints event ({@link #sliceIfAny}). The events it hands out read this state when the
 * queue stamps them, under the queue's lock, so whichever informer thread publishes last, the newest stamp carries the
 * newest state. Services and Ingresses need no shared state: each change is one event of its own object.
 *
 * <p>Thread-safe: the informers' handler threads change it, the queue's stamping reads it.
 */
final class TrafficTopology {

    /**
     * Service → its slices: the slice itself when it has one (the usual case, which spares a map per Service), else
     * slice key → slice.
     */
    private final Map<String, Object> slices = new HashMap<>();

    synchronized void putSlice(EndpointSliceRecord e) {
        Object of = slices.get(e.service());
        if (of == null || of instanceof EndpointSliceRecord one && one.key().equals(e.key())) {
            slices.put(e.service(), e);
            return;
        }
        TreeMap<String, EndpointSliceRecord> many = sliceMap(of);
        many.put(e.key(), e);
        slices.put(e.service(), many);
    }

    synchronized void removeSlice(EndpointSliceRecord e) {
        Object of = slices.get(e.service());
        if (of instanceof EndpointSliceRecord one) {
            if (one.key().equals(e.key())) {
                slices.remove(e.service());
            }
        } else if (of != null) {
            TreeMap<String, EndpointSliceRecord> many = sliceMap(of);
            many.remove(e.key());
            if (many.isEmpty()) {
                slices.remove(e.service());
            } else {
                slices.put(e.service(), many.size() == 1 ? many.firstEntry().getValue() : many);
            }
        }
    }

    /** The slices of a Service by key, from what {@link #slices} holds for it (any form). */
    @SuppressWarnings("unchecked")
    private static TreeMap<String, EndpointSliceRecord> sliceMap(Object of) {
        if (of instanceof EndpointSliceRecord one) {
            TreeMap<String, EndpointSliceRecord> many = new TreeMap<>();
            many.put(one.key(), one);
            return many;
        }
        return of == null ? new TreeMap<>() : (TreeMap<String, EndpointSliceRecord>) of;
    }

    /** The merged EndpointSlice of {@code service} as it is when stamped, for the traffic view. */
    LongFunction<WorldEvent> slice(String service) {
        return t -> sliceAt(t, service);
    }

    /** The ready and not-ready endpoints of {@code service} as they are when stamped, for the cluster state. */
    LongFunction<WorldEvent> endpoints(String service) {
        return t -> endpointsAt(t, service);
    }

    /**
     * As {@link #slice}, but nothing (null) if {@code service} has no slice when stamped: for a Service that appears
     * or changes, whose views already start with no endpoints; a slice that comes later publishes itself.
     */
    LongFunction<WorldEvent> sliceIfAny(String service) {
        return t -> hasSlices(service) ? sliceAt(t, service) : null;
    }

    /** As {@link #endpoints}, but nothing (null) if {@code service} has no slice when stamped. */
    LongFunction<WorldEvent> endpointsIfAny(String service) {
        return t -> hasSlices(service) ? endpointsAt(t, service) : null;
    }

    private synchronized boolean hasSlices(String service) {
        return slices.containsKey(service);
    }

    private synchronized EndpointSliceUpdated sliceAt(long t, String service) {
        if (slices.get(service) instanceof EndpointSliceRecord e) {
            // The usual case: the event holds the slice's own immutable lists (List.copyOf keeps them as they are).
            return new EndpointSliceUpdated(t, service, e.name(), e.endpoints(), e.nodes(), e.ready(),
                    e.serving(), e.terminating());
        }
        List<String> names = new ArrayList<>();
        List<String> endpoints = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        List<String> serving = new ArrayList<>();
        List<String> terminating = new ArrayList<>();
        for (EndpointSliceRecord e : sliceMap(slices.get(service)).values()) {
            names.add(e.name());
            endpoints.addAll(e.endpoints());
            nodes.addAll(e.nodes());
            ready.addAll(e.ready());
            serving.addAll(e.serving());
            terminating.addAll(e.terminating());
        }
        return new EndpointSliceUpdated(t, service, String.join(",", names), endpoints, nodes, ready, serving,
                terminating);
    }

    private synchronized EndpointsChanged endpointsAt(long t, String service) {
        if (slices.get(service) instanceof EndpointSliceRecord e && e.ready() == e.endpoints()) {
            return new EndpointsChanged(t, service, e.endpoints(), List.of());
        }
        List<String> ready = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        for (EndpointSliceRecord e : sliceMap(slices.get(service)).values()) {
            for (String endpoint : e.endpoints()) {
                (e.ready().contains(endpoint) ? ready : notReady).add(endpoint);
            }
        }
        return new EndpointsChanged(t, service, ready, notReady);
    }
}
