package dev.podium.world.kube.api;

import java.util.List;

/** A Service's Endpoints: pod keys that are ready, and those that are not (sorted). */
public record Endpoints(String key, List<String> ready, List<String> notReady, long resourceVersion)
        implements ApiObject {

    public Endpoints {
        ready = List.copyOf(ready);
        notReady = List.copyOf(notReady);
    }

    @Override
    public Kind kind() {
        return Kind.ENDPOINTS;
    }

    @Override
    public Endpoints withResourceVersion(long rv) {
        return new Endpoints(key, ready, notReady, rv);
    }
}
