package dev.podium.ui.live;

import dev.podium.live.kubeconfig.ClientFactory;
import dev.podium.live.kubeconfig.ContextInfo;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import java.nio.file.Path;
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
}
