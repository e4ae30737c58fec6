package dev.podium.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.connection.ConnectionResult;
import dev.podium.live.connection.ConnectionStatus;
import dev.podium.live.kubeconfig.AuthKind;
import dev.podium.live.kubeconfig.ContextInfo;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connect dialog's model, plain JUnit: contexts, selection, details, memory and the test's states. */
class ConnectModelTest {
    private final Preferences node = Preferences.userRoot().node("dev/podium/test/connect-" + UUID.randomUUID());
    private final LastConnection memory = new LastConnection(node);
    private final Steps background = new Steps();
    private final Steps fx = new Steps();

    @TempDir
    Path dir;

    /** An executor that runs nothing until told to. */
    static final class Steps implements Executor {
        final Queue<Runnable> pending = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            pending.add(command);
        }

        void runAll() {
            while (!pending.isEmpty()) {
                pending.poll().run();
            }
        }
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private ConnectModel model(KubeconfigFiles files, ConnectionProbe probe) {
        return new ConnectModel(files, memory, probe, background, fx, Duration.ofSeconds(5));
    }

    private ConnectModel model(KubeconfigFiles files) {
        return model(files, (f, c, t) -> {
            throw new AssertionError("no test expected");
        });
    }

    private static List<String> names(ConnectModel model) {
        return model.contexts().stream().map(ContextInfo::name).toList();
    }

