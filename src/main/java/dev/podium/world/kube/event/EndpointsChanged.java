package dev.podium.world.kube.event;

import java.util.List;

/**
 * The Service's endpoints changed: pod keys (namespace/name) ready to receive traffic and not ready.
 */
public record EndpointsChanged(long timeNanos, String service, List<String> ready, List<String> notReady)
        implements KubeEvent {
    public EndpointsChanged {
        ready = List.copyOf(ready);
        notReady = List.copyOf(notReady);
    }
}
