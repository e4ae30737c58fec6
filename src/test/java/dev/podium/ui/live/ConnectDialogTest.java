package dev.podium.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.live.connection.ConnectionResult;
import dev.podium.live.connection.ConnectionStatus;
import dev.podium.live.kubeconfig.ContextInfo;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Connect dialog on Monocle, over two temp kubeconfig files; tests run on the calling (FX) thread. */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {
    private final Preferences node = Preferences.userRoot().node("dev/podium/test/connect-" + UUID.randomUUID());
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private Stage stage;
    private ConnectDialog dialog;

    @TempDir
    Path dir;

    @Start
    void start(Stage primary) {
        stage = primary;
        // What Theme does for the window: the dialog's colours are AtlantaFX's and our tokens.
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) throws BackingStoreException {
        if (dialog != null) {
            robot.interact(() -> dialog.dialog().close());
        }
        node.removeNode();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    private void open(FxRobot robot, KubeconfigFiles files) {
        open(robot, files, Locale.ENGLISH);
    }

    private void open(FxRobot robot, KubeconfigFiles files, Locale locale) {
        robot.interact(() -> {
            ConnectModel model = new ConnectModel(files, new LastConnection(node), (f, context, timeout) ->
                    new ConnectionResult(ConnectionStatus.OK, "connected to " + context, "v1.31.0", Duration.ZERO),
                    Runnable::run, Runnable::run, Duration.ofSeconds(5));
            dialog = new ConnectDialog(stage, new I18n(locale), new Theme(), model);
            dialog.dialog().show();
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private Button button(ButtonBar.ButtonData data) {
        ButtonType type = dialog.dialog().getDialogPane().getButtonTypes().stream()
                .filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        return (Button) dialog.dialog().getDialogPane().lookupButton(type);
    }

    @SuppressWarnings("unchecked")
    private static ListView<ContextInfo> list(FxRobot robot) {
        return robot.lookup("#contexts").queryAs(ListView.class);
    }

    @Test
    void listsTheMergedContextsWithCurrentContextSelectedAndMarked(FxRobot robot) throws Exception {
        open(robot, Kubeconfigs.twoFiles(dir));
        ListView<ContextInfo> list = list(robot);
        assertEquals(List.of("staging", "shared", "lab", "gke", "broken"),
                list.getItems().stream().map(ContextInfo::name).toList());
        assertEquals("staging", list.getSelectionModel().getSelectedItem().name());
        List<Node> badges = robot.lookup(".connect-current").match(Node::isVisible).queryAll().stream().toList();
        assertEquals(1, badges.size(), "one context is current");
        assertEquals("https://staging.example:6443", text(robot, "#detail-server"));
        assertEquals("alice (token)", text(robot, "#detail-user"));
        assertEquals("shop", text(robot, "#detail-namespace"));
        assertFalse(robot.lookup("#insecure-warning").query().isVisible());
        assertTrue(text(robot, "#kubeconfig-files").contains(dir.resolve("b.yaml").toString()));
    }

    @Test
    void aClusterWithoutTlsVerificationShowsAWarning(FxRobot robot) throws Exception {
        open(robot, Kubeconfigs.twoFiles(dir));
        robot.clickOn("lab");
        assertEquals("https://10.0.0.5:6443", text(robot, "#detail-server"));
        Label warning = robot.lookup("#insecure-warning").queryAs(Label.class);
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("insecure-skip-tls-verify"));
        assertEquals("bob (client certificate)", text(robot, "#detail-user"));
    }

    @Test
    void aBrokenContextSaysWhyAndCannotConnect(FxRobot robot) throws Exception {
        open(robot, Kubeconfigs.twoFiles(dir));
        robot.clickOn("broken");
        assertTrue(robot.lookup("#context-problem").query().isVisible());
        assertTrue(text(robot, "#context-problem").contains("refers to cluster 'nowhere'"));
        assertTrue(button(ButtonBar.ButtonData.OK_DONE).isDisabled());
        assertTrue(robot.lookup("#test-connection").queryButton().isDisabled());
    }

    @Test
    void testConnectionShowsItsResultInline(FxRobot robot) throws Exception {
        open(robot, Kubeconfigs.twoFiles(dir));
        robot.clickOn("#test-connection");
        assertEquals("OK: connected to staging", text(robot, "#test-result"));
        robot.clickOn("gke");
        assertEquals("gke", list(robot).getSelectionModel().getSelectedItem().name());
        assertEquals("", text(robot, "#test-result"), "a new selection clears the result");
    }

    @Test
    void cancelGivesNoChoice(FxRobot robot) throws Exception {
        open(robot, Kubeconfigs.twoFiles(dir));
        robot.clickOn(button(ButtonBar.ButtonData.CANCEL_CLOSE));
        assertFalse(dialog.dialog().isShowing());
        assertNull(dialog.dialog().getResult());
        assertTrue(new LastConnection(node).load().isEmpty(), "nothing remembered on cancel");
    }

    @Test
    void connectGivesTheChoice(FxRobot robot) throws Exception {
        open(robot, Kubeconfigs.twoFiles(dir));
        robot.clickOn("gke");
        assertEquals("gke-user (exec plugin gke-gcloud-auth-plugin)", text(robot, "#detail-user"));
        robot.clickOn("#scope-one");
        assertFalse(robot.lookup("#allow-changes").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        robot.clickOn("#allow-changes");
        robot.clickOn(button(ButtonBar.ButtonData.OK_DONE));
        ConnectChoice choice = dialog.dialog().getResult();
        assertEquals("gke", choice.contextName());
        assertEquals("web", choice.namespace());
        assertTrue(choice.allowChanges());
        assertEquals(List.of(dir.resolve("a.yaml"), dir.resolve("b.yaml")), choice.filesRead());
    }

    @Test
    void aMalformedKubeconfigStillOpensWithTheProblemShown(FxRobot robot) throws Exception {
        open(robot, Kubeconfigs.oneFile(dir, "clusters: [\n  - {name: x\n"));
        assertTrue(robot.lookup("#kubeconfig-problem").query().isVisible());
        assertTrue(text(robot, "#kubeconfig-problem").contains(dir.resolve("config").toString()));
        assertTrue(button(ButtonBar.ButtonData.OK_DONE).isDisabled());
    }

    @Test
    void speaksChineseWhenTheUiDoes(FxRobot robot) throws Exception {
        open(robot, Kubeconfigs.twoFiles(dir), Locale.SIMPLIFIED_CHINESE);
        assertEquals("连接", button(ButtonBar.ButtonData.OK_DONE).getText());
        assertEquals("alice（令牌）", text(robot, "#detail-user"));
        robot.clickOn("lab");
        assertTrue(text(robot, "#insecure-warning").startsWith("此集群不校验 TLS"));
    }
}
