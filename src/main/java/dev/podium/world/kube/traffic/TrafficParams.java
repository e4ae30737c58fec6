package dev.podium.world.kube.traffic;

import java.util.List;

/**
 * The traffic knobs of a run (scenario params of the kube world; see docs/kube-fidelity.md, "Traffic").
 *
 * @param requestsPerSecond client rate (Poisson arrivals); 0 = no traffic until an action sets one
 * @param targets {@code host/path} through the Ingresses, or {@code service/name} straight to a Service
 * @param proxyMode {@code iptables} (random, the Linux default) or {@code ipvs} (round robin)
 * @param proxyLagNanos least time from an EndpointSlice write to a node's kube-proxy rules
 * @param proxyJitterNanos the extra lag, uniform per node and change, on top of {@code proxyLagNanos}
 * @param sliceDelayNanos from a pod change to the EndpointSlice write (watch, controller, API write)
 * @param serviceTimeNanos mean time a pod takes to answer (exponential)
 * @param hopNanos network time of one hop (client → ingress → pod and back: four hops)
 * @param ingressClass the class the ingress controller serves; "" serves every Ingress
 * @param windowNanos how often per-Service totals are emitted
 */
public record TrafficParams(long requestsPerSecond, List<String> targets, String proxyMode, long proxyLagNanos,
        long proxyJitterNanos, long sliceDelayNanos, long serviceTimeNanos, long hopNanos, String ingressClass,
        long windowNanos) {
    public static final long MS = 1_000_000L;
    /** At most this many successful requests a second are drawn as packets. */
    public static final int DRAWN_PER_SECOND = 24;
    /** At most this many failed requests a second are drawn (all are counted). */
    public static final int FAILURES_DRAWN_PER_SECOND = 12;

    public TrafficParams {
        targets = List.copyOf(targets);
    }

    /** No client; iptables; 100 ms + U[0, 900 ms) proxy lag; 20 ms answers. */
    public static TrafficParams defaults() {
        return new TrafficParams(0, List.of(), "iptables", 100 * MS, 900 * MS, 5 * MS, 20 * MS, MS / 2, "",
                1000 * MS);
    }

    public TrafficParams withClient(long rate, List<String> newTargets) {
        return new TrafficParams(rate, newTargets, proxyMode, proxyLagNanos, proxyJitterNanos, sliceDelayNanos,
                serviceTimeNanos, hopNanos, ingressClass, windowNanos);
    }

    public TrafficParams withProxy(String mode, long lag, long jitter) {
        return new TrafficParams(requestsPerSecond, targets, mode, lag, jitter, sliceDelayNanos, serviceTimeNanos,
                hopNanos, ingressClass, windowNanos);
    }

    public TrafficParams withServiceTime(long nanos) {
        return new TrafficParams(requestsPerSecond, targets, proxyMode, proxyLagNanos, proxyJitterNanos,
                sliceDelayNanos, nanos, hopNanos, ingressClass, windowNanos);
    }

    public TrafficParams withIngressClass(String className) {
        return new TrafficParams(requestsPerSecond, targets, proxyMode, proxyLagNanos, proxyJitterNanos,
                sliceDelayNanos, serviceTimeNanos, hopNanos, className, windowNanos);
    }
}
