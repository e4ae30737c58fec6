package dev.podium.live.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.guard.ChangePermission;
import dev.podium.live.kubeconfig.ClientFactory;
import dev.podium.live.kubeconfig.ExecCredentialPlugin;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.live.kubeconfig.LiveConnection;
import dev.podium.live.kubeconfig.LoginShellPath;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionTestTest {

    private static final String PODS = "/api/v1/namespaces/default/pods?limit=1";

    @TempDir
    Path dir;

    @Test
    void okAgainstTheMockServer() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir);
                LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
            ConnectionResult result = ConnectionTest.run(live, Duration.ofSeconds(20));
            assertEquals(ConnectionStatus.OK, result.status(), result.message());
            assertTrue(result.message().startsWith("connected to " + cluster.serverUrl()), result.message());
            assertTrue(result.message().endsWith("as user 'mock-user'; pods in namespace 'default' can be listed"),
                    result.message());
            assertFalse(live.insecure());
            assertTrue(live.warnings().isEmpty());
            assertEquals(List.of(), live.guard().counts().entrySet().stream()
                    .filter(e -> !e.getKey().isReadOnly() && e.getValue() > 0).toList());
        }
    }

    @Test
    void unauthorizedAfterOneRetryWithTheReReadKubeconfig() throws Exception {
        try (MockCluster cluster = MockCluster.expectations(dir, "token: first-token-abcdef")) {
            cluster.server.expect().get().withPath(PODS).andReturn(401, new StatusBuilder().withCode(401)
                    .withMessage("Unauthorized").build()).always();
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
                cluster.writeKubeconfig("token: second-token-abcdef",
                        "certificate-authority: " + cluster.server.getSelfSignedCertificate().certificatePath());
                ConnectionResult result = ConnectionTest.run(live, Duration.ofSeconds(20));
                assertEquals(ConnectionStatus.UNAUTHORIZED, result.status(), result.message());
                assertEquals(cluster.serverUrl() + " refused the credentials of user 'mock-user' (401 Unauthorized)",
                        result.message());
            }
            List<String> tokens = cluster.newRequests().stream().filter(r -> r.getPath().equals(PODS))
                    .map(r -> r.getHeader("Authorization")).toList();
            assertEquals(List.of("Bearer first-token-abcdef", "Bearer second-token-abcdef"), tokens,
                    "one retry, with the token re-read from the kubeconfig");
        }
    }

    @Test
    void aRetryAfter401WithTheNewTokenSucceeds() throws Exception {
        try (MockCluster cluster = MockCluster.expectations(dir, "token: old-token-abcdef")) {
            cluster.server.expect().get().withPath(PODS).andReturn(401, "").once();
            cluster.server.expect().get().withPath(PODS)
                    .andReturn(200, "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"items\":[]}").always();
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
                cluster.writeKubeconfig("token: new-token-abcdef",
                        "certificate-authority: " + cluster.server.getSelfSignedCertificate().certificatePath());
                ConnectionResult result = ConnectionTest.run(live, Duration.ofSeconds(20));
                assertEquals(ConnectionStatus.OK, result.status(), result.message());
                assertEquals(ConnectionStatus.OK, ConnectionTest.run(live, Duration.ofSeconds(20)).status());
            }
            List<RecordedRequest> requests = cluster.newRequests().stream().filter(r -> r.getPath().equals(PODS))
                    .toList();
            assertEquals("Bearer old-token-abcdef", requests.get(0).getHeader("Authorization"));
            assertEquals("Bearer new-token-abcdef", requests.get(1).getHeader("Authorization"));
            assertEquals("Bearer new-token-abcdef", requests.get(2).getHeader("Authorization"),
                    "later requests keep the new token");
        }
    }

    @Test
    void forbiddenWhenPodsCannotBeListed() throws Exception {
        try (MockCluster cluster = MockCluster.expectations(dir, "token: some-token-abcdef")) {
            cluster.server.expect().get().withPath(PODS)
                    .andReturn(403, new StatusBuilder().withCode(403).withMessage("forbidden").build()).always();
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
                ConnectionResult result = ConnectionTest.run(live, Duration.ofSeconds(20));
                assertEquals(ConnectionStatus.FORBIDDEN, result.status(), result.message());
                assertEquals("connected, but user 'mock-user' may not list pods in namespace 'default' (403 Forbidden)",
                        result.message());
            }
        }
    }

    @Test
    void unreachableOnAClosedPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ConnectionResult result = testAgainst("https://127.0.0.1:" + port, Duration.ofSeconds(20));
        assertEquals(ConnectionStatus.UNREACHABLE, result.status(), result.message());
        assertTrue(result.message().startsWith("cannot reach https://127.0.0.1:" + port + ": "), result.message());
        assertTrue(result.took().toSeconds() < 10, result.took().toString());
    }

    @Test
    void timeoutWhenTheServerNeverAnswers() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ConnectionResult result = testAgainst("https://127.0.0.1:" + silent.getLocalPort(),
                    Duration.ofSeconds(2));
            assertEquals(ConnectionStatus.TIMEOUT, result.status(), result.message());
            assertTrue(result.message().startsWith("no answer from https://127.0.0.1:" + silent.getLocalPort()),
                    result.message());
        }
    }

    @Test
    void tlsErrorWhenTheCertificateIsNotTrusted() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir)) {
            cluster.writeKubeconfig("token: some-token-abcdef", "tls-server-name: localhost");
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
                ConnectionResult result = ConnectionTest.run(live, Duration.ofSeconds(20));
                assertEquals(ConnectionStatus.TLS_ERROR, result.status(), result.message());
            }
        }
    }

    @Test
    void insecureSkipTlsVerifyConnectsWithAVisibleWarning() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir)) {
            cluster.writeKubeconfig("token: some-token-abcdef", "insecure-skip-tls-verify: true");
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
                assertTrue(live.insecure());
                assertEquals(List.of(LiveConnection.INSECURE_WARNING), live.warnings());
                ConnectionResult result = ConnectionTest.run(live, Duration.ofSeconds(20));
                assertEquals(ConnectionStatus.OK, result.status(), result.message());
                assertTrue(result.message().contains("WARNING: TLS verification is off"), result.message());
            }
        }
    }

    @Test
    void connectAndRunGivesUpOnAHungExecPluginWithinTheTimeout() throws Exception {
        Path plugin = dir.resolve("hung-plugin");
        java.nio.file.Files.writeString(plugin, "#!/bin/sh\nexec sleep 60\n");
        plugin.toFile().setExecutable(true);
        Path config = dir.resolve("config");
        java.nio.file.Files.writeString(config, String.join("\n",
                "clusters:",
                "- {name: c, cluster: {server: 'https://127.0.0.1:1'}}",
                "users:",
                "- name: u",
                "  user: {exec: {apiVersion: client.authentication.k8s.io/v1, command: '" + plugin + "'}}",
                "contexts:",
                "- {name: x, context: {cluster: c, user: u}}",
                ""));
        ClientFactory factory = new ClientFactory(KubeconfigFiles.locate(config), new ExecCredentialPlugin(
                LoginShellPath.fixed("/bin:/usr/bin"), Duration.ofSeconds(60), Clock.systemUTC()),
                new ChangePermission(), Clock.systemUTC());
        ConnectionResult result = ConnectionTest.connectAndRun(factory, "x", Duration.ofSeconds(1));
        assertEquals(ConnectionStatus.TIMEOUT, result.status(), result.message());
        assertEquals("no answer within 1 s for context 'x': the server or the user's credential plugin did not "
                + "respond", result.message());
        assertTrue(result.took().toSeconds() < 5, result.took().toString());
    }

    @Test
    void connectAndRunReportsAKubeconfigProblemAsItsMessage() throws Exception {
        Path config = dir.resolve("config");
        java.nio.file.Files.writeString(config, "contexts:\n- {name: x, context: {cluster: gone}}\n");
        ClientFactory factory = new ClientFactory(KubeconfigFiles.locate(config), new ExecCredentialPlugin(
                LoginShellPath.fixed("/bin"), Duration.ofSeconds(5), Clock.systemUTC()), new ChangePermission(),
                Clock.systemUTC());
        ConnectionResult result = ConnectionTest.connectAndRun(factory, "x", Duration.ofSeconds(10));
        assertEquals(ConnectionStatus.CREDENTIALS, result.status(), result.message());
        assertTrue(result.message().contains("context 'x' refers to cluster 'gone', which is not defined"),
                result.message());
    }

    private ConnectionResult testAgainst(String server, Duration timeout) throws Exception {
        Path config = dir.resolve("config");
        java.nio.file.Files.writeString(config, String.join("\n",
                "clusters:",
                "- {name: c, cluster: {server: '" + server + "', insecure-skip-tls-verify: true}}",
                "contexts:",
                "- {name: x, context: {cluster: c}}",
                ""));
        ClientFactory factory = new ClientFactory(KubeconfigFiles.locate(config), new ExecCredentialPlugin(
                LoginShellPath.fixed("/bin"), Duration.ofSeconds(5), Clock.systemUTC()), new ChangePermission(),
                Clock.systemUTC(), Duration.ofSeconds(30));
        try (LiveConnection live = factory.connect("x")) {
            return ConnectionTest.run(live, timeout);
        }
    }
}
