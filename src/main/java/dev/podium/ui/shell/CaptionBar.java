package dev.podium.ui.shell;

import dev.podium.ui.common.PodiumStyles;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The current cue as large subtitles over the bottom of the stage, readable from the back row: big type, a
 * dark translucent band under light text in both themes (the colours are tokens, so high contrast can override
 * them). Shown while captions are on and a cue has been spoken. Never takes the mouse. A long cue is set smaller
 * (down to {@link #SMALLEST} of the size, never below {@link #LEAST_PX}) rather than cover more than {@link #MOST} of
 * the stage's height.
 */
final class CaptionBar extends Label {
    /** The most of the stage's height the captions cover, when a smaller size lets them. */
    static final double MOST = 0.4;
    /** The smallest size a long cue is set in, as a share of the captions' own size. */
    static final double SMALLEST = 0.6;
    /** And never below this (px), the least that reads from the back row. */
    static final double LEAST_PX = 28;
    private double size;
    private boolean atSmallest;
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
        InvalidationListener fit = o -> shrinkToFit(stage.getHeight());
        textProperty().addListener(fit);
        stage.heightProperty().addListener(fit);
        prefWidthProperty().addListener(fit);
        // The size the style sheet gives (2em of the shell's size, which presenter mode changes), before any shrinking.
        fontProperty().addListener((obs, old, now) -> {
            if (getStyle().isEmpty() && now.getSize() != size) {
                size = now.getSize();
                shrinkToFit(stage.getHeight());
            }
        });
    }

    /** Sets the words in the largest size (the style sheet's, or smaller) whose lines fit {@link #MOST} of the stage. */
    private void shrinkToFit(double stageHeight) {
        if (size <= 0 || stageHeight <= 0 || getPrefWidth() <= 0) {
            return;
        }
        double least = Math.max(size * SMALLEST, Math.min(size, LEAST_PX));
        double fitted = size;
        while (fitted - size * 0.05 >= least - 1e-9 && height(fitted) > stageHeight * MOST) {
            fitted -= size * 0.05;
        }
        atSmallest = fitted - size * 0.05 < least - 1e-9;
        String style = fitted >= size ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fitted);
        if (!style.equals(getStyle())) {
            setStyle(style);
        }
    }

    /** Whether the words are set as small as a long cue may be (and may still cover more than {@link #MOST}). */
    boolean atSmallest() {
        return atSmallest;
    }

    /** The captions' height with their words in {@code fontSize} at their width (padding as the sheet's, in em). */
    private double height(double fontSize) {
        double em = fontSize / getFont().getSize(); // the padding is in em of the size now shown
        Text words = new Text(getText());
        words.setFont(Font.font(getFont().getFamily(), FontWeight.BOLD, fontSize));
        words.setWrappingWidth(Math.max(1, getPrefWidth() - (snappedLeftInset() + snappedRightInset()) * em));
        return words.getLayoutBounds().getHeight() + (snappedTopInset() + snappedBottomInset()) * em;
    }
}
