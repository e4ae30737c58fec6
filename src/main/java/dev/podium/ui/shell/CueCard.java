package dev.podium.ui.shell;

import dev.podium.ui.common.PodiumStyles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/**
 * The lesson's current cue, pinned above the narration list like a subtitle, in its own band: as tall as its
 * wrapped words when the column has room, and in a short column (the list below keeps its least height) its words
 * scroll inside the card instead of the card covering the list. Never shorter than about three lines.
 */
final class CueCard extends ScrollPane {
    /** The least height of the card: about three lines of its big text. */
    static final double MIN_HEIGHT = 84;
    private final Label words = new Label();

    CueCard(ObservableValue<NarrationLine> cue) {
        setId("narration-cue");
        getStyleClass().add("narration-cue-card");
        words.setId("narration-cue-text");
        words.getStyleClass().add(PodiumStyles.NARRATION_CUE_BANNER);
        words.setWrapText(true);
        words.setMinHeight(USE_PREF_SIZE);
        words.setMaxWidth(Double.MAX_VALUE);
        words.textProperty().bind(Bindings.createStringBinding(
                () -> cue.getValue() == null ? "" : cue.getValue().text(), cue));
        setContent(words);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        // Tab reaches it, so the arrow keys can scroll words that do not fit.
        setFocusTraversable(true);
        visibleProperty().bind(Bindings.createBooleanBinding(() -> cue.getValue() != null, cue));
        managedProperty().bind(visibleProperty());
        // A new cue starts at its first words.
        words.textProperty().addListener((obs, old, now) -> setVvalue(0));
    }

    /** The words shown (for tests and the presenter's notes). */
    Label words() {
        return words;
    }

    /** Its height depends on its width (the words wrap). */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** About three lines, or all the words when they are fewer. */
    @Override
    protected double computeMinHeight(double width) {
        return Math.min(MIN_HEIGHT, computePrefHeight(width));
    }

    /** As tall as the words wrapped in this width (a scroll pane otherwise asks for its content's one-line height). */
    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
        if (inner <= 0) {
            return super.computePrefHeight(width);
        }
        return words.prefHeight(inner) + snappedTopInset() + snappedBottomInset();
    }
}
