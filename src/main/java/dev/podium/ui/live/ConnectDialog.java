package dev.podium.ui.live;

import dev.podium.live.kubeconfig.ContextInfo;
import dev.podium.live.kubeconfig.KubeconfigFiles;
import dev.podium.ui.common.CjkFont;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import dev.podium.ui.common.Theme;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * "File > Connect to cluster…": the kubeconfig's contexts (current-context marked), the selected one's details
 * with a warning when TLS is not verified, the namespace scope, "allow changes" (off every time, with its
 * explanation), "test connection" with its result inline, and Connect (disabled without a usable context) or
 * Cancel. Built in code over a {@link ConnectModel}; themed like the window. FX thread only.
 */
public final class ConnectDialog {
    static final String STYLE = "connect-dialog";
    static final String NAME = "connect-name";
    static final String CURRENT = "connect-current";
    static final String KEY = "connect-key";
    static final String VALUE = "connect-value";
    static final String WARNING = "connect-warning";
    static final String ERROR = "connect-error";
    private static final String CSS = "/dev/podium/ui/live/connect.css";
    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final ConnectModel model;
    private final ConnectText text;
    private final Dialog<ConnectChoice> dialog = new Dialog<>();
    private final ButtonType connect;

    /** A dialog over {@code model}, owned by {@code owner}, in {@code i18n}'s language and {@code theme}. */
    public ConnectDialog(Window owner, I18n i18n, Theme theme, ConnectModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.text = new ConnectText(i18n.locale());
        connect = new ButtonType(text.get("connect"), ButtonBar.ButtonData.OK_DONE);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(text.get("title"));
        dialog.setHeaderText(text.get("header"));
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("connect-dialog");
        pane.getButtonTypes().addAll(connect, new ButtonType(text.get("cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        pane.setContent(content());
        Button connectButton = (Button) pane.lookupButton(connect);
        connectButton.setId("connect");
        connectButton.disableProperty().bind(model.canConnectProperty().not());
        // The window is sized before the sheets apply; size it again to the pane's em-based width.
        dialog.setOnShown(e -> pane.getScene().getWindow().sizeToScene());
        dialog.setResultConverter(button -> button == connect ? model.commit().orElse(null) : null);
        theme.decorate(pane);
        pane.getStylesheets().add(Objects.requireNonNull(ConnectDialog.class.getResource(CSS)).toExternalForm());
        pane.getStyleClass().add(STYLE);
        if (text.chinese()) {
            CjkFont.stylesheet().ifPresent(pane.getStylesheets()::add);
            pane.getStyleClass().add(PodiumStyles.LANG_ZH);
        }
    }

    /**
     * The dialog for this user: contexts from {@code KUBECONFIG} or {@code ~/.kube/config}, the last choice from
     * the user's preferences, tests on a daemon thread (stopped when the dialog closes), results on the FX thread.
     */
    public static ConnectDialog forUser(Window owner, I18n i18n, Theme theme) {
        ExecutorService tests = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "podium-connect-test");
            thread.setDaemon(true);
            return thread;
        });
        ConnectModel model = new ConnectModel(KubeconfigFiles.locate(null), LastConnection.forUser(),
                ConnectionProbe.live(), tests, Platform::runLater, ConnectModel.DEFAULT_TIMEOUT);
        ConnectDialog dialog = new ConnectDialog(owner, i18n, theme, model);
        dialog.dialog.setOnHidden(e -> tests.shutdownNow());
        return dialog;
    }

    /** Shows the dialog and waits; the choice, or empty when cancelled or closed. */
    public Optional<ConnectChoice> showAndWait() {
        return dialog.showAndWait();
    }

    /** The JavaFX dialog, for tests and for a caller that wants {@code show()} without waiting. */
    public Dialog<ConnectChoice> dialog() {
        return dialog;
    }

