package dev.podium.live.kubeconfig;

import dev.podium.live.log.Redactor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of the ExecCredential protocol (client.authentication.k8s.io v1 and v1beta1): the
 * {@code KUBERNETES_EXEC_INFO} we hand a plugin, and the parsing of what it prints. Parsing failures are
 * {@link LiveConfigException}s that name the plugin and quote (scrubbed, shortened) what it printed. Stateless.
 */
final class ExecCredentialJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int QUOTE_CHARS = 200;

    private ExecCredentialJson() {
    }

    /** The {@code KUBERNETES_EXEC_INFO} value: non-interactive, with the cluster when the kubeconfig asks. */
    static String execInfo(ExecConfig exec, ClusterSpec cluster) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("interactive", false);
        if (exec.provideClusterInfo() && cluster != null) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("server", cluster.server());
            if (cluster.tlsServerName() != null) {
                info.put("tls-server-name", cluster.tlsServerName());
            }
            info.put("insecure-skip-tls-verify", cluster.insecureSkipTlsVerify());
            if (cluster.caData() != null) {
                info.put("certificate-authority-data", cluster.caData());
            }
            if (cluster.proxyUrl() != null) {
                info.put("proxy-url", cluster.proxyUrl());
            }
            spec.put("cluster", info);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("apiVersion", exec.apiVersion());
        root.put("kind", "ExecCredential");
        root.put("spec", spec);
        return JSON.writeValueAsString(root);
    }

    /** The credential in {@code stdout}, which must be an ExecCredential of the version the kubeconfig asked. */
    static ExecCredential parse(String plugin, String expectedVersion, String stdout) throws LiveConfigException {
        if (stdout.isBlank()) {
            throw problem(plugin, "printed nothing on standard output; an ExecCredential JSON was expected");
        }
        JsonNode root;
        try {
            root = JSON.readTree(stdout);
        } catch (JacksonException e) {
            throw problem(plugin, "printed something that is not ExecCredential JSON: " + quote(stdout));
        }
        if (root == null || !root.isObject()) {
            throw problem(plugin, "printed something that is not ExecCredential JSON: " + quote(stdout));
        }
        String kind = text(root.path("kind"));
        if (!"ExecCredential".equals(kind)) {
            throw problem(plugin, "printed kind '" + kind + "'; an ExecCredential was expected");
        }
        String version = text(root.path("apiVersion"));
        if (!expectedVersion.equals(version)) {
            throw problem(plugin, "answered with apiVersion '" + version + "', but the kubeconfig asks for '"
                    + expectedVersion + "'");
        }
        JsonNode status = root.path("status");
        String token = text(status.path("token"));
        String cert = text(status.path("clientCertificateData"));
        String key = text(status.path("clientKeyData"));
        Redactor.remember(token);
        if (token == null && (cert == null || key == null)) {
            throw problem(plugin, "answered without status.token or status.clientCertificateData and "
                    + "clientKeyData");
        }
        return new ExecCredential(token, cert, key, expiration(plugin, text(status.path("expirationTimestamp"))));
    }

    private static Instant expiration(String plugin, String text) throws LiveConfigException {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw problem(plugin, "gave an expirationTimestamp that is not an RFC 3339 time: '" + text + "'");
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() && !node.stringValue().isEmpty() ? node.stringValue() : null;
    }

    private static String quote(String text) {
        String scrubbed = Redactor.scrub(text.strip());
        return scrubbed.length() <= QUOTE_CHARS ? scrubbed : scrubbed.substring(0, QUOTE_CHARS) + "...";
    }

    static LiveConfigException problem(String plugin, String message) {
        return new LiveConfigException(null, "exec plugin '" + plugin + "' " + message);
    }
}
