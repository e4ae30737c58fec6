package dev.podium.ui.shell;

import dev.podium.ui.common.I18n;
import dev.podium.ui.common.Theme;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The short message after a crash: what happened in one translated sentence, where the report is (a read-only,
 * selectable field and a Copy button), and, when a live session is unsaved, a button to save it. Never a stack
 * trace: that is in the report. Non-modal to the rest of the app's work: shown with {@code show()}, so the window
 * keeps running behind it. FX thread only.
 */
final class CrashDialog {
    /** The id of the field holding the report's path. */
    static final String PATH_ID = "crash-report-path";
    /** The id of the "Save live session…" button. */
    static final String SAVE_ID = "crash-save-live";

    private CrashDialog() {
    }

    /**
     * Shows the message. {@code report} is the report file, or null with {@code failure} saying why it could not be
     * written; {@code saveLive} is run when the user asks to save the live session, null when nothing is unsaved.
     */
    static Alert show(Window owner, I18n i18n, Theme theme, Path report, String failure, Runnable saveLive) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(i18n.get("crash.title"));
        alert.setHeaderText(i18n.get("crash.header"));
        VBox content = new VBox(8);
        if (report != null) {
            Label says = new Label(i18n.get("crash.report"));
            says.setWrapText(true);
            TextField path = new TextField(report.toString());
            path.setId(PATH_ID);
            path.setEditable(false);
            path.setPrefColumnCount(Math.min(60, report.toString().length() + 2));
            HBox.setHgrow(path, Priority.ALWAYS);
            Button copy = new Button(i18n.get("crash.copy"));
            copy.setMinWidth(Region.USE_PREF_SIZE); // never squeezed to "…"
            path.setMinWidth(320);
            copy.setOnAction(e -> javafx.scene.input.Clipboard.getSystemClipboard().setContent(contentOf(path)));
            content.getChildren().addAll(says, new HBox(6, path, copy));
        } else {
            Label says = new Label(i18n.get("crash.reportFailed", failure));
            says.setWrapText(true);
            content.getChildren().add(says);
        }
        ButtonType save = new ButtonType(i18n.get("crash.saveLive"), ButtonBar.ButtonData.LEFT);
        if (saveLive != null) {
            Label unsaved = new Label(i18n.get("crash.unsaved"));
            unsaved.setWrapText(true);
            content.getChildren().add(unsaved);
            alert.getButtonTypes().add(0, save);
            alert.getDialogPane().lookupButton(save).setId(SAVE_ID);
        }
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        if (theme != null) {
            theme.decorate(alert.getDialogPane());
        }
        alert.setOnHidden(e -> {
            if (saveLive != null && save.equals(alert.getResult())) {
                saveLive.run();
            }
        });
        alert.show();
        return alert;
    }

    private static ClipboardContent contentOf(TextField path) {
        ClipboardContent content = new ClipboardContent();
        content.putString(path.getText());
        return content;
    }
}
