package dev.podium.live.log;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Reads fabric8 failures the way the live status shows them: the HTTP status an API server answered with (0 when
 * none did: a refused connection, a timeout) and a one-line, redacted summary. Stateless; any thread.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** "HTTP 403: the server's message" when the API server answered, else the redacted cause chain. */
    public static String summary(Throwable t, int code) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof KubernetesClientException && ((KubernetesClientException) c).getStatus() != null
                    && ((KubernetesClientException) c).getStatus().getMessage() != null) {
                return Redactor.scrub("HTTP " + code + ": " + ((KubernetesClientException) c).getStatus().getMessage());
            }
        }
        return Redactor.describe(t);
    }

    /** The HTTP status in {@code t}'s causes, or 0. */
    public static int code(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof KubernetesClientException && ((KubernetesClientException) c).getCode() > 0) {
                return ((KubernetesClientException) c).getCode();
            }
        }
        return 0;
    }
}
