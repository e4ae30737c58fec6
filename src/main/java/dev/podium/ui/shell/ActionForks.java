package dev.podium.ui.shell;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.TimedAction;
import java.util.List;

/**
 * Acting on the past in the window: a user's action forks the run ({@link PlayerModel#forkWith}); a bad action is
 * a problems dialog at once, problems that only show when it runs are a dialog when the new run is swapped in, and
 * the narration gets a note. FX thread only.
 */
final class ActionForks {
    private final MainWindow window;

    ActionForks(MainWindow window) {
        this.window = window;
    }

    /** See {@link MainWindow#forkWith(TimedAction, String)}. */
    boolean fork(TimedAction action, String note) {
        PlayerModel model = window.model();
        Player player = window.player();
        if (model.forkingProperty().get()) {
            player.narration().note(model.playheadNanos(), window.i18n().get("note.fork.busy"));
            return false;
        }
        try {
            return model.forkWith(action, new ForkListener() {
                @Override
                public void swapped(List<ScenarioProblem> freshProblems) {
                    if (!freshProblems.isEmpty()) {
                        window.dialogs().showProblems("dialog.fork.title", action.verb(), freshProblems);
                    }
                    player.refresh();
                    player.narration().note(action.atNanos(), note);
                }

                @Override
                public void failed(Throwable cause) {
                    boolean hasMessage = cause != null && cause.getMessage() != null;
                    window.dialogs().showError("dialog.fork.title", action.verb(),
                            hasMessage ? cause.getMessage() : String.valueOf(cause));
                }
            });
        } catch (ScenarioException e) {
            window.dialogs().showProblems("dialog.fork.title", action.verb(), e.problems());
            return false;
        }
    }
}
