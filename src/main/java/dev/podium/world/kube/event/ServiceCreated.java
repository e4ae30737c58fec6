package dev.podium.world.kube.event;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Service was created.
 */
public record ServiceCreated(long timeNanos, String service, SortedMap<String, String> selector) implements KubeEvent {
    public ServiceCreated {
        selector = Collections.unmodifiableSortedMap(new TreeMap<>(selector));
    }
}
