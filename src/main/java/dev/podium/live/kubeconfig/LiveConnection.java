package dev.podium.live.kubeconfig;

import dev.podium.live.guard.ReadOnlyGuard;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Objects;

/**
 * A fabric8 client for one context, built by {@link ClientFactory}, with what the UI shows about it: the context
 * (server, user, namespace), warnings (TLS verification off), and the {@link ReadOnlyGuard} that counts and
 * polices its requests. Later live work (informers, health) uses {@link #client()}. Closing closes the client.
 *
 * <p>Thread-safe as the fabric8 client is.
 */
public final class LiveConnection implements AutoCloseable {

    /** The warning shown when a cluster's certificate is not verified. */
    public static final String INSECURE_WARNING = "TLS verification is off for this cluster "
            + "(insecure-skip-tls-verify): anyone on the network path could impersonate it";

    private final ContextInfo context;
    private final KubernetesClient client;
    private final ReadOnlyGuard guard;
    private final List<String> warnings;

    LiveConnection(ContextInfo context, KubernetesClient client, ReadOnlyGuard guard, List<String> warnings) {
        this.context = Objects.requireNonNull(context, "context");
        this.client = Objects.requireNonNull(client, "client");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.warnings = List.copyOf(warnings);
    }

    /** The context this connection talks to. */
    public ContextInfo context() {
        return context;
    }

    /** The fabric8 client; every request it sends passes the guard. */
    public KubernetesClient client() {
        return client;
    }

    /** The read-only guard of this connection. */
    public ReadOnlyGuard guard() {
        return guard;
    }

    /** Whether TLS verification is off, to flag the connection visibly. */
    public boolean insecure() {
        return context.insecureSkipTlsVerify();
    }

    /** Things the user should see next to the connection; empty when all is well. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "LiveConnection[" + context.name() + " -> " + context.server() + "]";
    }
}
