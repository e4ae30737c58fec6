package dev.podium.world.kube.flow.event;

/**
 * client-go's log line when a request waited in the client's own token bucket for more than a second:
 * "Waited for {@code waitNanos} due to {@code reason}, request: {@code request}". Like client-go's throttled logger
 * at verbosity 2, at most one line a second per client; {@code throttledSinceLast} counts the requests of that
 * client that waited more than a second since its previous line (this one included).
 */
public record ClientThrottled(long timeNanos, String client, long waitNanos, String reason, String request,
        long throttledSinceLast) implements FlowEvent {
}
