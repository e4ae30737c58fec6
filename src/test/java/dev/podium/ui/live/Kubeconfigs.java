package dev.podium.ui.live;

import dev.podium.live.kubeconfig.KubeconfigFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Kubeconfig files for the Connect tests: two files for KUBECONFIG, the second sharing a context name. */
final class Kubeconfigs {
    private Kubeconfigs() {
    }

    /** Staging (current, token user) and a duplicated "shared" context; file a is listed first. */
    static final String A = String.join("\n",
            "apiVersion: v1",
            "kind: Config",
            "current-context: staging",
            "clusters:",
            "- {name: staging-cluster, cluster: {server: 'https://staging.example:6443'}}",
            "- {name: shared-a, cluster: {server: 'https://shared-a.example:6443'}}",
            "users:",
            "- {name: alice, user: {token: secret-token-abcdef}}",
            "contexts:",
            "- {name: staging, context: {cluster: staging-cluster, user: alice, namespace: shop}}",
            "- {name: shared, context: {cluster: shared-a, user: alice}}",
            "");

    /** The same "shared" context pointing elsewhere, a lab with TLS off, a GKE-like exec user, a broken one. */
    static final String B = String.join("\n",
            "apiVersion: v1",
            "kind: Config",
            "current-context: lab",
            "clusters:",
            "- {name: shared-b, cluster: {server: 'https://shared-b.example:6443'}}",
            "- {name: lab-cluster, cluster: {server: 'https://10.0.0.5:6443', insecure-skip-tls-verify: true}}",
            "- {name: gke-cluster, cluster: {server: 'https://34.1.2.3'}}",
            "users:",
            "- {name: bob, user: {client-certificate-data: Ym9iLWNlcnQ=, client-key-data: Ym9iLWtleQ==}}",
            "- name: gke-user",
            "  user:",
            "    exec:",
            "      apiVersion: client.authentication.k8s.io/v1beta1",
            "      command: /usr/lib/google-cloud-sdk/bin/gke-gcloud-auth-plugin",
            "      args: [--token, do-not-show-me]",
            "contexts:",
            "- {name: shared, context: {cluster: shared-b, user: bob}}",
            "- {name: lab, context: {cluster: lab-cluster, user: bob}}",
            "- {name: gke, context: {cluster: gke-cluster, user: gke-user, namespace: web}}",
            "- {name: broken, context: {cluster: nowhere, user: bob}}",
            "");

    /** Writes a and b into {@code dir} and gives the files KUBECONFIG=a:b would select. */
    static KubeconfigFiles twoFiles(Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.yaml"), A);
        Path b = Files.writeString(dir.resolve("b.yaml"), B);
        return KubeconfigFiles.locate(null, Map.of(KubeconfigFiles.ENV, a + File.pathSeparator + b),
                dir.resolve("home"));
    }

    /** One file with {@code text}, as the only entry of KUBECONFIG. */
    static KubeconfigFiles oneFile(Path dir, String text) throws IOException {
        Path file = Files.writeString(dir.resolve("config"), text);
        return KubeconfigFiles.locate(null, Map.of(KubeconfigFiles.ENV, file.toString()), dir.resolve("home"));
    }
}