    private VBox content() {
        String files = model.filesRead().stream().map(Path::toString).collect(Collectors.joining(", "));
        Label source = new Label(text.get("files", text.origin(model.filesOrigin()), files));
        source.setId("kubeconfig-files");
        source.getStyleClass().add(KEY);
        source.setWrapText(true);
        Label problem = ContextDetails.banner(text.get("problem", model.problemProperty().get()),
                new FontIcon(MaterialDesignA.ALERT_CIRCLE), ERROR, "kubeconfig-problem");
        ContextDetails.showIf(problem, !model.problemProperty().get().isEmpty());

        ListView<ContextInfo> list = new ListView<>(model.contexts());
        list.setId("contexts");
        list.getStyleClass().add("connect-contexts");
        list.setCellFactory(v -> new ContextCell(model.currentContext(), text));
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now.name());
            }
        });
        ContextDetails details = new ContextDetails(model, text);
        HBox.setHgrow(details.node(), Priority.ALWAYS);
        HBox top = new HBox(18, list, details.node());

        VBox box = new VBox(14, source, problem, top, new Separator(), scope(), allowChanges(), new Separator(),
                test());
        return box;
    }

    private HBox scope() {
        ToggleGroup group = new ToggleGroup();
        RadioButton all = new RadioButton(text.get("scope.all"));
        all.setId("scope-all");
        all.setToggleGroup(group);
        RadioButton one = new RadioButton(text.get("scope.one"));
        one.setId("scope-one");
        one.setToggleGroup(group);
        (model.allNamespacesProperty().get() ? all : one).setSelected(true);
        all.selectedProperty().addListener((obs, old, now) -> model.allNamespacesProperty().set(now));
        model.allNamespacesProperty().addListener((obs, old, now) -> (now ? all : one).setSelected(true));
        TextField namespace = new TextField();
        namespace.setId("namespace");
        namespace.setPrefColumnCount(16);
        namespace.textProperty().bindBidirectional(model.namespaceProperty());
        namespace.disableProperty().bind(model.allNamespacesProperty());
        Label invalid = new Label(text.get("scope.invalid"));
        invalid.getStyleClass().add("connect-invalid");
        invalid.visibleProperty().bind(model.allNamespacesProperty().not().and(model.namespaceValidProperty().not()));
        Label label = new Label(text.get("scope"));
        label.getStyleClass().add(KEY);
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {label, all, one}) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(14, label, all, one, namespace, invalid);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox allowChanges() {
        CheckBox allow = new CheckBox(text.get("allow"));
        allow.setId("allow-changes");
        allow.selectedProperty().bindBidirectional(model.allowChangesProperty());
        allow.disableProperty().bind(model.canConnectProperty().not());
        Label note = new Label(text.get("allow.note"));
        note.setId("allow-changes-note");
        note.getStyleClass().add(KEY);
        note.setWrapText(true);
        note.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
        return new VBox(4, allow, note);
    }

    private HBox test() {
        Button test = new Button(text.get("test"), new FontIcon(MaterialDesignL.LAN_CONNECT));
        test.setId("test-connection");
        test.disableProperty().bind(model.canTestProperty().not());
        test.setOnAction(e -> model.testConnection());
        test.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label result = new Label();
        result.setId("test-result");
        result.getStyleClass().add("connect-result");
        result.setWrapText(true);
        result.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(result, Priority.ALWAYS);
        result.textProperty().bind(Bindings.createStringBinding(this::resultText, model.testStateProperty(),
                model.testMessageProperty()));
        model.testStateProperty().addListener((obs, old, now) -> showResult(result, now));
        showResult(result, model.testStateProperty().get());
        HBox row = new HBox(14, test, result);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private String resultText() {
        switch (model.testStateProperty().get()) {
            case TESTING:
                return text.get("test.testing", model.timeout().toSeconds());
            case OK:
                return text.get("test.ok", model.testMessageProperty().get());
            case FAILED:
                return text.get("test.failed", model.testMessageProperty().get());
            default:
                return "";
        }
    }

    private static void showResult(Label result, TestState state) {
        result.pseudoClassStateChanged(OK, state == TestState.OK);
        result.pseudoClassStateChanged(FAILED, state == TestState.FAILED);
        result.setGraphic(state == TestState.OK ? new FontIcon(MaterialDesignC.CHECK_CIRCLE)
                : state == TestState.FAILED ? new FontIcon(MaterialDesignC.CLOSE_CIRCLE)
                : state == TestState.TESTING ? new FontIcon(MaterialDesignT.TIMER_SAND) : null);
    }
}
