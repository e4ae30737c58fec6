package dev.podium.ui.shell;

import atlantafx.base.theme.Styles;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.ui.common.I18n;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A non-modal notice under the header that the open lesson (or recording) has warnings: what it holds that Podium
 * does not simulate (an unsupported kind, an HPA metric), each {@code file:line:column: message}. One line with the
 * count, a toggle that unfolds the list, and a close button; hidden when there is nothing to say. Never a dialog, so
 * it neither blocks the window nor stacks up. FX thread only.
 */
final class WarningsBar extends VBox {
    private final I18n i18n;
    private final Label summary = new Label();
    private final ToggleButton details = new ToggleButton();
    private final TextArea list = new TextArea();
    private List<ScenarioProblem> shown = List.of();

    WarningsBar(I18n i18n) {
        this.i18n = i18n;
        setId("warnings-bar");
        getStyleClass().add("warnings-bar");
        summary.setId("warnings-summary");
        summary.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        details.setId("warnings-details");
        details.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("warnings-close");
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        close.setOnAction(e -> show(List.of()));
        Tooltip closeTip = new Tooltip();
        closeTip.textProperty().bind(i18n.text("warnings.close"));
        close.setTooltip(closeTip);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(8, summary, details, close);
        line.setAlignment(Pos.CENTER_LEFT);
        list.setId("warnings-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.visibleProperty().bind(details.selectedProperty());
        list.managedProperty().bind(list.visibleProperty());
        getChildren().addAll(line, list);
        i18n.localeProperty().addListener((obs, old, now) -> relabel());
        details.selectedProperty().addListener((obs, old, now) -> relabel());
        show(List.of());
    }

    /** Shows {@code warnings} folded (the count only), or hides the bar when there are none. */
    void show(List<ScenarioProblem> warnings) {
        shown = List.copyOf(warnings);
        details.setSelected(false);
        list.setText(shown.stream().map(ScenarioProblem::toString).collect(Collectors.joining("\n")));
        list.setPrefRowCount(Math.min(8, Math.max(2, shown.size())));
        setVisible(!shown.isEmpty());
        setManaged(!shown.isEmpty());
        relabel();
    }

    /** The warnings on show; empty when the bar is hidden. */
    List<ScenarioProblem> warnings() {
        return shown;
    }

    private void relabel() {
        summary.setText(i18n.get(shown.size() == 1 ? "warnings.one" : "warnings.many", shown.size()));
        details.setText(i18n.get(details.isSelected() ? "warnings.hide" : "warnings.show"));
    }
}
