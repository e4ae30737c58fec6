package dev.podium.ui.live;

import dev.podium.live.connection.ConnectionResult;
import dev.podium.live.connection.ConnectionTest;
import dev.podium.live.guard.ChangePermission;
import dev.podium.live.kubeconfig.ClientFactory;
import dev.podium.live.kubeconfig.ExecCredentialPlugin;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import java.time.Clock;
import java.time.Duration;

/**
 * Tests a context: connects, asks the server, closes, all within a timeout. Blocks; the model calls it on its
 * background executor. Tests pass their own.
 */
@FunctionalInterface
public interface ConnectionProbe {

    /** Tests {@code context} from {@code files}, giving up after {@code timeout}. */
    ConnectionResult test(KubeconfigFiles files, String context, Duration timeout);

    /**
     * The real probe: a read-only client (nothing is granted on its permission) built by {@link ClientFactory},
     * tested by {@link ConnectionTest#connectAndRun}, so a hung exec plugin is bounded by the timeout too.
     */
    static ConnectionProbe live() {
        return (files, context, timeout) -> ConnectionTest.connectAndRun(new ClientFactory(files,
                ExecCredentialPlugin.forThisProcess(), new ChangePermission(), Clock.systemUTC()), context, timeout);
    }
}
