package dev.podium.live.kubeconfig;

/**
 * How a kubeconfig user authenticates, as shown next to a context. {@link #AUTH_PROVIDER} is the legacy
 * {@code auth-provider} (gcp, azure, oidc) that kubectl itself no longer runs; connecting with it is refused with
 * a hint to use the exec plugin that replaced it.
 */
public enum AuthKind {
    /** A bearer token in the kubeconfig or in a token file. */
    TOKEN,
    /** A client certificate and key (files or inline data). */
    CLIENT_CERT,
    /** An exec credential plugin (aws, gke-gcloud-auth-plugin, kubelogin, ...). */
    EXEC,
    /** A user name and password (HTTP basic). */
    BASIC,
    /** A legacy auth-provider entry. */
    AUTH_PROVIDER,
    /** No credentials: anonymous, or the user entry is empty. */
    NONE
}
