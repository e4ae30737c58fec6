package dev.podium.world.kube.traffic;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Pod;
import dev.podium.world.kube.api.Service;
import dev.podium.world.kube.api.WatchType;
import dev.podium.world.kube.traffic.event.EndpointSliceUpdated;
import dev.podium.world.kube.traffic.event.ProxyRulesSynced;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The EndpointSlice controller (k/k pkg/controller/endpointslice) for the Services that carry traffic, and the
 * delivery of its slices to every node's kube-proxy. It watches pods; a change to a pod a Service selects writes the
 * Service's slice {@code sliceDelayNanos} later (coalesced). An endpoint is a selected pod bound to a node and not
 * terminal, with the discovery.k8s.io/v1 conditions: {@code ready} = the pod is Ready and has no deletionTimestamp,
 * {@code serving} = the pod is Ready, {@code terminating} = it has a deletionTimestamp. Each kube-proxy then programs
 * the change {@code proxyLag + U[0, proxyJitter)} later, drawn per node and change, so for a moment a terminating
 * pod is still in some nodes' rules. A deleted Service's slice is written empty once. Simplified: one slice per Service (the real one splits at 100 endpoints); the
 * slices are not API objects (no informer events for them). Kernel thread only.
 */
final class EndpointSliceController {
    private final Kernel kernel;
    private final EventSink sink;
    private final TrafficParams params;
    private final Map<String, Service> services = new TreeMap<>();
    private final Map<String, Pod> pods = new TreeMap<>();
    private final Map<String, EndpointSliceUpdated> written = new TreeMap<>();
    private final Map<String, String> sliceNames = new TreeMap<>();
    private final TreeSet<String> dirty = new TreeSet<>();
    private final TreeSet<String> deleted = new TreeSet<>();
    private final List<KubeProxy> proxies;
    private final RandomStream lag;
    private long version;

    EndpointSliceController(Kernel kernel, EventSink sink, ApiServer api, TrafficParams params, List<Service> traffic,
            List<KubeProxy> proxies) {
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.proxies = List.copyOf(proxies);
        this.lag = kernel.random("kube.traffic.proxy-lag");
        RandomStream names = kernel.random("kube.traffic.endpointslice");
        for (Service s : traffic) {
            services.put(s.key(), s);
            sliceNames.put(s.key(), s.name() + "-" + suffix(names));
        }
        api.watch(Kind.POD, this::onPod);
        api.watch(Kind.SERVICE, this::onService);
        for (ApiObject o : api.list(Kind.POD)) {
            pods.put(o.key(), (Pod) o);
        }
        for (String key : services.keySet()) {
            markDirty(key);
        }
    }

    private static String suffix(RandomStream random) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        char[] c = new char[5];
        for (int i = 0; i < c.length; i++) {
            c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(c);
    }

    private void onPod(WatchType type, ApiObject object) {
        Pod pod = (Pod) object;
        Pod before = type == WatchType.DELETED ? pods.remove(pod.key()) : pods.put(pod.key(), pod);
        for (Service s : services.values()) {
            if (s.selects(pod) || before != null && s.selects(before)) {
                markDirty(s.key());
            }
        }
    }

    /** A deleted Service's slice is emptied (so every kube-proxy drops its rules), then forgotten. */
    private void onService(WatchType type, ApiObject object) {
        if (type == WatchType.DELETED && services.containsKey(object.key())) {
            deleted.add(object.key());
            markDirty(object.key());
        }
    }

    private void markDirty(String service) {
        if (dirty.isEmpty()) {
            kernel.schedule(params.sliceDelayNanos(), this::sync);
        }
        dirty.add(service);
    }

    private void sync() {
        List<String> keys = new ArrayList<>(dirty);
        dirty.clear();
        for (String key : keys) {
            write(services.get(key));
            if (deleted.remove(key)) {
                services.remove(key);
            }
        }
    }

    private void write(Service svc) {
        List<String> endpoints = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        List<String> serving = new ArrayList<>();
        List<String> terminating = new ArrayList<>();
        for (Pod p : pods.values()) {
            if (!svc.selects(p) || p.nodeName().isEmpty() || p.terminal() || deleted.contains(svc.key())) {
                continue;
            }
            endpoints.add(p.key());
            nodes.add(p.nodeName());
            if (p.ready() && !p.deleting()) {
                ready.add(p.key());
            }
            if (p.ready()) {
                serving.add(p.key());
            }
            if (p.deleting()) {
                terminating.add(p.key());
            }
        }
        EndpointSliceUpdated slice = new EndpointSliceUpdated(kernel.now(), svc.key(), sliceNames.get(svc.key()),
                endpoints, nodes, ready, serving, terminating);
        EndpointSliceUpdated last = written.get(svc.key());
        if (last != null && last.endpoints().equals(endpoints) && last.ready().equals(ready)
                && last.serving().equals(serving) && last.terminating().equals(terminating)) {
            return;
        }
        written.put(svc.key(), slice);
        sink.emit(slice);
        long v = ++version;
        boolean fallback = ready.isEmpty();
        List<String> programmed = fallback ? servingTerminating(serving, terminating) : ready;
        boolean usedFallback = fallback && !programmed.isEmpty();
        long writtenAt = kernel.now();
        for (KubeProxy proxy : proxies) {
            long delay = params.proxyLagNanos() + (long) (lag.nextDouble() * params.proxyJitterNanos());
            kernel.schedule(delay, () -> {
                if (proxy.program(svc.key(), programmed, v)) {
                    sink.emit(new ProxyRulesSynced(kernel.now(), proxy.node(), svc.key(), programmed,
                            kernel.now() - writtenAt, usedFallback));
                }
            });
        }
    }

    private static List<String> servingTerminating(List<String> serving, List<String> terminating) {
        List<String> out = new ArrayList<>();
        for (String p : serving) {
            if (terminating.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
