package dev.podium.world.kube.traffic;

import dev.podium.world.kube.spec.IngressManifest;
import dev.podium.world.kube.spec.IngressManifest.IngressPath;
import dev.podium.world.kube.spec.IngressManifest.IngressRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An ingress controller's routing table, as networking.k8s.io/v1 defines matching: a rule's host matches the request's
 * host exactly, or as a wildcard {@code *.example.com} that covers exactly one more label; a rule without a host
 * matches every host, and a precise host beats a wildcard, which beats no host. Among the paths of the matching rules
 * the longest wins, and at equal length Exact beats Prefix. Exact compares the whole path; Prefix compares element by
 * element split by {@code /} ({@code /foo} matches {@code /foo} and {@code /foo/bar}, not {@code /foobar}; a trailing
 * slash is ignored); ImplementationSpecific is treated as Prefix. A request no path matches goes to the first default
 * backend (Ingresses in name order), else it is answered 404. Immutable.
 */
public final class IngressRouter {
    private final List<IngressManifest> ingresses;

    /** {@code ingresses}: the Ingresses this controller serves (its class), in any order. */
    public IngressRouter(List<IngressManifest> ingresses) {
        List<IngressManifest> sorted = new ArrayList<>(ingresses);
        sorted.sort(Comparator.comparing(i -> i.meta().namespace() + "/" + i.meta().name()));
        this.ingresses = List.copyOf(sorted);
    }

    /** Where a request goes: the Ingress, the Service key (namespace/name) and port; null for 404. */
    public record Route(String ingress, String service, int port, String rulePath, String pathType) {
    }

    /** The route for {@code host} and {@code path}, or null (404). */
    public Route route(String host, String path) {
        Route best = null;
        int bestHostRank = -1;
        int bestLength = -1;
        boolean bestExact = false;
        for (IngressManifest ing : ingresses) {
            for (IngressRule rule : ing.rules()) {
                int hostRank = hostRank(rule.host(), host);
                if (hostRank < 0 || hostRank < bestHostRank) {
                    continue;
                }
                for (IngressPath p : rule.paths()) {
                    boolean exact = "Exact".equals(p.pathType());
                    if (!(exact ? p.path().equals(path) : prefixMatches(p.path(), path))) {
                        continue;
                    }
                    int length = trimmed(p.path()).length();
                    boolean better = hostRank > bestHostRank || length > bestLength
                            || length == bestLength && exact && !bestExact;
                    if (better) {
                        best = new Route(key(ing), ing.meta().namespace() + "/" + p.service(), p.port(), p.path(),
                                p.pathType());
                        bestHostRank = hostRank;
                        bestLength = length;
                        bestExact = exact;
                    }
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (IngressManifest ing : ingresses) {
            if (!ing.defaultService().isEmpty()) {
                return new Route(key(ing), ing.meta().namespace() + "/" + ing.defaultService(), ing.defaultPort(),
                        "", "default");
            }
        }
        return null;
    }

    /** 2 for a precise host match, 1 for a wildcard match, 0 for a rule without host, -1 for no match. */
    static int hostRank(String ruleHost, String host) {
        if (ruleHost.isEmpty()) {
            return 0;
        }
        if (ruleHost.startsWith("*.")) {
            String suffix = ruleHost.substring(1);
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(suffix) ? 1 : -1;
        }
        return ruleHost.equalsIgnoreCase(host) ? 2 : -1;
    }

    /** Prefix matching element by element (k8s Ingress pathType Prefix). */
    public static boolean prefixMatches(String rulePath, String path) {
        String prefix = trimmed(rulePath);
        if (prefix.isEmpty()) {
            return true;
        }
        String p = trimmed(path);
        return p.equals(prefix) || p.startsWith(prefix + "/");
    }

    private static String trimmed(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String key(IngressManifest ing) {
        return ing.meta().namespace() + "/" + ing.meta().name();
    }
}
