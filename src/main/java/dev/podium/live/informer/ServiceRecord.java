package dev.podium.live.informer;

import java.util.Map;

/**
 * What we keep of a live Service: its selector (an immutable map) and its type as the traffic view writes it
 * ({@code ClusterIP}, {@code NodePort:30080}, {@code LoadBalancer:31000}). Immutable.
 */
record ServiceRecord(String key, Map<String, String> selector, String type) implements LiveRecord {
}
