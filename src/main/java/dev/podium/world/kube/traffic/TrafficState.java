package dev.podium.world.kube.traffic;

import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.RequestSampled;
import dev.podium.world.kube.traffic.event.TrafficSampled;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The traffic part of the Kubernetes world's state, folded by {@link TrafficFold}: the client's rate and targets,
 * each Service's EndpointSlice and latest totals, each node's programmed endpoints, the packets drawn recently and
 * the latest failures. Small (Services × nodes), so {@link #copy()} copies its maps; inner values are immutable.
 * Views read it; only the fold changes it. Not thread-safe.
 */
public final class TrafficState {
    /** How many drawn packets are kept (newest last). */
    public static final int PACKETS = 96;
    /** How many failed requests are kept (newest last). */
    public static final int FAILURES = 12;

    boolean started;
    long rate;
    String proxyMode = "iptables";
    List<String> targets = List.of();
    List<String> services = List.of();
    List<String> ingresses = List.of();
    List<String> serviceTypes = List.of();
    List<String> routes = List.of();
    /** Live: each observed Service's type and each observed Ingress's routes, folded one object at a time. */
    final TreeMap<String, String> liveServices;
    final TreeMap<String, List<String>> liveIngresses;
    /** Live: the lists above are stale and are re-made from the live maps when next read. */
    boolean liveStale;
    final TreeMap<String, EndpointSliceUpdated> slices;
    final TreeMap<String, Map<String, List<String>>> rules;
    final TreeMap<String, TrafficSampled> totals;
    final ArrayDeque<RequestSampled> packets;
    final ArrayDeque<RequestSampled> failures;

    public TrafficState() {
        liveServices = new TreeMap<>();
        liveIngresses = new TreeMap<>();
        slices = new TreeMap<>();
        rules = new TreeMap<>();
        totals = new TreeMap<>();
        packets = new ArrayDeque<>();
        failures = new ArrayDeque<>();
    }

    private TrafficState(TrafficState o) {
        started = o.started;
        rate = o.rate;
        proxyMode = o.proxyMode;
        targets = o.targets;
        services = o.services;
        ingresses = o.ingresses;
        serviceTypes = o.serviceTypes;
        routes = o.routes;
        liveServices = new TreeMap<>(o.liveServices);
        liveIngresses = new TreeMap<>(o.liveIngresses);
        liveStale = o.liveStale;
        slices = new TreeMap<>(o.slices);
        rules = new TreeMap<>(o.rules);
        totals = new TreeMap<>(o.totals);
        packets = new ArrayDeque<>(o.packets);
        failures = new ArrayDeque<>(o.failures);
    }

    /** An independent copy. */
    public TrafficState copy() {
        return new TrafficState(this);
    }

    /** True once traffic runs in this cluster. */
    public boolean started() {
        return started;
    }

    /** The client's requests per second. */
    public long rate() {
        return rate;
    }

    public String proxyMode() {
        return proxyMode;
    }

    public List<String> targets() {
        return targets;
    }

    /** The Services that carry traffic (namespace/name, sorted). */
    public List<String> services() {
        refreshLive();
        return services;
    }

    /** The Ingresses the ingress controller serves. */
    public List<String> ingresses() {
        refreshLive();
        return ingresses;
    }

    /** The type of the i-th Service of {@link #services()} ({@code ClusterIP}, {@code NodePort:30080}, ...). */
    public String serviceType(String service) {
        if (!liveServices.isEmpty()) {
            return liveServices.getOrDefault(service, "ClusterIP");
        }
        int i = services.indexOf(service);
        return i < 0 || i >= serviceTypes.size() ? "ClusterIP" : serviceTypes.get(i);
    }

    /** The Ingress rules as text, in manifest order ({@code host/path Prefix → namespace/service:port}). */
    public List<String> routes() {
        refreshLive();
        return routes;
    }

    /** Live: re-makes the Service and Ingress lists from the live maps once per batch of changes, not per change. */
    private void refreshLive() {
        if (liveStale) {
            liveStale = false;
            services = List.copyOf(liveServices.keySet());
            serviceTypes = List.copyOf(liveServices.values());
            ingresses = List.copyOf(liveIngresses.keySet());
            List<String> all = new ArrayList<>();
            liveIngresses.values().forEach(all::addAll);
            routes = List.copyOf(all);
        }
    }

    /** The Service's EndpointSlice as last written, or null before the first. */
    public EndpointSliceUpdated slice(String service) {
        return slices.get(service);
    }

    /** The endpoints each node's kube-proxy has programmed for {@code service} (node → pod keys), sorted by node. */
    public Map<String, List<String>> rules(String service) {
        Map<String, List<String>> out = new TreeMap<>();
        rules.forEach((node, byService) -> {
            List<String> e = byService.get(service);
            if (e != null) {
                out.put(node, e);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    /** The Service's latest totals, or null before the first window closed. */
    public TrafficSampled totals(String service) {
        return totals.get(service);
    }

    /** The drawn packets still kept, oldest first. */
    public List<RequestSampled> packets() {
        return new ArrayList<>(packets);
    }

    /** The latest failed requests drawn, oldest first. */
    public List<RequestSampled> failures() {
        return new ArrayList<>(failures);
    }
}
