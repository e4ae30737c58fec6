package dev.podium.world.kube.state;

/**
 * An informer: its resource, whether its watch is up, the last resourceVersion seen, watch events delivered (in
 * live timelines: the sampled ones), items at the last list, how many lists it made (the first one and relists),
 * and the time of its last event in the timeline (a list, a delivered watch event or a drop; -1 if none).
 */
public record InformerView(String name, String kind, boolean watching, long resourceVersion, long delivered,
        int listedItems, int lists, long lastEventNanos) {

    /** Lists after the first one. */
    public int relists() {
        return Math.max(0, lists - 1);
    }
}
