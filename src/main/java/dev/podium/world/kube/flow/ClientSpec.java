package dev.podium.world.kube.flow;

/**
 * One API client of a run (a controller's rest.Config): {@code qps} and {@code burst} of its token bucket (client-go's
 * defaults 5 and 10), {@code workers} goroutines that each send {@code verb} {@code path} and wait for the answer
 * before the next (after {@code pauseNanos}), {@code requestNanos} of server time per request (one seat), and the
 * priority {@code level} its requests are classified into (a ServiceAccount lands in {@code workload-low}).
 */
public record ClientSpec(String name, double qps, int burst, int workers, String verb, String path,
        long requestNanos, long pauseNanos, String level) {
    /** client-go rest.Config DefaultQPS. */
    public static final double DEFAULT_QPS = 5;
    /** client-go rest.Config DefaultBurst. */
    public static final int DEFAULT_BURST = 10;

    public ClientSpec {
        if (qps <= 0 || burst < 1 || workers < 0 || requestNanos < 0 || pauseNanos < 0) {
            throw new IllegalArgumentException("client " + name + ": qps and burst must be positive");
        }
    }

    /** {@code VERB:https://kubernetes.default.svc/path}, as client-go prints a request. */
    public String request() {
        return verb + ":https://kubernetes.default.svc" + path;
    }
}
