package dev.podium.live.kubeconfig;

import dev.podium.live.guard.ChangePermission;
import dev.podium.live.guard.ReadOnlyGuard;
import dev.podium.live.log.LiveLog;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Builds fabric8 clients for kubeconfig contexts, never letting fabric8 read the kubeconfig itself: the context
 * is resolved by {@link Kubeconfig#resolve(String)} (an unknown name is an error, where fabric8 would silently use
 * the current context), and the fabric8 {@code Config} is built field by field with auto-configuration off, so no
 * environment variable, system property or service-account file changes what we connect to.
 *
 * <p>TLS is as the kubeconfig says (CA file or data, client certificate, server name; verification off only with
 * insecure-skip-tls-verify, which also puts a warning on the connection). Credentials travel in our
 * {@link AuthInterceptor} (never in the {@code Config}), which also re-reads the kubeconfig and retries once on 401.
 * Every client carries a {@link ReadOnlyGuard}. Timeouts: connect 10 s, request 30 s, no transport retries (a
 * desktop app should say "unreachable" in seconds, not retry for minutes).
 *
 * <p>Thread-safe; {@link #connect(String)} blocks while the kubeconfig is read and an exec plugin runs.
 */
public final class ClientFactory {

    /** Connect timeout of every client. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Request timeout of every client. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final LiveLog LOG = LiveLog.of(ClientFactory.class);

    /**
     * One JSON (de)serializer for every client: Jackson's introspection caches of the Kubernetes model cost several
     * megabytes per mapper, and fabric8 keeps a closed client reachable for two minutes (its closed watches' end
     * check), so a mapper per client left that much behind for each closed live session. Thread-safe.
     */
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final KubeconfigFiles files;
    private final ExecCredentialPlugin plugins;
    private final ChangePermission permission;
    private final Clock clock;
    private final Duration requestTimeout;

    /** A factory reading {@code files}, running plugins with {@code plugins}, guarding with {@code permission}. */
    public ClientFactory(KubeconfigFiles files, ExecCredentialPlugin plugins, ChangePermission permission,
            Clock clock) {
        this(files, plugins, permission, clock, REQUEST_TIMEOUT);
    }

    /** As above, with another request timeout (tests use a short one). */
    public ClientFactory(KubeconfigFiles files, ExecCredentialPlugin plugins, ChangePermission permission,
            Clock clock, Duration requestTimeout) {
        this.files = Objects.requireNonNull(files, "files");
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        this.permission = Objects.requireNonNull(permission, "permission");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /**
     * A client for {@code contextName}. Fails, with a message naming the file, when the kubeconfig or the context
     * is unusable, or when the exec plugin fails (it runs now, so a broken plugin is reported at connect time).
     */
    public LiveConnection connect(String contextName) throws LiveConfigException {
        ResolvedContext context = files.load().resolve(contextName);
        UserSpec user = context.user();
        if (user.kind() == AuthKind.AUTH_PROVIDER) {
            throw new LiveConfigException(context.info().file(), "user '" + user.name() + "' uses auth-provider '"
                    + user.authProvider() + "', which kubectl no longer supports; switch the user to its exec "
                    + "plugin (gke-gcloud-auth-plugin, kubelogin)");
        }
        CredentialSource credentials = new CredentialSource(context, () -> files.load().resolve(contextName),
                plugins);
        ExecCredential execCredential = user.exec() == null ? null
                : plugins.credential(credentials.cacheKey(), user.exec(), context.cluster());
        Config config = config(context, execCredential);
        ReadOnlyGuard guard = new ReadOnlyGuard(contextName, permission, clock);
        AuthInterceptor auth = new AuthInterceptor(credentials);
        KubernetesClient client = new KubernetesClientBuilder().withConfig(config)
                .withKubernetesSerialization(SERIALIZATION)
                .withHttpClientBuilderConsumer(builder -> {
                    builder.addOrReplaceInterceptor(AuthInterceptor.NAME, auth);
                    builder.addOrReplaceInterceptor(ReadOnlyGuard.NAME, guard);
                }).build();
        List<String> warnings = new ArrayList<>();
        if (context.cluster().insecureSkipTlsVerify()) {
            warnings.add(LiveConnection.INSECURE_WARNING);
        }
        LOG.info("client for context {} at {} as user {} (namespace {}, auth {}{})", contextName,
                context.info().server(), user.name(), context.info().namespace(), user.kind(),
                warnings.isEmpty() ? "" : ", TLS NOT VERIFIED");
        return new LiveConnection(context.info(), client, guard, warnings);
    }

    /** The fabric8 Config for {@code context}: endpoint, TLS and timeouts only; never a token or password. */
    private Config config(ResolvedContext context, ExecCredential execCredential) {
        ClusterSpec cluster = context.cluster();
        UserSpec user = context.user();
        boolean insecure = cluster.insecureSkipTlsVerify();
        ConfigBuilder builder = new ConfigBuilder()
                .withAutoConfigure(false)
                .withMasterUrl(cluster.server())
                .withNamespace(context.info().namespace())
                .withTrustCerts(insecure)
                .withDisableHostnameVerification(insecure)
                .withConnectionTimeout((int) CONNECT_TIMEOUT.toMillis())
                .withRequestTimeout((int) requestTimeout.toMillis())
                .withRequestRetryBackoffLimit(0)
                .withUserAgent("podium (fabric8 kubernetes-client)");
        if (cluster.caFile() != null) {
            builder.withCaCertFile(cluster.caFile().toString());
        }
        if (cluster.caData() != null) {
            builder.withCaCertData(cluster.caData());
        }
        if (cluster.tlsServerName() != null) {
            builder.withTlsServerName(cluster.tlsServerName());
        }
        if (cluster.proxyUrl() != null) {
            builder.withHttpsProxy(cluster.proxyUrl()).withHttpProxy(cluster.proxyUrl());
        }
        if (user.clientCertFile() != null) {
            builder.withClientCertFile(user.clientCertFile().toString());
        }
        if (user.clientCertData() != null) {
            builder.withClientCertData(user.clientCertData());
        }
        if (user.clientKeyFile() != null) {
            builder.withClientKeyFile(user.clientKeyFile().toString());
        }
        if (user.clientKeyData() != null) {
            builder.withClientKeyData(user.clientKeyData());
        }
        if (execCredential != null && execCredential.clientCertificateData() != null) {
            builder.withClientCertData(base64(execCredential.clientCertificateData()))
                    .withClientKeyData(base64(execCredential.clientKeyData()));
        }
        return builder.build();
    }

    private static String base64(String pem) {
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.UTF_8));
    }
}
