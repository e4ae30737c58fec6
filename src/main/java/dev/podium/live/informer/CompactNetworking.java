package dev.podium.live.informer;

import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointConditions;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * Services, EndpointSlices and Ingresses as compact records ({@link Compact} does the workloads). Keeps selectors,
 * types, node ports, endpoint pods with their conditions and Ingress rules; drops addresses of pod endpoints,
 * annotations and everything else. Strings and lists of nodes that repeat are shared through the session's
 * {@link ValuePool}. Thread-safe.
 */
final class CompactNetworking {
    /** The label that ties an EndpointSlice to its Service. */
    static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

    private final ValuePool pool;

    CompactNetworking(ValuePool pool) {
        this.pool = pool;
    }

    /**
     * The selector as an immutable map (one entry is a 24-byte map, a TreeMap with its entry 88 bytes): its keys come
     * from the pool, its values not (a selector's value, often the app's name, rarely repeats across Services).
     */
    ServiceRecord service(Service s) {
        Map<String, String> selector = s.getSpec() == null ? null : s.getSpec().getSelector();
        Map<String, String> shared = new HashMap<>();
        if (selector != null) {
            selector.forEach((k, v) -> shared.put(pool.share(k), v == null ? "" : v));
        }
        return new ServiceRecord(Compact.key(s), Map.copyOf(shared), pool.share(type(s)));
    }

    /** {@code ClusterIP}, or the type with its node ports: {@code NodePort:30080,30443}. */
    private static String type(Service s) {
        String type = s.getSpec() == null || s.getSpec().getType() == null ? "ClusterIP" : s.getSpec().getType();
        if (type.equals("ClusterIP") || type.equals("ExternalName")) {
            return type;
        }
        StringBuilder out = new StringBuilder(type);
        for (ServicePort p : s.getSpec().getPorts()) {
            out.append(out.indexOf(":") < 0 ? ":" : ",").append(p.getNodePort() == null ? "auto" : p.getNodePort());
        }
        return out.toString();
    }

    EndpointSliceRecord endpointSlice(EndpointSlice e) {
        String ns = e.getMetadata().getNamespace() == null ? "" : e.getMetadata().getNamespace();
        Map<String, String> labels = e.getMetadata().getLabels();
        String service = labels == null ? null : labels.get(SERVICE_NAME_LABEL);
        List<String> endpoints = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        List<String> ready = new ArrayList<>();
        List<String> serving = new ArrayList<>();
        List<String> terminating = new ArrayList<>();
        for (Endpoint ep : e.getEndpoints()) {
            String target = target(ns, ep);
            endpoints.add(target);
            nodes.add(pool.share(ep.getNodeName()));
            EndpointConditions c = ep.getConditions();
            boolean isReady = c == null || !Boolean.FALSE.equals(c.getReady());
            if (isReady) {
                ready.add(target);
            }
            if (c == null ? isReady : c.getServing() == null ? isReady : c.getServing()) {
                serving.add(target);
            }
            if (c != null && Boolean.TRUE.equals(c.getTerminating())) {
                terminating.add(target);
            }
        }
        // The name is the store's own string (its slim copy keeps it); the Service's key is not pooled: one per slice.
        // The list of nodes is: slices of a cluster with few nodes repeat the same few lists.
        return new EndpointSliceRecord(Compact.key(e), e.getMetadata().getName(), service == null ? ""
                : ns + "/" + service, endpoints, pool.intern(List.copyOf(nodes)), ready, serving, terminating);
    }

    /** The pod an endpoint targets as namespace/name, else its first address. */
    private static String target(String ns, Endpoint ep) {
        ObjectReference ref = ep.getTargetRef();
        if (ref != null && "Pod".equals(ref.getKind()) && ref.getName() != null) {
            // Not pooled: a pod is the endpoint of one slice, so the pool's entry would cost more than it saves.
            return (ref.getNamespace() == null ? ns : ref.getNamespace()) + "/" + ref.getName();
        }
        return ep.getAddresses().isEmpty() ? "?" : ep.getAddresses().get(0);
    }

    IngressRecord ingress(Ingress i) {
        String ns = i.getMetadata().getNamespace() == null ? "default" : i.getMetadata().getNamespace();
        List<String> routes = new ArrayList<>();
        if (i.getSpec() != null) {
            for (IngressRule r : i.getSpec().getRules()) {
                String host = r.getHost() == null || r.getHost().isEmpty() ? "*" : r.getHost();
                List<HTTPIngressPath> paths = r.getHttp() == null ? List.of() : r.getHttp().getPaths();
                for (HTTPIngressPath p : paths) {
                    routes.add(pool.share(host + (p.getPath() == null ? "/" : p.getPath()) + " "
                            + (p.getPathType() == null ? "ImplementationSpecific" : p.getPathType()) + " → "
                            + backend(ns, p.getBackend())));
                }
            }
            if (i.getSpec().getDefaultBackend() != null) {
                routes.add(pool.share("* default → " + backend(ns, i.getSpec().getDefaultBackend())));
            }
        }
        return new IngressRecord(Compact.key(i), routes);
    }

    private static String backend(String ns, IngressBackend b) {
        IngressServiceBackend s = b == null ? null : b.getService();
        if (s == null) {
            return b != null && b.getResource() != null ? b.getResource().getKind() + " " + b.getResource().getName()
                    : "?";
        }
        String port = "";
        if (s.getPort() != null) {
            port = s.getPort().getName() != null && !s.getPort().getName().isEmpty() ? s.getPort().getName()
                    : String.valueOf(s.getPort().getNumber());
        }
        return ns + "/" + s.getName() + (port.isEmpty() ? "" : ":" + port);
    }
}
