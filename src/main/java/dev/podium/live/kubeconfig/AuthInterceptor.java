package dev.podium.live.kubeconfig;

import dev.podium.live.log.LiveLog;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.net.HttpURLConnection;
import java.util.concurrent.CompletableFuture;

/**
 * Puts our credentials on every request and, on a 401, re-reads the kubeconfig and retries once (fabric8 retries
 * a request at most once per interceptor that asks). Registered under fabric8's own name {@value #NAME} so it
 * replaces fabric8's TokenRefreshInterceptor, which would re-read the kubeconfig with fabric8's rules (silent
 * fallback to the current context, its own exec runner without our timeout). The fabric8 {@code Config} therefore
 * never holds a token or password. A credential failure is thrown as {@link CredentialFailedException}; the request
 * is not sent. Thread-safe.
 */
final class AuthInterceptor implements Interceptor {

    /** fabric8's name for its token interceptor, which this one replaces. */
    static final String NAME = "TOKEN";

    private static final LiveLog LOG = LiveLog.of(AuthInterceptor.class);

    private final CredentialSource credentials;

    AuthInterceptor(CredentialSource credentials) {
        this.credentials = credentials;
    }

    @Override
    public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
        try {
            String header = credentials.authorization();
            if (header != null) {
                builder.setHeader("Authorization", header);
            }
        } catch (LiveConfigException e) {
            throw new CredentialFailedException(e);
        }
    }

    @Override
    public CompletableFuture<Boolean> afterFailure(BasicBuilder builder, HttpResponse<?> response,
            RequestTags tags) {
        if (response.code() != HttpURLConnection.HTTP_UNAUTHORIZED) {
            return CompletableFuture.completedFuture(false);
        }
        try {
            String header = credentials.reloadAfterUnauthorized();
            if (header == null) {
                return CompletableFuture.completedFuture(false);
            }
            LOG.info("401 from the API server: re-read the kubeconfig, retrying once");
            builder.setHeader("Authorization", header);
            return CompletableFuture.completedFuture(true);
        } catch (LiveConfigException e) {
            LOG.warn("401 from the API server and the kubeconfig could not be re-read: {}", e.getMessage());
            return CompletableFuture.completedFuture(false);
        }
    }
}
