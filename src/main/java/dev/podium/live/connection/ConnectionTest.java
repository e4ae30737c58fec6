package dev.podium.live.connection;

import dev.podium.live.kubeconfig.ClientFactory;
import dev.podium.live.kubeconfig.ContextInfo;
import dev.podium.live.kubeconfig.CredentialFailedException;
import dev.podium.live.kubeconfig.LiveConfigException;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.live.log.LiveLog;
import dev.podium.live.log.Redactor;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * "Test connection": asks the server for {@code /version}, then lists at most one pod in the context's namespace,
 * and sums up the outcome as a {@link ConnectionResult}. Both are reads, so the test works on a read-only
 * connection. The test runs on its own daemon thread and the caller waits at most the given timeout, so a
 * black-holed server or a hung credential plugin gives {@link ConnectionStatus#TIMEOUT}, never a frozen caller.
 *
 * <p>Stateless; any thread may call {@link #run}, which blocks up to the timeout (call it off the FX thread).
 */
public final class ConnectionTest {

    private static final LiveLog LOG = LiveLog.of(ConnectionTest.class);
    /** How much longer {@link #connectAndRun} waits than the inner test, so the inner message wins. */
    private static final long GRACE_MILLIS = 500;

    private ConnectionTest() {
    }

    /** Tests {@code connection}, waiting at most {@code timeout}. */
    public static ConnectionResult run(LiveConnection connection, Duration timeout) {
        long start = System.nanoTime();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "podium-connection-test");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<ConnectionResult> future = executor.submit(() -> probe(connection, start));
            try {
                return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return result(ConnectionStatus.TIMEOUT, "no answer from " + connection.context().server()
                        + " within " + timeout.toSeconds() + " s", "", start);
            } catch (ExecutionException e) {
                return classify(connection, e.getCause(), "", start);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result(ConnectionStatus.ERROR, "the connection test was interrupted", "", start);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Builds a client for {@code contextName} with {@code factory}, tests it as {@link #run} does and closes it, all
     * within {@code timeout} (plus half a second, so that {@link #run}'s own, more precise timeout message wins when
     * the client was built quickly). A hung exec plugin or a server that never answers gives
     * {@link ConnectionStatus#TIMEOUT}; a kubeconfig or credential problem found while building the client gives
     * {@link ConnectionStatus#CREDENTIALS} with its message. Blocks (call it off the FX thread). The client is
     * closed even when it is built after the caller gave up.
     */
    public static ConnectionResult connectAndRun(ClientFactory factory, String contextName, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "podium-connection-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<ConnectionResult> future = executor.submit(() -> {
                try (LiveConnection connection = factory.connect(contextName)) {
                    return run(connection, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
                }
            });
            try {
                return future.get(timeout.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return result(ConnectionStatus.TIMEOUT, "no answer within " + timeout.toSeconds() + " s for context '"
                        + contextName + "': the server or the user's credential plugin did not respond", "", start);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof LiveConfigException) {
                    return result(ConnectionStatus.CREDENTIALS, cause.getMessage(), "", start);
                }
                LOG.info("connection check of context {} failed: {}", contextName, cause);
                return result(ConnectionStatus.ERROR, "the connection test failed: " + Redactor.describe(cause), "",
                        start);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return result(ConnectionStatus.ERROR, "the connection test was interrupted", "", start);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static ConnectionResult probe(LiveConnection connection, long start) {
        String version = "";
        try {
            VersionInfo info = connection.client().getKubernetesVersion();
            version = info == null ? "" : info.getGitVersion() == null ? "" : info.getGitVersion();
            String namespace = connection.context().namespace();
            connection.client().pods().inNamespace(namespace)
                    .list(new ListOptionsBuilder().withLimit(1L).build());
            String message = "connected to " + connection.context().server()
                    + (version.isEmpty() ? "" : " (Kubernetes " + version + ")") + " as user '"
                    + connection.context().userName() + "'; pods in namespace '" + namespace + "' can be listed";
            if (connection.insecure()) {
                message = message + "; WARNING: " + LiveConnection.INSECURE_WARNING;
            }
            return result(ConnectionStatus.OK, message, version, start);
        } catch (RuntimeException e) {
            return classify(connection, e, version, start);
        }
    }

    /** The status and message for {@code error}, found by walking its causes. */
    static ConnectionResult classify(LiveConnection connection, Throwable error, String version, long start) {
        ContextInfo context = connection.context();
        LOG.info("connection test of context {} failed: {}", context.name(), error);
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CredentialFailedException || t instanceof LiveConfigException) {
                return result(ConnectionStatus.CREDENTIALS, "could not get credentials for user '"
                        + context.userName() + "': " + t.getMessage(), version, start);
            }
            if (t instanceof KubernetesClientException && ((KubernetesClientException) t).getCode() == 401) {
                return result(ConnectionStatus.UNAUTHORIZED, context.server() + " refused the credentials of user '"
                        + context.userName() + "' (401 Unauthorized)", version, start);
            }
            if (t instanceof KubernetesClientException && ((KubernetesClientException) t).getCode() == 403) {
                return result(ConnectionStatus.FORBIDDEN, "connected, but user '" + context.userName()
                        + "' may not list pods in namespace '" + context.namespace() + "' (403 Forbidden)", version,
                        start);
            }
            if (t instanceof SSLException || t instanceof GeneralSecurityException) {
                return result(ConnectionStatus.TLS_ERROR, "TLS with " + context.server() + " failed: "
                        + firstLine(t), version, start);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException) {
                return result(ConnectionStatus.UNREACHABLE, "cannot reach " + context.server() + ": "
                        + firstLine(t), version, start);
            }
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t instanceof InterruptedIOException) {
                return result(ConnectionStatus.TIMEOUT, "no answer from " + context.server() + ": "
                        + firstLine(t), version, start);
            }
        }
        return result(ConnectionStatus.ERROR, "the connection test failed: " + Redactor.describe(error), version,
                start);
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static ConnectionResult result(ConnectionStatus status, String message, String version, long start) {
        return new ConnectionResult(status, message, version, Duration.ofNanos(System.nanoTime() - start));
    }
}
