package dev.podium.world.kube.traffic;

import dev.podium.engine.Kernel;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.api.ApiObject;
import dev.podium.world.kube.api.ApiServer;
import dev.podium.world.kube.api.Kind;
import dev.podium.world.kube.api.Service;
import dev.podium.world.kube.spec.IngressManifest;
import dev.podium.world.kube.spec.ServiceManifest;
import dev.podium.world.kube.traffic.event.TrafficRateChanged;
import dev.podium.world.kube.traffic.event.TrafficStarted;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The traffic of a simulated cluster, wired by {@code KubeCluster} after its objects exist: one kube-proxy per node,
 * the EndpointSlice controller for every Service, the ingress controller's routes (the Ingresses of its class) and the
 * client. Services and Ingresses are fixed for the run (read from the manifests). {@code listening} answers whether a
 * pod accepts connections now (the kubelet's view). Kernel thread only.
 */
public final class Traffic {
    private final Kernel kernel;
    private final EventSink sink;
    private final TrafficClient client;

    private Traffic(Kernel kernel, EventSink sink, TrafficClient client) {
        this.kernel = kernel;
        this.sink = sink;
        this.client = client;
    }

    /** Starts the traffic machinery now and emits {@link TrafficStarted}. */
    public static Traffic start(Kernel kernel, EventSink sink, ApiServer api, TrafficParams params,
            List<IngressManifest> ingresses, List<ServiceManifest> serviceManifests, Predicate<String> listening) {
        List<KubeProxy> proxies = new ArrayList<>();
        for (ApiObject node : api.list(Kind.NODE)) {
            proxies.add(new KubeProxy(node.key(), params.proxyMode(), kernel.random("kube.traffic.proxy."
                    + node.key())));
        }
        List<Service> services = new ArrayList<>();
        List<String> serviceKeys = new ArrayList<>();
        for (ApiObject o : api.list(Kind.SERVICE)) {
            services.add((Service) o);
            serviceKeys.add(o.key());
        }
        List<String> types = new ArrayList<>();
        for (String key : serviceKeys) {
            types.add(serviceManifests.stream().filter(m -> key.equals(namespaced(m.meta().namespace(),
                    m.meta().name()))).findFirst().map(Traffic::typeText).orElse("ClusterIP"));
        }
        List<IngressManifest> served = new ArrayList<>();
        List<String> ingressKeys = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        for (IngressManifest i : ingresses) {
            if (params.ingressClass().isEmpty() || params.ingressClass().equals(i.ingressClassName())) {
                served.add(i);
                String ns = namespaced(i.meta().namespace(), "");
                ingressKeys.add(ns + i.meta().name());
                for (IngressManifest.IngressRule r : i.rules()) {
                    for (IngressManifest.IngressPath p : r.paths()) {
                        routes.add((r.host().isEmpty() ? "*" : r.host()) + p.path() + " " + p.pathType() + " → "
                                + ns + p.service() + ":" + p.port());
                    }
                }
                if (!i.defaultService().isEmpty()) {
                    routes.add("* default → " + ns + i.defaultService() + ":" + i.defaultPort());
                }
            }
        }
        sink.emit(new TrafficStarted(kernel.now(), params.requestsPerSecond(), params.targets(), params.proxyMode(),
                serviceKeys, types, ingressKeys, routes));
        new EndpointSliceController(kernel, sink, api, params, services, proxies);
        TrafficClient client = new TrafficClient(kernel, sink, params, new IngressRouter(served), proxies,
                serviceKeys, listening);
        client.start(params.requestsPerSecond());
        return new Traffic(kernel, sink, client);
    }

    private static String namespaced(String namespace, String name) {
        return (namespace.isEmpty() ? "default" : namespace) + "/" + name;
    }

    private static String typeText(ServiceManifest m) {
        if (m.type().equals("ClusterIP")) {
            return "ClusterIP";
        }
        StringBuilder s = new StringBuilder(m.type());
        for (int port : m.nodePorts()) {
            s.append(s.indexOf(":") < 0 ? ":" : ",").append(port == 0 ? "auto" : Integer.toString(port));
        }
        return s.toString();
    }

    /** The setTrafficRate action: the client sends {@code requestsPerSecond} from now on. */
    public void setRate(long requestsPerSecond) {
        sink.emit(new TrafficRateChanged(kernel.now(), requestsPerSecond));
        client.setRate(requestsPerSecond);
    }
}
