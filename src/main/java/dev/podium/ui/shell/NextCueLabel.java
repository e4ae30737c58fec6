package dev.podium.ui.shell;

import dev.podium.timeline.Asked;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.WorldEvent;
import dev.podium.ui.common.I18n;
import dev.podium.ui.common.PodiumStyles;
import javafx.scene.control.Label;

/**
 * For the teacher, beside the narration: what the next cue will say (where Page Down goes), so the words of the
 * next step are ready before the class sees them. Not on the stage, so the audience window does not show it. A very
 * long next cue is cut to its first lines ("…") in a short column rather than push the bars out of the window.
 */
final class NextCueLabel extends Label {
    private final CueStepper stepper;
    private final I18n i18n;

    NextCueLabel(PlayerModel model, CueStepper stepper, I18n i18n) {
        this.stepper = stepper;
        this.i18n = i18n;
        setId("next-cue");
        getStyleClass().add(PodiumStyles.NARRATION_TIME);
        setWrapText(true);
        model.playheadProperty().addListener((obs, old, now) -> update());
        model.playbackProperty().addListener((obs, old, now) -> update());
        i18n.localeProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** Its least height: all of its words, or its first three lines when they are more. */
    @Override
    protected double computeMinHeight(double width) {
        double lines = 3 * getFont().getSize() * 1.35 + snappedTopInset() + snappedBottomInset();
        return Math.min(computePrefHeight(width), lines);
    }

    private void update() {
        WorldEvent next = stepper.nextCue();
        String tag = i18n.languageTag();
        String text = next instanceof Asked asked ? asked.questionIn(tag)
                : next instanceof Narrated narrated ? narrated.textIn(tag) : null;
        setText(text == null ? "" : i18n.get("narration.next", text));
        setVisible(text != null);
        setManaged(text != null);
    }
}
