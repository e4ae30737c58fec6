package dev.podium.ui.shell;

import dev.podium.ui.common.PodiumStyles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The current cue as large subtitles over the bottom of the stage, readable from the back row: big type, a
 * dark translucent band under light text in both themes (the colours are tokens, so high contrast can override
 * them). Shown while captions are on and a cue has been spoken. Never takes the mouse.
 */
final class CaptionBar extends Label {
    CaptionBar(NarrationModel narration, ObservableBooleanValue on) {
        setId("captions");
        getStyleClass().add(PodiumStyles.CAPTION);
        setWrapText(true);
        setMouseTransparent(true);
        setAlignment(Pos.CENTER);
        textProperty().bind(Bindings.createStringBinding(
                () -> narration.currentCueProperty().get() == null ? "" : narration.currentCueProperty().get().text(),
                narration.currentCueProperty()));
        visibleProperty().bind(Bindings.createBooleanBinding(
                () -> on.get() && narration.currentCueProperty().get() != null, on, narration.currentCueProperty()));
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        setMaxWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
    }

    /** Wraps at most at {@code fraction} of {@code stage}'s width. */
    void fitTo(StackPane stage, double fraction) {
        prefWidthProperty().bind(stage.widthProperty().multiply(fraction));
    }
}
