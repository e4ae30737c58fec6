package dev.podium.ui.shell;

import atlantafx.base.theme.Styles;
import dev.podium.ui.common.I18n;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A line under the header while long work runs off the FX thread ("Continue as Simulation" of a big cluster): a
 * spinning indicator, what is being done, and Cancel. Shown exactly while {@code busy} is true; the window stays
 * usable meanwhile. FX thread only.
 */
final class BusyBar extends HBox {

    BusyBar(I18n i18n, String textKey, ObservableBooleanValue busy, Runnable cancel) {
        setId("busy-bar");
        getStyleClass().add("busy-bar");
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.setId("busy-spinner");
        spinner.setPrefSize(22, 22);
        spinner.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label text = new Label();
        text.setId("busy-text");
        text.textProperty().bind(i18n.text(textKey));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button stop = new Button();
        stop.setId("busy-cancel");
        stop.getStyleClass().addAll(Styles.SMALL);
        stop.textProperty().bind(i18n.text("busy.cancel"));
        stop.setOnAction(e -> cancel.run());
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(spinner, text, stop);
        visibleProperty().bind(busy);
        managedProperty().bind(visibleProperty());
        // The spinner animates only while shown, so a hidden bar costs no pulses.
        spinner.visibleProperty().bind(busy);
    }
}
