package dev.podium.live.kubeconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static final String FIRST = String.join("\n",
            "apiVersion: v1",
            "kind: Config",
            "current-context: dev",
            "clusters:",
            "- name: shared",
            "  cluster: {server: 'https://first.example:6443'}",
            "- name: dev-cluster",
            "  cluster: {server: 'https://dev.example:6443'}",
            "users:",
            "- name: shared-user",
            "  user: {token: first-token-value}",
            "contexts:",
            "- name: dev",
            "  context: {cluster: dev-cluster, user: shared-user, namespace: team-a}",
            "- name: both",
            "  context: {cluster: shared, user: shared-user}",
            "");

    private static final String SECOND = String.join("\n",
            "apiVersion: v1",
            "kind: Config",
            "current-context: prod",
            "clusters:",
            "- name: shared",
            "  cluster: {server: 'https://second.example:6443', insecure-skip-tls-verify: true}",
            "- name: prod-cluster",
            "  cluster: {server: 'https://prod.example:6443'}",
            "users:",
            "- name: shared-user",
            "  user: {username: admin, password: second-password}",
            "- name: prod-user",
            "  user: {exec: {command: aws, apiVersion: client.authentication.k8s.io/v1beta1, args: [eks, get-token]}}",
            "contexts:",
            "- name: both",
            "  context: {cluster: prod-cluster, user: prod-user}",
            "- name: prod",
            "  context: {cluster: prod-cluster, user: prod-user}",
            "");

    @Test
    void twoFilesMergeWithTheFirstWinningEachNameAndSettingTheCurrentContext() throws Exception {
        Path first = write("a/config", FIRST);
        Path second = write("b/config", SECOND);
        String list = first + File.pathSeparator + File.pathSeparator + second + File.pathSeparator + first;
        KubeconfigFiles files = KubeconfigFiles.locate(null, Map.of("KUBECONFIG", list), dir);
        assertEquals(List.of(first, second), files.candidates());

        Kubeconfig config = files.load();
        assertEquals("dev", config.currentContext().orElseThrow());
        assertEquals(List.of("dev", "both", "prod"), config.contextNames());

        ContextInfo both = config.context("both");
        assertEquals("shared", both.clusterName(), "the context 'both' of the first file wins");
        assertEquals("https://first.example:6443", both.server(), "the cluster 'shared' of the first file wins");
        assertFalse(both.insecureSkipTlsVerify());
        assertEquals(AuthKind.TOKEN, both.authKind(), "the user 'shared-user' of the first file wins");
        assertEquals(first, both.file());

        ContextInfo prod = config.context("prod");
        assertEquals("https://prod.example:6443", prod.server());
        assertEquals("prod-user", prod.userName());
        assertEquals(AuthKind.EXEC, prod.authKind());
        assertEquals(second, prod.file());
        assertNull(prod.problem());
    }

    @Test
    void currentContextComesFromTheFirstFileThatSetsOne() throws Exception {
        Path none = write("none.yaml", "apiVersion: v1\nkind: Config\ncontexts: []\n");
        Path second = write("second.yaml", SECOND);
        Kubeconfig config = Kubeconfig.load(List.of(none, second));
        assertEquals("prod", config.currentContext().orElseThrow());
    }

    @Test
    void namespaceDefaultsToDefaultAndIsTakenFromTheContext() throws Exception {
        Kubeconfig config = Kubeconfig.load(List.of(write("config", FIRST)));
        assertEquals("team-a", config.context("dev").namespace());
        assertEquals("default", config.context("both").namespace());
    }

    @Test
    void anUnknownContextIsAnErrorNamingTheKnownOnes() throws Exception {
        Path file = write("config", FIRST);
        Kubeconfig config = Kubeconfig.load(List.of(file));
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> config.context("staging"));
        assertEquals("there is no context named 'staging' in " + file + "; known contexts: dev, both", e.getMessage());
        assertThrows(LiveConfigException.class, () -> config.resolve("staging"));
    }

    @Test
    void relativePathsResolveAgainstTheKubeconfigDirectory() throws Exception {
        write("certs/ca.crt", "ca");
        write("certs/client.crt", "cert");
        write("certs/client.key", "key");
        Path file = write("kube/config", String.join("\n",
                "clusters:",
                "- name: c",
                "  cluster: {server: 'https://c.example', certificate-authority: ../certs/ca.crt}",
                "users:",
                "- name: cert-user",
                "  user: {client-certificate: ../certs/client.crt, client-key: ../certs/client.key}",
                "- name: exec-user",
                "  user:",
                "    exec: {command: ./bin/plugin, apiVersion: client.authentication.k8s.io/v1}",
                "- name: path-user",
                "  user:",
                "    exec: {command: aws, apiVersion: client.authentication.k8s.io/v1}",
                "contexts:",
                "- {name: cert, context: {cluster: c, user: cert-user}}",
                "- {name: exec, context: {cluster: c, user: exec-user}}",
                "- {name: path, context: {cluster: c, user: path-user}}",
                ""));
        Kubeconfig config = Kubeconfig.load(List.of(file));
        ResolvedContext cert = config.resolve("cert");
        assertEquals(dir.resolve("certs/ca.crt"), cert.cluster().caFile());
        assertEquals(dir.resolve("certs/client.crt"), cert.user().clientCertFile());
        assertEquals(dir.resolve("certs/client.key"), cert.user().clientKeyFile());
        assertEquals(AuthKind.CLIENT_CERT, cert.info().authKind());
        assertEquals(dir.resolve("kube/bin/plugin").toString(), config.resolve("exec").user().exec().command());
        assertEquals("aws", config.resolve("path").user().exec().command(), "a bare name is looked up on the PATH");
    }

    @Test
    void defaultLocationIsHomeDotKubeConfigAndAnExplicitFileWins() {
        assertEquals(List.of(dir.resolve(".kube/config")), KubeconfigFiles.locate(null, Map.of(), dir).candidates());
        assertEquals(List.of(dir.resolve(".kube/config")),
                KubeconfigFiles.locate(null, Map.of("KUBECONFIG", "  "), dir).candidates());
        Path explicit = dir.resolve("other");
        assertEquals(List.of(explicit),
                KubeconfigFiles.locate(explicit, Map.of("KUBECONFIG", "/x"), dir).candidates());
    }

    @Test
    void insecureSkipTlsVerifyIsShownOnTheContext() throws Exception {
        Kubeconfig config = Kubeconfig.load(List.of(write("config", SECOND)));
        assertTrue(config.context("both").insecureSkipTlsVerify() == false);
        Path file = write("insecure", SECOND.replace("current-context: prod", "current-context: x")
                .replace("- name: both\n  context: {cluster: prod-cluster",
                        "- name: both\n  context: {cluster: shared"));
        assertTrue(Kubeconfig.load(List.of(file)).context("both").insecureSkipTlsVerify());
    }

    @Test
    void aContextWithAProblemIsListedWithItsReason() throws Exception {
        Path file = write("config", FIRST.replace("cluster: dev-cluster, user", "cluster: gone, user"));
        ContextInfo dev = Kubeconfig.load(List.of(file)).contexts().get(0);
        assertEquals("dev", dev.name());
        assertTrue(dev.problem().contains("refers to cluster 'gone'"), dev.problem());
    }
}
