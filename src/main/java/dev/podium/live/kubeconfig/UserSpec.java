package dev.podium.live.kubeconfig;

import java.nio.file.Path;

/**
 * A kubeconfig user's credentials, paths already resolved against the kubeconfig's directory. Holds secrets:
 * {@link #toString()} shows only which kinds of credential are present, never their values. Immutable.
 */
record UserSpec(String name, String token, Path tokenFile, Path clientCertFile, String clientCertData,
        Path clientKeyFile, String clientKeyData, String username, String password, ExecConfig exec,
        String authProvider) {

    /** A user with no credentials at all (anonymous, or a context without a user). */
    static UserSpec none(String name) {
        return new UserSpec(name, null, null, null, null, null, null, null, null, null, null);
    }

    boolean hasClientCert() {
        return clientCertFile != null || clientCertData != null;
    }

    AuthKind kind() {
        if (exec != null) {
            return AuthKind.EXEC;
        }
        if (token != null || tokenFile != null) {
            return AuthKind.TOKEN;
        }
        if (hasClientCert()) {
            return AuthKind.CLIENT_CERT;
        }
        if (username != null || password != null) {
            return AuthKind.BASIC;
        }
        if (authProvider != null) {
            return AuthKind.AUTH_PROVIDER;
        }
        return AuthKind.NONE;
    }

    @Override
    public String toString() {
        return "UserSpec[name=" + name + ", kind=" + kind() + (exec == null ? "" : ", exec=" + exec) + "]";
    }
}
