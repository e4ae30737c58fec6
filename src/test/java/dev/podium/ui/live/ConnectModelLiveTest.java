package dev.podium.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.kubeconfig.KubeconfigFiles;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Test connection" with the real probe: against fabric8's mock API server over https (its self-signed certificate
 * as the kubeconfig's CA, so TLS is verified), a closed port and a server that accepts but never answers. The
 * executors run each task on the calling thread, so the model's state is final when testConnection returns.
 */
class ConnectModelLiveTest {
    private static final Executor NOW = Runnable::run;
    private final Preferences node = Preferences.userRoot().node("dev/podium/test/connect-" + UUID.randomUUID());

    @TempDir
    Path dir;

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private ConnectModel model(String server, String tls, Duration timeout) throws Exception {
        KubeconfigFiles files = Kubeconfigs.oneFile(dir, String.join("\n",
                "current-context: target",
                "clusters:",
                "- {name: c, cluster: {server: '" + server + "', " + tls + "}}",
                "users:",
                "- {name: u, user: {token: some-token-abcdef}}",
                "contexts:",
                "- {name: target, context: {cluster: c, user: u}}",
                ""));
        return new ConnectModel(files, new LastConnection(node), ConnectionProbe.live(), NOW, NOW, timeout);
    }

    @Test
    void okAgainstTheMockServerOverVerifiedHttps() throws Exception {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), true);
        server.init();
        try {
            String url = "https://localhost:" + server.getPort();
            ConnectModel model = model(url, "certificate-authority: '"
                    + server.getSelfSignedCertificate().certificatePath() + "'", Duration.ofSeconds(20));
            model.testConnection();
            assertEquals(TestState.OK, model.testStateProperty().get(), model.testMessageProperty().get());
            assertTrue(model.testMessageProperty().get().startsWith("connected to " + url),
                    model.testMessageProperty().get());
        } finally {
            server.destroy();
        }
    }

    @Test
    void aClosedPortFailsWithAClearMessage() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ConnectModel model = model("https://127.0.0.1:" + port, "insecure-skip-tls-verify: true",
                Duration.ofSeconds(10));
        model.testConnection();
        assertEquals(TestState.FAILED, model.testStateProperty().get());
        assertTrue(model.testMessageProperty().get().startsWith("cannot reach https://127.0.0.1:" + port + ": "),
                model.testMessageProperty().get());
    }

    @Test
    void aServerThatNeverAnswersFailsWhenTheTimeoutIsUp() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "https://127.0.0.1:" + silent.getLocalPort();
            ConnectModel model = model(url, "insecure-skip-tls-verify: true", Duration.ofSeconds(2));
            long start = System.nanoTime();
            model.testConnection();
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(TestState.FAILED, model.testStateProperty().get());
            assertTrue(model.testMessageProperty().get().startsWith("no answer from " + url),
                    model.testMessageProperty().get());
            assertTrue(tookMillis < 8_000, "gave up after " + tookMillis + " ms");
        }
    }
}
