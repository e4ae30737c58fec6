package dev.podium.ui.shell;

import dev.podium.timeline.Asked;
import dev.podium.timeline.WorldEvent;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What a teacher does in front of a class, without nodes: step the lesson's cues like slides (a clicker's Page
 * Down and Page Up), answer its questions (number keys pick, Enter or Page Down reveals, then the run goes on),
 * captions, a blank screen and a pointer. Playing stops by itself at a question ({@link PlayerModel#setStopTimes});
 * moving the playhead away closes it. FX thread only.
 */
final class PresenterControls {
    private final PlayerModel model;
    private final CueStepper stepper;
    private final QuestionModel question = new QuestionModel();
    private final BooleanProperty captions = new SimpleBooleanProperty(this, "captions");
    private final BooleanProperty blank = new SimpleBooleanProperty(this, "blank");
    private final BooleanProperty pointer = new SimpleBooleanProperty(this, "pointer");

    PresenterControls(PlayerModel model) {
        this.model = model;
        this.stepper = new CueStepper(model);
        model.addStopListener(this::stoppedAt);
        model.playheadProperty().addListener((obs, old, now) -> {
            Asked open = question.current();
            if (open != null && now.longValue() != open.timeNanos()) {
                question.close();
            }
        });
        model.playbackProperty().addListener((obs, old, now) -> question.close());
    }

    // ---- properties ----

    QuestionModel question() {
        return question;
    }

    CueStepper stepper() {
        return stepper;
    }

    /** The current cue as large subtitles over the stage. */
    BooleanProperty captionsProperty() {
        return captions;
    }

    /** The stage blacked out (PowerPoint's B). */
    BooleanProperty blankProperty() {
        return blank;
    }

    /** The cursor is a large bright dot while the pointer key is held. */
    BooleanProperty pointerProperty() {
        return pointer;
    }

    // ---- commands ----

    /** Page Down: reveals an open question, else plays to the next cue (closing a revealed question). */
    void nextCue() {
        if (question.reveal()) {
            return;
        }
        question.close();
        stepper.next();
    }

    /** Page Up: back to the cue before the playhead. */
    void previousCue() {
        question.close();
        stepper.previous();
    }

    /** Enter: reveals an open question, or after the reveal plays on; false when no question is open. */
    boolean enter() {
        if (!question.isOpen()) {
            return false;
        }
        if (!question.reveal()) {
            question.close();
            model.play();
        }
        return true;
    }

    /** A number key: picks option {@code number} (from 1); false when no question takes it. */
    boolean pick(int number) {
        return question.pick(number - 1);
    }

    void toggleCaptions() {
        captions.set(!captions.get());
    }

    void toggleBlank() {
        blank.set(!blank.get());
    }

    void setPointer(boolean on) {
        pointer.set(on);
    }

    private void stoppedAt(long tNanos) {
        for (WorldEvent cue : stepper.cues()) {
            if (cue instanceof Asked asked && asked.timeNanos() == tNanos) {
                question.open(asked);
                return;
            }
        }
    }
}
