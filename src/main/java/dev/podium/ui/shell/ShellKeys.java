package dev.podium.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The shell's keys, as a scene-level event filter so they work whatever has focus (a focused button
 * or list would otherwise take Space and the arrows): Space play/pause, Right/Left step, +/= and
 * -/numpad speed, Home restart, End to the end, F11 presenter mode. For a class (and a clicker): Page Down / Page
 * Up next and previous cue, C captions, B or . blank screen, L held pointer, 0 reset zoom, 1–9 pick an option
 * and Enter reveal a question. Text fields keep their keys. Ctrl+O is the File menu's accelerator.
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

        /** Page Down: the next cue (or reveal the question on show). */
        default void nextCue() {
        }

        /** Page Up: the previous cue. */
        default void previousCue() {
        }

        default void toggleCaptions() {
        }

        default void toggleBlank() {
        }

        /** L pressed (true) and released (false). */
        default void pointer(boolean on) {
        }

        default void resetZoom() {
        }

        /** A number key 1–9; false if nothing took it (the key then goes on). */
        default boolean pick(int number) {
            return false;
        }

        /** Enter; false if nothing took it (the key then goes on, to a focused button for example). */
        default boolean enter() {
            return false;
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
            } else if (e.getCode() == KeyCode.ENTER && scene.getFocusOwner() instanceof ButtonBase b
                    && !b.isDisabled()) {
                b.fire(); // Space is play/pause everywhere, so Enter presses the button that has keyboard focus
                e.consume();
            }
        });
        // A focused button fires on Space release; the press was ours, so the release is too.
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.L) {
                commands.pointer(false);
            }
            if (e.getCode() == KeyCode.SPACE && !(scene.getFocusOwner() instanceof TextInputControl)) {
                e.consume();
            }
        });
    }

    /** Runs the command for {@code code}; false if the key is not one of ours. */
    static boolean handle(KeyCode code, Commands commands) {
        int number = number(code);
        if (number > 0) {
            return commands.pick(number);
        }
        switch (code) {
            case ENTER -> {
                return commands.enter();
            }
            case PAGE_DOWN -> commands.nextCue();
            case PAGE_UP -> commands.previousCue();
            case C -> commands.toggleCaptions();
            case B, PERIOD -> commands.toggleBlank();
            case L -> commands.pointer(true);
            case DIGIT0, NUMPAD0 -> commands.resetZoom();
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

    /** 1–9 for the digit keys (top row or keypad), else 0. */
    private static int number(KeyCode code) {
        if (code.compareTo(KeyCode.DIGIT1) >= 0 && code.compareTo(KeyCode.DIGIT9) <= 0) {
            return code.ordinal() - KeyCode.DIGIT1.ordinal() + 1;
        }
        if (code.compareTo(KeyCode.NUMPAD1) >= 0 && code.compareTo(KeyCode.NUMPAD9) <= 0) {
            return code.ordinal() - KeyCode.NUMPAD1.ordinal() + 1;
        }
        return 0;
    }
}
