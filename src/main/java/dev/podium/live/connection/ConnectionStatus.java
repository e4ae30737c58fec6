package dev.podium.live.connection;

/** The outcome of a {@link ConnectionTest}, one word for a status badge. */
public enum ConnectionStatus {
    /** The server answered and the context namespace's pods can be listed. */
    OK,
    /** The server refused the credentials (401). */
    UNAUTHORIZED,
    /** The credentials were accepted but do not allow listing pods in the namespace (403). */
    FORBIDDEN,
    /** Nothing answers at the server address (refused, no route, unknown host). */
    UNREACHABLE,
    /** The TLS handshake failed: certificate not trusted, wrong host name, bad client certificate. */
    TLS_ERROR,
    /** No answer within the time allowed. */
    TIMEOUT,
    /** Credentials could not be obtained (exec plugin failed or hung, kubeconfig unreadable). */
    CREDENTIALS,
    /** Anything else; the message says what. */
    ERROR
}
