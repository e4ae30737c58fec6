package dev.podium.live.kubeconfig;

import dev.podium.live.log.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Objects;

/**
 * The {@code Authorization} header for one context's requests, from the kubeconfig user: a token (inline, or a
 * token file read afresh each time, as client-go re-reads it), an exec plugin's token (cached by
 * {@link ExecCredentialPlugin} until it expires), or a user name and password. After a 401,
 * {@link #reloadAfterUnauthorized()} re-reads the kubeconfig and drops the cached plugin token.
 *
 * <p>Thread-safe: the current context is swapped atomically; fabric8 calls from its own threads.
 */
final class CredentialSource {

    /** Re-reads the kubeconfig and resolves the same context again. */
    interface Reloader {
        ResolvedContext reload() throws LiveConfigException;
    }

    private final Reloader reloader;
    private final ExecCredentialPlugin plugins;
    private volatile ResolvedContext context;

    CredentialSource(ResolvedContext context, Reloader reloader, ExecCredentialPlugin plugins) {
        this.context = Objects.requireNonNull(context, "context");
        this.reloader = Objects.requireNonNull(reloader, "reloader");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /** The cache key of this context's exec credential. */
    String cacheKey() {
        ResolvedContext current = context;
        return current.name() + "\u0000" + current.user().name();
    }

    /** The header value to send, or null when the user has no header credentials (anonymous, client cert). */
    String authorization() throws LiveConfigException {
        ResolvedContext current = context;
        UserSpec user = current.user();
        if (user.exec() != null) {
            ExecCredential credential = plugins.credential(cacheKey(), user.exec(), current.cluster());
            return credential.token() == null ? null : "Bearer " + credential.token();
        }
        if (user.token() != null) {
            return "Bearer " + user.token();
        }
        if (user.tokenFile() != null) {
            try {
                String token = Files.readString(user.tokenFile(), StandardCharsets.UTF_8).strip();
                Redactor.remember(token);
                return token.isEmpty() ? null : "Bearer " + token;
            } catch (IOException e) {
                throw new LiveConfigException(user.tokenFile(), "the token file of user '" + user.name()
                        + "' cannot be read: " + e.getMessage());
            }
        }
        if (user.username() != null && user.password() != null) {
            String pair = user.username() + ":" + user.password();
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    /** After a 401: forget the plugin token, re-read the kubeconfig, and answer the new header (or null). */
    String reloadAfterUnauthorized() throws LiveConfigException {
        plugins.invalidate(cacheKey());
        context = reloader.reload();
        return authorization();
    }
}
