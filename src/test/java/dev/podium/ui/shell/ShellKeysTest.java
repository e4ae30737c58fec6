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
    };

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
        assertFalse(ShellKeys.handle(KeyCode.ENTER, commands));
        assertTrue(calls.isEmpty());
    }
}
