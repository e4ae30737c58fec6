package dev.podium.ui.live;

import dev.podium.live.connection.ConnectionResult;
import dev.podium.live.connection.ConnectionStatus;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "test connection" part of {@link ConnectModel}: runs the probe on the background executor, posts the result
 * with the FX executor, and drops a result whose run was superseded by {@link #reset()} or a newer start. FX thread
 * only, apart from the probe itself.
 */
final class ConnectionTestRun {
    private final ConnectionProbe probe;
    private final Executor background;
    private final Executor fx;
    private final Duration timeout;
    private final ReadOnlyObjectWrapper<TestState> state = new ReadOnlyObjectWrapper<>(this, "state", TestState.IDLE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long run;

    ConnectionTestRun(ConnectionProbe probe, Executor background, Executor fx, Duration timeout) {
        this.probe = probe;
        this.background = background;
        this.fx = fx;
        this.timeout = timeout;
    }

    ReadOnlyObjectProperty<TestState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    Duration timeout() {
        return timeout;
    }

    /** Back to idle; a test still running will not report. */
    void reset() {
        run++;
        state.set(TestState.IDLE);
        message.set("");
    }

    /** Tests {@code context} from {@code files}. */
    void start(KubeconfigFiles files, String context) {
        long thisRun = ++run;
        state.set(TestState.TESTING);
        message.set("");
        try {
            background.execute(() -> {
                ConnectionResult result = probeSafely(files, context);
                fx.execute(() -> finish(thisRun, result.ok(), result.message()));
            });
        } catch (RejectedExecutionException e) {
            finish(thisRun, false, "the connection test could not be started");
        }
    }

    /** Runs on the background executor: a probe that throws still ends the test, with its message. */
    private ConnectionResult probeSafely(KubeconfigFiles files, String context) {
        try {
            return probe.test(files, context, timeout);
        } catch (RuntimeException e) {
            return new ConnectionResult(ConnectionStatus.ERROR, "the connection test failed: " + e.getMessage(), "",
                    Duration.ZERO);
        }
    }

    private void finish(long finishedRun, boolean ok, String text) {
        if (finishedRun != run) {
            return;
        }
        state.set(ok ? TestState.OK : TestState.FAILED);
        message.set(text);
    }
}
