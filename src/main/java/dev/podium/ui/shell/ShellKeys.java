package dev.podium.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The shell's keys, as a scene-level event filter so they work whatever has focus (a focused button
 * or list would otherwise take Space and the arrows): Space play/pause, Right/Left step, +/= and
 * -/numpad speed, Home restart, F11 presenter mode. Text fields keep their keys. Ctrl+O is the File
 * menu's accelerator.
 */
public final class ShellKeys {
    /** What the keys do. */
    public interface Commands {
        void togglePlay();

        void stepForward();

        void stepBack();

        void speedUp();

        void speedDown();

        void restart();

        void togglePresenter();

        /** End: to the end; live, back to "now". Default: nothing (tests that do not need it). */
        default void toEnd() {
        }
    }

    private ShellKeys() {
    }

    /** Installs the filter on {@code scene}. */
    public static void install(Scene scene, Commands commands) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            if (scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (handle(e.getCode(), commands)) {
                e.consume();
            }
        });
        // A focused button fires on Space release; the press was ours, so the release is too.
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
            }
        });
    }

    /** Runs the command for {@code code}; false if the key is not one of ours. */
    static boolean handle(KeyCode code, Commands commands) {
        switch (code) {
            case SPACE -> commands.togglePlay();
            case RIGHT -> commands.stepForward();
            case LEFT -> commands.stepBack();
            case PLUS, EQUALS, ADD -> commands.speedUp();
            case MINUS, SUBTRACT -> commands.speedDown();
            case HOME -> commands.restart();
            case END -> commands.toEnd();
            case F11 -> commands.togglePresenter();
            default -> {
                return false;
            }
        }
        return true;
    }
}
