package dev.podium.world.kube.traffic;

import dev.podium.engine.RandomStream;
import java.util.List;

/**
 * How kube-proxy picks an endpoint for a new connection. iptables mode (k/k pkg/proxy/iptables/proxier.go
 * {@code writeServiceToEndpointRules}): the i-th of n endpoint rules (0-based) matches with
 * {@code -m statistic --mode random --probability 1/(n−i)}, the last unconditionally, tried in order, so each endpoint
 * gets 1/n overall. IPVS mode: the default {@code rr} scheduler, round robin over the real servers. Stateless apart from
 * the caller's round-robin cursor.
 */
public final class EndpointPicker {
    private EndpointPicker() {
    }

    /** The probability the i-th of n rules carries, as kube-proxy's {@code computeProbability} prints it. */
    public static double ruleProbability(int i, int n) {
        return 1.0 / (n - i);
    }

    /** The iptables pick: each rule in order draws against its probability; the last one always matches. */
    public static int iptables(int n, RandomStream random) {
        for (int i = 0; i < n - 1; i++) {
            if (random.nextDouble() < ruleProbability(i, n)) {
                return i;
            }
        }
        return n - 1;
    }

    /** The IPVS rr pick: the endpoint after the previous one ({@code cursor} is the count of picks so far). */
    public static int roundRobin(int n, long cursor) {
        return (int) (cursor % n);
    }

    /** The chosen endpoint of {@code endpoints} (not empty) in {@code mode} ("iptables" or "ipvs"). */
    static String pick(List<String> endpoints, String mode, RandomStream random, long cursor) {
        int n = endpoints.size();
        return endpoints.get("ipvs".equals(mode) ? roundRobin(n, cursor) : iptables(n, random));
    }
}
