package dev.podium.live.kubeconfig;

import java.util.Objects;

/**
 * One context with its cluster and user looked up and checked: everything needed to build a client. Produced by
 * {@link Kubeconfig#resolve(String)}. Holds credentials, so it stays inside this package and its
 * {@code toString()} shows none. Immutable.
 */
record ResolvedContext(ContextInfo info, ClusterSpec cluster, UserSpec user) {

    ResolvedContext {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(user, "user");
    }

    String name() {
        return info.name();
    }
}
