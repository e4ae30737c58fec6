package dev.podium.live.kubeconfig;

import dev.podium.live.log.Redactor;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kubeconfig user's {@code exec} section (client-go's ExecConfig): the command (already resolved against the
 * kubeconfig's directory when it names a relative path with a separator, as client-go does; a bare name is looked
 * up on the PATH when run), its arguments, extra environment, the ExecCredential {@code apiVersion} the plugin
 * speaks, the install hint to show when the command is missing, and whether to send cluster info.
 *
 * <p>Immutable; {@code env} keeps the kubeconfig's order. Its {@code toString()} hides the environment values,
 * which sometimes carry secrets.
 */
public record ExecConfig(String command, List<String> args, Map<String, String> env, String apiVersion,
        String installHint, boolean provideClusterInfo) {

    /** The ExecCredential API version current client-go speaks. */
    public static final String V1 = "client.authentication.k8s.io/v1";
    /** The older ExecCredential API version, still spoken by many plugins. */
    public static final String V1BETA1 = "client.authentication.k8s.io/v1beta1";

    /** Copies the collections and checks the command and version are present. */
    public ExecConfig {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(apiVersion, "apiVersion");
        args = List.copyOf(args);
        env = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
    }

    @Override
    public String toString() {
        return "ExecConfig[command=" + command + ", args=" + Redactor.scrub(String.join(" ", args)) + ", env="
                + env.keySet() + ", apiVersion=" + apiVersion + "]";
    }
}
