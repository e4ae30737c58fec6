package dev.podium.world.kube.traffic.event;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of the Kubernetes world's traffic: EndpointSlices, each node's kube-proxy rules, client requests through
 * Ingress and Service to pods, and the kubelet's preStop hooks. Part of the kube world (its projection, narration and
 * recordings), sealed separately because a sealed interface may only permit types of its own package. Names follow
 * {@code KubeEvent}: objects as {@code namespace/name}, nodes by name, times in simulated nanoseconds.
 */
public sealed interface TrafficEvent extends WorldEvent permits TrafficStarted, TrafficRateChanged,
        EndpointSliceUpdated, ProxyRulesSynced, RequestSampled, TrafficSampled, PreStopHookFinished,
        ServicesObserved, ServiceObserved, ServiceGone, IngressObserved, IngressGone {

    /** Every traffic event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(TrafficStarted.class, TrafficRateChanged.class, EndpointSliceUpdated.class,
                ProxyRulesSynced.class, RequestSampled.class, TrafficSampled.class, PreStopHookFinished.class,
                ServicesObserved.class, ServiceObserved.class, ServiceGone.class, IngressObserved.class,
                IngressGone.class);
    }
}
