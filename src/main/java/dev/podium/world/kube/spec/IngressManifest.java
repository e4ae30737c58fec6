package dev.podium.world.kube.spec;

import java.util.List;

/**
 * A networking.k8s.io/v1 Ingress: its class, its rules (host and paths, each to a Service backend) and its default
 * backend ({@code defaultService} "" when it has none). Service names are in the Ingress's namespace.
 */
public record IngressManifest(ObjectMeta meta, String ingressClassName, List<IngressRule> rules,
        String defaultService, int defaultPort) implements KubeManifest {
    public IngressManifest {
        rules = List.copyOf(rules);
    }

    /** One rule: a host ("" = every host; {@code *.example.com} = one label) and its paths in manifest order. */
    public record IngressRule(String host, List<IngressPath> paths) {
        public IngressRule {
            paths = List.copyOf(paths);
        }
    }

    /** One path: {@code pathType} Exact, Prefix or ImplementationSpecific (treated as Prefix), and its backend. */
    public record IngressPath(String path, String pathType, String service, int port) {
    }
}
