package dev.podium.ui.live;

import dev.podium.live.kubeconfig.ContextInfo;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The selected context's details: server, user and how it signs in, namespace, cluster, defining file; below them
 * a warning row when TLS is not verified and an error row when the context cannot be used. Follows the model.
 */
final class ContextDetails {
    private final ConnectModel model;
    private final ConnectText text;
    private final Label server = value("detail-server");
    private final Label user = value("detail-user");
    private final Label namespace = value("detail-namespace");
    private final Label cluster = value("detail-cluster");
    private final Label file = value("detail-file");
    private final Label insecure;
    private final Label problem;
    private final VBox node;

    ContextDetails(ConnectModel model, ConnectText text) {
        this.model = model;
        this.text = text;
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, values);
        String[] names = {"server", "user", "namespace", "cluster", "file"};
        Label[] labels = {server, user, namespace, cluster, file};
        for (int i = 0; i < names.length; i++) {
            Label key = new Label(text.get(names[i]));
            key.getStyleClass().add(ConnectDialog.KEY);
            grid.addRow(i, key, labels[i]);
        }
        insecure = banner(text.get("insecure"), new FontIcon(MaterialDesignL.LOCK_OPEN_ALERT),
                ConnectDialog.WARNING, "insecure-warning");
        problem = banner("", new FontIcon(MaterialDesignA.ALERT_CIRCLE), ConnectDialog.ERROR, "context-problem");
        node = new VBox(12, grid, insecure, problem);
        model.selectedProperty().addListener((obs, old, now) -> show(now));
        model.execPluginProperty().addListener((obs, old, now) -> show(model.selectedProperty().get()));
        show(model.selectedProperty().get());
    }

    VBox node() {
        return node;
    }

    private void show(ContextInfo context) {
        boolean some = context != null;
        server.setText(some ? context.server() : "");
        user.setText(some ? text.user(context, model.execPluginProperty().get()) : "");
        namespace.setText(some ? context.namespace() : "");
        cluster.setText(some ? context.clusterName() : "");
        file.setText(some ? context.file().toString() : "");
        showIf(insecure, some && context.insecureSkipTlsVerify());
        showIf(problem, some && context.problem() != null);
        problem.setText(some && context.problem() != null ? text.get("context.problem", context.problem()) : "");
    }

    static void showIf(Label label, boolean shown) {
        label.setVisible(shown);
        label.setManaged(shown);
    }

    static Label banner(String message, FontIcon icon, String styleClass, String id) {
        Label label = new Label(message, icon);
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setGraphicTextGap(10);
        return label;
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(ConnectDialog.VALUE);
        label.setWrapText(true);
        return label;
    }
}
