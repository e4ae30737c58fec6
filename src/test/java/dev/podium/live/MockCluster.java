package dev.podium.live;

import dev.podium.live.guard.ChangePermission;
import dev.podium.live.kubeconfig.ClientFactory;
import dev.podium.live.kubeconfig.ExecCredentialPlugin;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.live.kubeconfig.LoginShellPath;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A fabric8 mock API server over https (CRUD or expectation mode) and a kubeconfig that points at it with its
 * self-signed certificate as CA, so TLS is verified for real. Records what reached the server. Public, as the
 * fixture shared by the tests of the live sub-packages and the window's live tests in {@code dev.podium.ui.shell}.
 */
public final class MockCluster implements AutoCloseable {

    public static final String CONTEXT = "mock";
    /** The mock server logs every request at INFO through java.util.logging; that costs more than serving it. */
    private static final java.util.logging.Logger QUIET =
            java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    static {
        QUIET.setLevel(java.util.logging.Level.WARNING);
    }

    public final KubernetesMockServer server;
    public final Path kubeconfig;
    /** The change permission of every client {@link #factory} builds. */
    public final ChangePermission permission = new ChangePermission();
    private int taken;

    private MockCluster(KubernetesMockServer server, Path kubeconfig) {
        this.server = server;
        this.kubeconfig = kubeconfig;
    }

    public static MockCluster crud(Path dir) throws IOException {
        return start(dir, true, "token: session-token-abcdef");
    }

    /** A server in expectation mode, with {@code userBody} as the kubeconfig user. */
    public static MockCluster expectations(Path dir, String userBody) throws IOException {
        return start(dir, false, userBody);
    }

    /** A server answering from {@code dispatcher} (scripted lists, watches, errors), with a token user. */
    public static MockCluster scripted(Path dir, io.fabric8.mockwebserver.http.Dispatcher dispatcher) throws IOException {
        return start(dir, new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher,
                true), "token: session-token-abcdef");
    }

    private static MockCluster start(Path dir, boolean crud, String userBody) throws IOException {
        KubernetesMockServer server = crud
                ? new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                        new KubernetesCrudDispatcher(), true)
                : new KubernetesMockServer(new MockWebServer(), new HashMap<>(), true);
        return start(dir, server, userBody);
    }

    private static MockCluster start(Path dir, KubernetesMockServer server, String userBody) throws IOException {
        server.init();
        Path kubeconfig = dir.resolve("config");
        MockCluster cluster = new MockCluster(server, kubeconfig);
        cluster.writeKubeconfig(userBody,
                "certificate-authority: " + server.getSelfSignedCertificate().certificatePath());
        return cluster;
    }

    /** The server's https URL. */
    public String serverUrl() {
        return "https://localhost:" + server.getPort();
    }

    /** Rewrites the kubeconfig with {@code userBody} as the user and {@code tls} as the cluster's TLS line. */
    public void writeKubeconfig(String userBody, String tls) throws IOException {
        Files.writeString(kubeconfig, String.join("\n",
                "apiVersion: v1",
                "kind: Config",
                "current-context: " + CONTEXT,
                "clusters:",
                "- name: mock-cluster",
                "  cluster:",
                "    server: " + serverUrl(),
                "    " + tls,
                "users:",
                "- name: mock-user",
                "  user: {" + userBody + "}",
                "contexts:",
                "- name: " + CONTEXT,
                "  context: {cluster: mock-cluster, user: mock-user}",
                ""));
    }

    /** A client factory for the kubeconfig, with {@link #permission}, a fixed PATH and {@code clock}. */
    public ClientFactory factory(Clock clock) {
        return new ClientFactory(KubeconfigFiles.locate(kubeconfig, java.util.Map.of(), kubeconfig.getParent()),
                new ExecCredentialPlugin(LoginShellPath.fixed("/usr/bin:/bin"), Duration.ofSeconds(10), clock),
                permission, clock, Duration.ofSeconds(10));
    }

    /** The requests that reached the server since the last call. */
    public List<RecordedRequest> newRequests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        while (taken < server.getRequestCount()) {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            if (request == null) {
                break;
            }
            out.add(request);
            taken++;
        }
        return out;
    }

    /**
     * Stops the mock server. fabric8's MockWebServer waits at most 10 s for its vert.x instance to close and throws
     * when a watch connection is still draining; that is the fixture's teardown, not the behaviour under test, so it
     * is reported on stderr instead of failing a test that has already passed.
     */
    @Override
    public void close() {
        try {
            server.destroy();
        } catch (IllegalStateException e) {
            System.err.println("MockCluster: " + e.getMessage() + " (teardown of the mock server; ignored)");
        }
    }
}
