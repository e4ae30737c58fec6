package dev.podium.world.kube.traffic.event;

/**
 * One request drawn as a packet (the client counts all of them; {@link TrafficSampled} has the totals): request
 * {@code id} for {@code host}{@code path} entered through {@code node}, matched {@code ingress} ("" without one)
 * to {@code service}, whose kube-proxy on that node picked {@code pod} ("" if none); it got {@code status} (200,
 * 404 no rule, 502 connection refused, 503 no endpoint) after {@code latencyNanos}. {@code reason} says why it failed
 * ("" for 200): {@code noRule}, {@code noEndpoints}, {@code connectionRefused} (the pod is gone or stopped listening).
 */
public record RequestSampled(long timeNanos, long id, String host, String path, String node, String ingress,
        String service, String pod, int status, long latencyNanos, String reason) implements TrafficEvent {
}
