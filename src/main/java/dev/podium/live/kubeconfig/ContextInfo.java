package dev.podium.live.kubeconfig;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person needs to pick a kubeconfig context, and nothing secret: its name, the cluster's server URL, the
 * user's name and how it authenticates, the namespace ({@code "default"} when the context names none), whether
 * TLS verification is switched off, and the file that defined the context.
 *
 * <p>{@code problem} is null for a usable context, otherwise the reason connecting to it will fail (a cluster or
 * user that no file defines), so a chooser can show the context greyed out with the reason. {@code server} and
 * {@code authKind} are then best-effort (empty server, {@link AuthKind#NONE}). Immutable.
 */
public record ContextInfo(String name, String clusterName, String server, String userName, String namespace,
        boolean insecureSkipTlsVerify, AuthKind authKind, Path file, String problem) {

    /** The namespace kubectl uses when a context names none. */
    public static final String DEFAULT_NAMESPACE = "default";

    /** Checks the required parts are present. */
    public ContextInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(authKind, "authKind");
        Objects.requireNonNull(file, "file");
    }

    /** Why this context cannot be used, if it cannot. */
    public Optional<String> problemText() {
        return Optional.ofNullable(problem);
    }
}
