package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class ShellKeysTest {
    private final List<String> calls = new ArrayList<>();
    private final ShellKeys.Commands commands = new ShellKeys.Commands() {
        @Override
        public void togglePlay() {
            calls.add("play");
        }

        @Override
        public void stepForward() {
            calls.add("forward");
        }

        @Override
        public void stepBack() {
            calls.add("back");
        }

        @Override
        public void speedUp() {
            calls.add("faster");
        }

        @Override
        public void speedDown() {
            calls.add("slower");
        }

        @Override
        public void restart() {
            calls.add("restart");
        }

        @Override
        public void togglePresenter() {
            calls.add("presenter");
        }

        @Override
        public void nextCue() {
            calls.add("next-cue");
        }

        @Override
        public void previousCue() {
            calls.add("previous-cue");
        }

        @Override
        public void toggleCaptions() {
            calls.add("captions");
        }

        @Override
        public void toggleBlank() {
            calls.add("blank");
        }

        @Override
        public void pointer(boolean on) {
            calls.add("pointer " + on);
        }

        @Override
        public void resetZoom() {
            calls.add("zoom");
        }

        @Override
        public boolean pick(int number) {
            calls.add("pick " + number);
            return number <= 3;
        }

        @Override
        public boolean enter() {
            calls.add("enter");
            return false;
        }
    };

    @Test
    void presenterKeysMapToTheirCommands() {
        for (KeyCode code : List.of(KeyCode.PAGE_DOWN, KeyCode.PAGE_UP, KeyCode.C, KeyCode.B, KeyCode.PERIOD,
                KeyCode.L, KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            assertTrue(ShellKeys.handle(code, commands), code.toString());
        }
        assertEquals(List.of("next-cue", "previous-cue", "captions", "blank", "blank", "pointer true", "zoom",
                "zoom"), calls);
    }

    @Test
    void numberKeysPickFromOneAndPassOnWhatNothingTook() {
        assertTrue(ShellKeys.handle(KeyCode.DIGIT1, commands));
        assertTrue(ShellKeys.handle(KeyCode.NUMPAD3, commands));
        assertFalse(ShellKeys.handle(KeyCode.DIGIT9, commands), "no ninth option: the key goes on");
        assertFalse(ShellKeys.handle(KeyCode.ENTER, commands), "no question: Enter goes on");
        assertEquals(List.of("pick 1", "pick 3", "pick 9", "enter"), calls);
    }

    @Test
    void everyShellKeyMapsToItsCommand() {
        for (KeyCode code : List.of(KeyCode.SPACE, KeyCode.RIGHT, KeyCode.LEFT, KeyCode.PLUS, KeyCode.EQUALS,
                KeyCode.ADD, KeyCode.MINUS, KeyCode.SUBTRACT, KeyCode.HOME, KeyCode.F11)) {
            assertTrue(ShellKeys.handle(code, commands), code.toString());
        }
        assertEquals(List.of("play", "forward", "back", "faster", "faster", "faster", "slower", "slower",
                "restart", "presenter"), calls);
    }

    @Test
    void otherKeysAreLeftAlone() {
        assertFalse(ShellKeys.handle(KeyCode.A, commands));
        assertFalse(ShellKeys.handle(KeyCode.TAB, commands));
        assertTrue(calls.isEmpty());
    }
}
