package dev.podium.ui.shell;

import atlantafx.base.theme.Styles;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.ui.common.I18n;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The problems of a lesson file saved with errors, while the last good version keeps playing: one line saying so,
 * then each problem as {@code file:line:column  message}; clicking one copies {@code file:line:column} to the
 * clipboard and says so. Hidden when the file is fine. FX thread only.
 */
final class ProblemsPanel extends VBox {
    /** The list scrolls past this height (px) so a file with many problems does not push the stage away. */
    private static final double MAX_LIST_HEIGHT = 200;
    private final I18n i18n;
    private final Label summary = new Label();
    private final VBox list = new VBox(2);
    private final Label copied = new Label();
    private Consumer<String> copier = ProblemsPanel::toClipboard;
    private String fileName = "";
    private List<ScenarioProblem> shown = List.of();
    private String lastCopied = "";

    ProblemsPanel(I18n i18n) {
        this.i18n = i18n;
        setId("lesson-problems");
        getStyleClass().add("lesson-problems");
        setSpacing(4);
        summary.setId("lesson-problems-summary");
        summary.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        summary.getStyleClass().add(Styles.DANGER);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        copied.setId("lesson-problems-copied");
        copied.getStyleClass().add(Styles.TEXT_MUTED);
        list.setId("lesson-problems-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(MAX_LIST_HEIGHT, list.getHeight()), list.heightProperty()));
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(summary, scroll, copied);
        i18n.localeProperty().addListener((obs, old, now) -> relabel());
        show("", List.of());
    }

    /** Shows the problems of {@code file}, or hides the panel when there are none. */
    void show(String file, List<ScenarioProblem> problems) {
        fileName = file;
        shown = List.copyOf(problems);
        lastCopied = "";
        list.getChildren().clear();
        for (ScenarioProblem problem : shown) {
            Hyperlink link = new Hyperlink(shortText(problem));
            link.getStyleClass().add("lesson-problem");
            link.setWrapText(true);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.setOnAction(e -> copy(problem));
            list.getChildren().add(link);
        }
        setVisible(!shown.isEmpty());
        setManaged(!shown.isEmpty());
        relabel();
    }

    /** The problems on show; empty when the panel is hidden. */
    List<ScenarioProblem> problems() {
        return shown;
    }

    /** Where the copied locations go (the system clipboard unless a test says otherwise). */
    void copier(Consumer<String> target) {
        copier = target;
    }

    /** Copies where {@code problem} is, {@code file:line:column} (the file alone when it has no position). */
    void copy(ScenarioProblem problem) {
        lastCopied = problem.where().toString();
        copier.accept(lastCopied);
        relabel();
    }

    /** {@code name:line:column: message}, the file by its name alone (the copy keeps the whole path). */
    private static String shortText(ScenarioProblem problem) {
        String where = problem.where().toString();
        String file = problem.where().file();
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name + where.substring(file.length()) + ": " + problem.message();
    }

    private static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void relabel() {
        summary.setText(i18n.get("lesson.problems.summary", fileName, shown.size()));
        copied.setText(lastCopied.isEmpty() ? i18n.get("lesson.problems.hint")
                : i18n.get("lesson.problems.copied", lastCopied));
    }
}
