package dev.podium;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void oneScenarioFileOpensTheAppAndSubcommandsGoToTheCli() {
        assertTrue(Main.opensAFile(new String[] {"lessons/rolling-update.yaml"}));
        assertTrue(Main.opensAFile(new String[] {"C:\\Lessons\\Queue.YML"}));
        assertFalse(Main.opensAFile(new String[] {"validate"}));
        assertFalse(Main.opensAFile(new String[] {"validate", "a.yaml"}));
        assertFalse(Main.opensAFile(new String[] {"run", "queueing-basics"}));
        assertTrue(Main.opensAFile(new String[] {"class-demo.jsonl"}), "a recording opens in the app");
        assertFalse(Main.opensAFile(new String[] {"replay", "class-demo.jsonl"}));
        assertTrue(Main.opensAFile(new String[] {"worker_pool.go"}), "a world's own file (a Go program) opens too");
        assertFalse(Main.opensAFile(new String[] {"run", "worker_pool.go"}));
    }
}
