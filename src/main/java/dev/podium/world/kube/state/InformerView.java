package dev.podium.world.kube.state;

/** An informer: its resource, whether its watch is up, the last resourceVersion seen, events delivered. */
public record InformerView(String name, String kind, boolean watching, long resourceVersion, long delivered,
        int listedItems) {
}
