package dev.podium.live.kubeconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.MockCluster;
import dev.podium.live.connection.ConnectionStatus;
import dev.podium.live.connection.ConnectionTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientFactoryTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownContextIsRefusedBeforeFabric8SeesIt() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir)) {
            LiveConfigException e = assertThrows(LiveConfigException.class,
                    () -> cluster.factory(Clock.systemUTC()).connect("staging"));
            assertEquals("there is no context named 'staging' in " + cluster.kubeconfig + "; known contexts: mock",
                    e.getMessage());
        }
    }

    @Test
    void anExecUserGetsItsTokenFromThePluginAndThePluginsFailureIsReportedAtConnect() throws Exception {
        Path plugin = dir.resolve("bin/fake-auth");
        Files.createDirectories(plugin.getParent());
        Files.writeString(plugin, "#!/bin/sh\ncat <<'EOF'\n{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                + "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"exec-token-abcdef\"}}\nEOF\n");
        Files.setPosixFilePermissions(plugin, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (MockCluster cluster = MockCluster.crud(dir)) {
            String ca = "certificate-authority: " + cluster.server.getSelfSignedCertificate().certificatePath();
            cluster.writeKubeconfig("exec: {command: ./bin/fake-auth, apiVersion: client.authentication.k8s.io/v1}",
                    ca);
            try (LiveConnection live = cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT)) {
                assertEquals(AuthKind.EXEC, live.context().authKind());
                assertEquals(ConnectionStatus.OK, ConnectionTest.run(live, Duration.ofSeconds(20)).status());
            }
            assertTrue(cluster.newRequests().stream()
                    .allMatch(r -> "Bearer exec-token-abcdef".equals(r.getHeader("Authorization"))));

            Files.writeString(plugin, "#!/bin/sh\necho 'error: SSO session expired; run aws sso login' >&2\nexit 2\n");
            LiveConfigException e = assertThrows(LiveConfigException.class,
                    () -> cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT));
            assertEquals("exec plugin 'fake-auth' failed with exit code 2; it said: error: SSO session expired; run "
                    + "aws sso login", e.getMessage());
        }
    }

    @Test
    void aLegacyAuthProviderIsRefusedWithAHint() throws Exception {
        try (MockCluster cluster = MockCluster.crud(dir)) {
            cluster.writeKubeconfig("auth-provider: {name: gcp}", "insecure-skip-tls-verify: true");
            LiveConfigException e = assertThrows(LiveConfigException.class,
                    () -> cluster.factory(Clock.systemUTC()).connect(MockCluster.CONTEXT));
            assertTrue(e.getMessage().contains("uses auth-provider 'gcp', which kubectl no longer supports"),
                    e.getMessage());
        }
    }
}
