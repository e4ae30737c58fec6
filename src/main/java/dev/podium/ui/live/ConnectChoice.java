package dev.podium.ui.live;

import dev.podium.live.ChangePermission;
import dev.podium.live.ClientFactory;
import dev.podium.live.ContextInfo;
import dev.podium.live.ExecCredentialPlugin;
import dev.podium.live.KubeconfigFiles;
import dev.podium.live.LiveConfigException;
import dev.podium.live.LiveConnection;
import dev.podium.live.LiveOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What the Connect dialog hands back: the kubeconfig files (as {@link ClientFactory} takes them, and the files that
 * were actually read), the chosen context (no secret in it: the factory re-reads and resolves the credentials when
 * it connects), the namespace to watch ({@code null} for all namespaces) and whether the user allowed changes on
 * this context (each change still needs its own confirmation). Immutable.
 */
public record ConnectChoice(KubeconfigFiles files, List<Path> filesRead, ContextInfo context, String namespace,
        boolean allowChanges) {

    /** Checks the parts are present; copies the list. */
    public ConnectChoice {
        Objects.requireNonNull(files, "files");
        filesRead = List.copyOf(filesRead);
        Objects.requireNonNull(context, "context");
    }

    /** The kubeconfig context's name, as {@link ClientFactory#connect(String)} takes it. */
    public String contextName() {
        return context.name();
    }

    /** True when the session should watch every namespace. */
    public boolean allNamespaces() {
        return namespace == null;
    }

    /** The session options for this choice: all namespaces or the one chosen, the other defaults. */
    public LiveOptions liveOptions() {
        return namespace == null ? LiveOptions.allNamespaces() : LiveOptions.namespace(namespace);
    }

    /**
     * Opens the connection: grants or revokes "allow changes" for this context on {@code permission} (the app's one
     * instance, shared by its clients), then builds the client. Blocks while the kubeconfig is read and an exec
     * plugin runs: call it off the FX thread.
     */
    public LiveConnection connect(ChangePermission permission) throws LiveConfigException {
        if (allowChanges) {
            permission.grant(contextName());
        } else {
            permission.revoke(contextName());
        }
        return new ClientFactory(files, ExecCredentialPlugin.forThisProcess(), permission, Clock.systemUTC())
                .connect(contextName());
    }
}
