package dev.podium.ui.common;

import dev.podium.scenario.ScenarioProblem;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The shell's dialogs: the problems of a scenario that could not be opened (file:line:column:
 * message, never a stack trace) and number prompts for the Actions menu. Themed like the window.
 */
public final class Dialogs {
    private final Window owner;
    private final I18n i18n;
    private final Theme theme;

    public Dialogs(Window owner, I18n i18n, Theme theme) {
        this.owner = owner;
        this.i18n = i18n;
        this.theme = theme;
    }

    /** Shows the problems (non-blocking); returns the dialog. */
    public Alert showProblems(String titleKey, String subject, List<ScenarioProblem> problems) {
        String text = problems.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n"));
        return showText(titleKey, i18n.get("dialog.problems.header", subject), "problems", text,
                problems.size() + 1, 12);
    }

    /** Shows one error (non-blocking): {@code message} under {@code subject}; returns the dialog. */
    public Alert showError(String titleKey, String subject, String message) {
        return showText(titleKey, subject, "error-message", message, (int) message.lines().count() + 1, 10);
    }

    /** An error alert whose content is {@code text} in a read-only, wrapping text area with the given id. */
    private Alert showText(String titleKey, String header, String id, String text, int rows, int maxRows) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(i18n.get(titleKey));
        alert.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setId(id);
        area.getStyleClass().add(PodiumStyles.PROBLEMS);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(maxRows, Math.max(3, rows)));
        alert.getDialogPane().setContent(area);
        theme.decorate(alert.getDialogPane());
        alert.show();
        return alert;
    }

    /**
     * Asks the user to confirm a change to a real cluster (blocking): {@code what} says exactly what will be sent
     * and where. The safe answer, Cancel, is the default button. True only if the user pressed the confirm button.
     */
    public boolean confirmChange(String title, String what, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, what, confirm, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(confirm).setId("confirm-change");
        theme.decorate(alert.getDialogPane());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    /**
     * Asks for a number within [min, max] (blocking); empty if cancelled. OK stays disabled until the
     * text is a number in range.
     */
    public Optional<Double> askNumber(String titleKey, String promptKey, double initial, double min, double max) {
        TextInputDialog dialog = new TextInputDialog(plain(initial));
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(titleKey));
        dialog.setHeaderText(i18n.get("dialog.number.range", plain(min), plain(max)));
        dialog.setContentText(i18n.get(promptKey));
        dialog.getEditor().setId("number-input");
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> parse(dialog.getEditor().getText(), min, max).isEmpty(), dialog.getEditor().textProperty()));
        theme.decorate(dialog.getDialogPane());
        return dialog.showAndWait().flatMap(text -> parse(text, min, max));
    }

    /**
     * Asks for one value (blocking); empty if cancelled. {@code header} says what is expected (a range); OK stays
     * disabled while {@code problem} finds something wrong with the text, and what is wrong shows under the field.
     */
    public Optional<String> askChecked(String title, String prompt, String header, String initial,
                                       Function<String, Optional<String>> problem) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header == null || header.isEmpty() ? null : header);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("value-input");
        Label why = new Label();
        why.setId("value-problem");
        why.getStyleClass().add(PodiumStyles.PROBLEMS);
        why.setWrapText(true);
        why.setMaxWidth(420);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.textProperty().bind(Bindings.createStringBinding(
                () -> problem.apply(dialog.getEditor().getText()).orElse(""), dialog.getEditor().textProperty()));
        dialog.getDialogPane().setExpandableContent(null);
        GridPane content = (GridPane) dialog.getDialogPane().getContent();
        content.add(why, 0, 1, 2, 1);
        // The problem line comes and goes as the user types: let the dialog grow so the buttons stay in view.
        why.textProperty().addListener((obs, old, now) -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(why.textProperty().isNotEmpty());
        theme.decorate(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(text -> problem.apply(text).isEmpty());
    }

    /** Asks for a line of text (blocking); empty if cancelled. OK stays disabled while the text is blank. */
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("text-input");
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> dialog.getEditor().getText().isBlank(),
                dialog.getEditor().textProperty()));
        theme.decorate(dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    /** A number as a scenario file would write it: no exponent, no trailing zeros. */
    public static String plain(double value) {
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.6f", value)).stripTrailingZeros()
                .toPlainString();
    }

    static Optional<Double> parse(String text, double min, double max) {
        try {
            double value = Double.parseDouble(text.trim().replace('，', '.').replace(',', '.'));
            return value >= min && value <= max ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
