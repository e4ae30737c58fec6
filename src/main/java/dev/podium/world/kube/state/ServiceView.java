package dev.podium.world.kube.state;

import java.util.List;
import java.util.Map;

/** A Service and its endpoints (pod keys, ready and not ready). */
public record ServiceView(String key, Map<String, String> selector, List<String> ready, List<String> notReady) {
    public ServiceView {
        ready = List.copyOf(ready);
        notReady = List.copyOf(notReady);
    }
}