    @Test
    void twoFilesAreMergedAndTheFirstWinsADuplicatedContextName() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        assertEquals(List.of("staging", "shared", "lab", "gke", "broken"), names(model));
        model.select("shared");
        assertEquals("https://shared-a.example:6443", model.selectedProperty().get().server());
        assertEquals("alice", model.selectedProperty().get().userName());
        assertEquals(List.of(dir.resolve("a.yaml"), dir.resolve("b.yaml")), model.filesRead());
        assertEquals("KUBECONFIG", model.filesOrigin());
    }

    @Test
    void currentContextOfTheFirstFileIsPreselected() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        assertEquals("staging", model.currentContext().orElseThrow());
        assertEquals("staging", model.selectedProperty().get().name());
        assertTrue(model.allNamespacesProperty().get(), "all namespaces by default");
        assertEquals("shop", model.namespaceProperty().get(), "the named scope is prefilled with the context's");
        assertTrue(model.canConnectProperty().get());
    }

    @Test
    void detailsShowServerUserAuthAndNamespaceButNoSecret() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        ContextInfo staging = model.selectedProperty().get();
        assertEquals("https://staging.example:6443", staging.server());
        assertEquals(AuthKind.TOKEN, staging.authKind());
        assertEquals("", model.execPluginProperty().get());
        model.select("gke");
        ContextInfo gke = model.selectedProperty().get();
        assertEquals(AuthKind.EXEC, gke.authKind());
        assertEquals("gke-gcloud-auth-plugin", model.execPluginProperty().get(), "the plugin's name, not its args");
        assertEquals("web", gke.namespace());
        model.select("lab");
        assertEquals(AuthKind.CLIENT_CERT, model.selectedProperty().get().authKind());
        assertEquals("default", model.selectedProperty().get().namespace(), "no namespace in the context");
    }

    @Test
    void insecureSkipTlsVerifyIsFlagged() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        assertFalse(model.selectedProperty().get().insecureSkipTlsVerify());
        model.select("lab");
        assertTrue(model.selectedProperty().get().insecureSkipTlsVerify());
    }

    @Test
    void theRememberedChoiceWinsOverCurrentContext() throws Exception {
        memory.save("gke", "kube-system");
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        assertEquals("gke", model.selectedProperty().get().name());
        assertFalse(model.allNamespacesProperty().get());
        assertEquals("kube-system", model.namespaceProperty().get());
    }

    @Test
    void aRememberedContextThatVanishedFallsBackToCurrentContext() throws Exception {
        memory.save("deleted-yesterday", "kube-system");
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        assertEquals("staging", model.selectedProperty().get().name());
        assertTrue(model.allNamespacesProperty().get(), "the vanished context's scope is not applied");
        assertEquals("shop", model.namespaceProperty().get());
    }

    @Test
    void connectRemembersContextAndScopeButNeverAllowChanges() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        model.select("gke");
        model.allNamespacesProperty().set(false);
        model.allowChangesProperty().set(true);
        ConnectChoice choice = model.commit().orElseThrow();
        assertEquals("gke", choice.contextName());
        assertEquals("web", choice.namespace());
        assertTrue(choice.allowChanges());
        assertEquals(new LastConnection.Remembered("gke", "web"), memory.load().orElseThrow());

        ConnectModel again = model(Kubeconfigs.twoFiles(dir));
        assertEquals("gke", again.selectedProperty().get().name());
        assertFalse(again.allNamespacesProperty().get());
        assertFalse(again.allowChangesProperty().get(), "allow changes starts off every time");
    }

    @Test
    void allNamespacesGivesANullNamespace() throws Exception {
        ConnectChoice choice = model(Kubeconfigs.twoFiles(dir)).commit().orElseThrow();
        assertNull(choice.namespace());
        assertTrue(choice.allNamespaces());
        assertNull(dev.podium.live.informer.LiveOptions.watching(choice.namespace()).namespace());
        assertFalse(choice.allowChanges());
        assertEquals(new LastConnection.Remembered("staging", null), memory.load().orElseThrow());
    }

    @Test
    void changingTheSelectionTurnsAllowChangesOff() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        model.allowChangesProperty().set(true);
        model.select("lab");
        assertFalse(model.allowChangesProperty().get());
    }

    @Test
    void aNamedNamespaceMustBeAValidName() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        model.allNamespacesProperty().set(false);
        model.namespaceProperty().set("Not_A_Namespace");
        assertFalse(model.namespaceValidProperty().get());
        assertFalse(model.canConnectProperty().get());
        assertTrue(model.commit().isEmpty());
        model.allNamespacesProperty().set(true);
        assertTrue(model.canConnectProperty().get(), "the name does not matter for all namespaces");
    }

    @Test
    void aContextWhoseClusterIsMissingCarriesAClearProblemAndCannotConnect() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        model.select("broken");
        String problem = model.selectedProperty().get().problem();
        assertTrue(problem.contains("context 'broken' refers to cluster 'nowhere', which is not defined"), problem);
        assertTrue(problem.startsWith(dir.resolve("b.yaml").toString()), problem);
        assertFalse(model.canConnectProperty().get());
        assertFalse(model.canTestProperty().get());
    }

    @Test
    void selectingAnUnknownContextIsAnErrorNotAFallBack() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.select("prod"));
        assertTrue(e.getMessage().contains("there is no context named 'prod'"), e.getMessage());
        assertEquals("staging", model.selectedProperty().get().name());
    }

    @Test
    void aMalformedFileIsAProblemAndTheModelStillOpens() throws Exception {
        ConnectModel model = model(Kubeconfigs.oneFile(dir, "clusters: [\n  - {name: x\n"));
        String problem = model.problemProperty().get();
        assertTrue(problem.startsWith(dir.resolve("config") + ":"), problem);
        assertTrue(problem.contains("YAML"), problem);
        assertFalse(problem.contains("\tat "), "no stack trace");
        assertTrue(model.contexts().isEmpty());
        assertNull(model.selectedProperty().get());
        assertFalse(model.canConnectProperty().get());
        assertTrue(model.commit().isEmpty());
    }

    @Test
    void anEmptyFileAndAMissingDefaultFileAreProblems() throws Exception {
        assertTrue(model(Kubeconfigs.oneFile(dir, "# nothing\n")).problemProperty().get()
                .contains("defines no contexts"));
        ConnectModel missing = model(KubeconfigFiles.locate(null, Map.of(), dir.resolve("home")));
        assertTrue(missing.problemProperty().get().contains("kubeconfig file does not exist"),
                missing.problemProperty().get());
        assertEquals(List.of(dir.resolve("home/.kube/config")), missing.filesRead());
    }

    @Test
    void testConnectionRunsInTheBackgroundAndReportsOnTheFxExecutor() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir), (files, context, timeout) -> new ConnectionResult(
                ConnectionStatus.OK, "connected to the server of " + context + " within " + timeout.toSeconds() + " s",
                "v1.31.0", Duration.ofMillis(40)));
        assertEquals(TestState.IDLE, model.testStateProperty().get());
        model.testConnection();
        assertEquals(TestState.TESTING, model.testStateProperty().get());
        assertFalse(model.canTestProperty().get(), "one test at a time");
        background.runAll();
        assertEquals(TestState.TESTING, model.testStateProperty().get(), "results land on the FX executor only");
        fx.runAll();
        assertEquals(TestState.OK, model.testStateProperty().get());
        assertEquals("connected to the server of staging within 5 s", model.testMessageProperty().get());
        assertTrue(model.canTestProperty().get());
    }

    @Test
    void changingTheSelectionResetsTheResultAndDropsALateAnswer() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir), (files, context, timeout) -> new ConnectionResult(
                ConnectionStatus.UNREACHABLE, "cannot reach " + context, "", Duration.ZERO));
        model.testConnection();
        background.runAll();
        fx.runAll();
        assertEquals(TestState.FAILED, model.testStateProperty().get());
        assertEquals("cannot reach staging", model.testMessageProperty().get());

        model.select("lab");
        assertEquals(TestState.IDLE, model.testStateProperty().get());
        assertEquals("", model.testMessageProperty().get());

        model.testConnection();
        model.select("gke");
        background.runAll();
        fx.runAll();
        assertEquals(TestState.IDLE, model.testStateProperty().get(), "lab's answer does not land on gke");
    }

    @Test
    void aProbeThatThrowsStillEndsTheTest() throws Exception {
        ConnectModel model = model(Kubeconfigs.twoFiles(dir), (files, context, timeout) -> {
            throw new IllegalStateException("boom");
        });
        model.testConnection();
        background.runAll();
        fx.runAll();
        assertEquals(TestState.FAILED, model.testStateProperty().get());
        assertEquals("the connection test failed: boom", model.testMessageProperty().get());
    }
}
