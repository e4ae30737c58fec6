package dev.podium.world.kube.traffic;

import dev.podium.engine.EventHandle;
import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.EventSink;
import dev.podium.world.kube.traffic.event.RequestSampled;
import dev.podium.world.kube.traffic.event.TrafficSampled;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The client and the request path. Requests arrive as a Poisson process at the current rate; each picks one of the
 * targets at random and enters through the nodes in turn (an external load balancer spreading connections). A
 * {@code host/path} target is matched by the {@link IngressRouter} (no match: 404); a {@code service/name} target goes
 * straight to the Service. The kube-proxy of the entry node picks an endpoint from its own rules (none: 503); a pod
 * that is gone or no longer listening refuses the connection, which the ingress answers 502 after one round trip.
 * Otherwise the pod answers after four network hops and an exponential service time.
 *
 * <p>Every request is counted in its Service's {@link LatencyWindow}; only a sample becomes an event: at most
 * {@link TrafficParams#DRAWN_PER_SECOND} successes and {@link TrafficParams#FAILURES_DRAWN_PER_SECOND} failures per
 * window, spread evenly over the rate. Kernel thread only; deterministic for a seed (streams
 * {@code kube.traffic.client} and {@code kube.traffic.proxy.<node>}).
 */
final class TrafficClient {
    private final Kernel kernel;
    private final EventSink sink;
    private final TrafficParams params;
    private final IngressRouter router;
    private final List<KubeProxy> proxies;
    private final Predicate<String> listening;
    private final RandomStream random;
    private final Map<String, LatencyWindow> windows = new TreeMap<>();
    private long rate;
    private EventHandle next;
    private long nextId;
    private long nodeTurn;
    private long drawn;
    private long failuresDrawn;

    TrafficClient(Kernel kernel, EventSink sink, TrafficParams params, IngressRouter router, List<KubeProxy> proxies,
            List<String> services, Predicate<String> listening) {
        this.kernel = kernel;
        this.sink = sink;
        this.params = params;
        this.router = router;
        this.proxies = List.copyOf(proxies);
        this.listening = listening;
        this.random = kernel.random("kube.traffic.client");
        for (String s : services) {
            windows.put(s, new LatencyWindow());
        }
    }

    /** Starts the window ticks and, if the rate is above 0, the arrivals. */
    void start(long requestsPerSecond) {
        kernel.schedule(params.windowNanos(), this::closeWindow);
        setRate(requestsPerSecond);
    }

    /** Changes the rate from now on (0 stops the client). */
    void setRate(long requestsPerSecond) {
        rate = requestsPerSecond;
        if (next != null) {
            kernel.cancel(next);
            next = null;
        }
        scheduleNext();
    }

    private void scheduleNext() {
        if (rate <= 0 || params.targets().isEmpty() || proxies.isEmpty()) {
            return;
        }
        next = kernel.schedule(random.exponentialNanos(1_000_000_000L / rate), this::arrive);
    }

    private void arrive() {
        next = null;
        String target = params.targets().get(random.nextInt(params.targets().size()));
        KubeProxy proxy = proxies.get((int) (nodeTurn++ % proxies.size()));
        request(nextId++, target, proxy);
        scheduleNext();
    }

    private void request(long id, String target, KubeProxy proxy) {
        String host;
        String path;
        String ingress = "";
        String service;
        if (target.startsWith("service/")) {
            host = "";
            path = "";
            service = target.substring("service/".length());
            service = service.contains("/") ? service : "default/" + service;
        } else {
            int slash = target.indexOf('/');
            host = slash < 0 ? target : target.substring(0, slash);
            path = slash < 0 ? "/" : target.substring(slash);
            IngressRouter.Route route = router.route(host, path);
            if (route == null) {
                sample(id, host, path, proxy, "", "", "", 404, 2 * params.hopNanos(), "noRule");
                return;
            }
            ingress = route.ingress();
            service = route.service();
        }
        String pod = proxy.pick(service);
        long hop = params.hopNanos();
        int status;
        long latency;
        String reason = "";
        if (pod == null) {
            status = 503;
            latency = 2 * hop;
            reason = "noEndpoints";
        } else if (!listening.test(pod)) {
            status = 502;
            latency = 4 * hop;
            reason = "connectionRefused";
        } else {
            status = 200;
            latency = 4 * hop + random.exponentialNanos(params.serviceTimeNanos());
        }
        LatencyWindow w = windows.computeIfAbsent(service, s -> new LatencyWindow());
        w.add(latency, status >= 500);
        sample(id, host, path, proxy, ingress, service, pod == null ? "" : pod, status, latency, reason);
    }

    private void sample(long id, String host, String path, KubeProxy proxy, String ingress, String service,
            String pod, int status, long latency, String reason) {
        boolean failed = status != 200;
        long every = Math.max(1, rate / TrafficParams.DRAWN_PER_SECOND);
        boolean draw = failed ? failuresDrawn < TrafficParams.FAILURES_DRAWN_PER_SECOND
                : id % every == 0 && drawn < TrafficParams.DRAWN_PER_SECOND;
        if (!draw) {
            return;
        }
        if (failed) {
            failuresDrawn++;
        } else {
            drawn++;
        }
        sink.emit(new RequestSampled(kernel.now(), id, host, path, proxy.node(), ingress, service, pod, status,
                latency, reason));
    }

    private void closeWindow() {
        for (Map.Entry<String, LatencyWindow> e : windows.entrySet()) {
            LatencyWindow w = e.getValue();
            sink.emit(new TrafficSampled(kernel.now(), e.getKey(), params.windowNanos(), w.requests(), w.errors(),
                    w.quantile(0.50), w.quantile(0.99), w.totalRequests(), w.totalErrors()));
            w.reset();
        }
        drawn = 0;
        failuresDrawn = 0;
        kernel.schedule(params.windowNanos(), this::closeWindow);
    }
}
