package dev.podium.live.kubeconfig;

import java.nio.file.Path;

/**
 * A kubeconfig cluster as a connection needs it: server URL, the CA to verify it with (a file, resolved against
 * the kubeconfig's directory, or inline base64 data), whether verification is skipped, the TLS server name and a
 * proxy URL. Immutable; nothing in it is secret.
 */
record ClusterSpec(String name, String server, Path caFile, String caData, boolean insecureSkipTlsVerify,
        String tlsServerName, String proxyUrl) {
}
