package dev.podium.live.kubeconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad kubeconfig is refused quickly with a message that names the file and, where known, line:column. */
class BadKubeconfigTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("config");
        Files.writeString(file, text);
        return file;
    }

    private LiveConfigException refused(Path file, String context) {
        return assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(file)).resolve(context));
    }

    private static final String GOOD_TAIL = String.join("\n",
            "clusters:",
            "- name: c",
            "  cluster: {server: 'https://c.example'}",
            "users:",
            "- name: u",
            "  user: {token: abcdefgh12345}",
            "");

    @Test
    void aMissingDefaultFileSaysKubeconfigIsNotSet() {
        LiveConfigException e = assertThrows(LiveConfigException.class,
                () -> KubeconfigFiles.locate(null, Map.of(), dir).load());
        assertEquals(dir.resolve(".kube/config") + ": kubeconfig file does not exist and KUBECONFIG is not set",
                e.getMessage());
    }

    @Test
    void aMissingExplicitFileIsNamed() {
        Path missing = dir.resolve("nope.yaml");
        LiveConfigException e = assertThrows(LiveConfigException.class,
                () -> KubeconfigFiles.locate(missing, Map.of(), dir).load());
        assertEquals(missing + ": kubeconfig file does not exist", e.getMessage());
    }

    @Test
    void kubeconfigListingOnlyMissingFilesIsAnError() {
        Path a = dir.resolve("a");
        LiveConfigException e = assertThrows(LiveConfigException.class,
                () -> KubeconfigFiles.locate(null, Map.of("KUBECONFIG", a.toString()), dir).load());
        assertEquals("none of the files in KUBECONFIG exist: " + a, e.getMessage());
    }

    @Test
    void anEmptyFileDefinesNoContexts() throws Exception {
        Path file = write("# nothing here\n");
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(file)));
        assertEquals(file + ": the kubeconfig defines no contexts; add one with 'kubectl config set-context'",
                e.getMessage());
    }

    @Test
    void malformedYamlGivesLineAndColumn() throws Exception {
        Path file = write("clusters:\n- name: c\n  cluster: {server: 'https://x'\nusers: []\n");
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("YAML syntax error"), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void aTabIndentIsExplained() throws Exception {
        Path file = write("clusters:\n\t- name: c\n");
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(file)));
        assertEquals(file + ":2:1: YAML syntax error: a tab character; indent with spaces, not tabs", e.getMessage());
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAnchorBeforeExpanding() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [" + "\"lol\",".repeat(7) + "\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        Path file = write(bomb.toString());
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(file)));
        assertEquals(file + ":1:4: YAML anchors and aliases (&name, *name) are not accepted in a kubeconfig",
                e.getMessage());
    }

    @Test
    void tooDeepNestingIsRefused() throws Exception {
        Path file = write("a: " + "[".repeat(40) + "]".repeat(40) + "\n");
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(file)));
        assertTrue(e.getMessage().contains("nesting is deeper than 20 levels"), e.getMessage());
    }

    @Test
    void aFileOverFourMebibytesIsRefusedBeforeParsing() throws Exception {
        Path file = write("# " + "x".repeat(4 * 1024 * 1024) + "\n");
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(file)));
        assertTrue(e.getMessage().startsWith(file + ": is 4194307 bytes; a kubeconfig larger than 4 MiB"),
                e.getMessage());
    }

    @Test
    void aMissingClusterIsNamedAtTheContextThatRefersToIt() throws Exception {
        Path file = write(GOOD_TAIL + "contexts:\n- name: x\n  context: {cluster: gone, user: u}\n");
        assertEquals(file + ":9:22: context 'x' refers to cluster 'gone', which is not defined in " + file,
                refused(file, "x").getMessage());
    }

    @Test
    void aMissingUserIsNamedAtTheContextThatRefersToIt() throws Exception {
        Path file = write(GOOD_TAIL + "contexts:\n- name: x\n  context: {cluster: c, user: nobody}\n");
        assertEquals(file + ":9:31: context 'x' refers to user 'nobody', which is not defined in " + file,
                refused(file, "x").getMessage());
    }

    @Test
    void anUnreadableCertificateFileIsNamed() throws Exception {
        Path file = write("clusters:\n- name: c\n  cluster:\n    server: https://c.example\n"
                + "    certificate-authority: certs/ca.pem\n"
                + "contexts:\n- name: x\n  context: {cluster: c}\n");
        assertEquals(file + ":5:28: certificate-authority file of cluster 'c' cannot be read: "
                + dir.resolve("certs/ca.pem") + " does not exist", refused(file, "x").getMessage());
        Files.createDirectories(dir.resolve("certs/ca.pem"));
        assertTrue(refused(file, "x").getMessage().endsWith(" is not a regular file"));
    }

    @Test
    void aClusterWithoutServerAndDuplicateNamesAreRefused() throws Exception {
        Path noServer = write("clusters:\n- name: c\n  cluster: {}\ncontexts:\n- name: x\n  context: {cluster: c}\n");
        assertEquals(noServer + ":3:12: cluster 'c' has no 'server' (the API server URL)",
                refused(noServer, "x").getMessage());
        Path duplicate = write("contexts:\n- name: x\n  context: {cluster: c}\n- name: x\n  context: {cluster: d}\n");
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(duplicate)));
        assertEquals(duplicate + ":4:3: duplicate context name 'x' in 'contexts'", e.getMessage());
    }

    @Test
    void anExecSectionWithAnUnknownApiVersionIsRefused() throws Exception {
        Path file = write(GOOD_TAIL.replace("user: {token: abcdefgh12345}",
                "user: {exec: {command: aws, apiVersion: client.authentication.k8s.io/v1alpha1}}")
                + "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
        LiveConfigException e = refused(file, "x");
        assertTrue(e.getMessage().startsWith(file + ":6:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("not 'client.authentication.k8s.io/v1alpha1'"), e.getMessage());
    }

    @Test
    void aTopLevelListIsNotAKubeconfig() throws Exception {
        Path file = write("- a\n- b\n");
        LiveConfigException e = assertThrows(LiveConfigException.class, () -> Kubeconfig.load(List.of(file)));
        assertEquals(file + ":1:1: a kubeconfig should be a mapping with apiVersion, kind, clusters, users and "
                + "contexts", e.getMessage());
    }
}
