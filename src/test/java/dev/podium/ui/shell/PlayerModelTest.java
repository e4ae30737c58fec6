package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.SpeedLadder;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlayerModelTest {
    private static final long SECOND = 1_000_000_000L;
    private PlayerModel model;

    @BeforeEach
    void loadDefaultScenario() throws Exception {
        model = new PlayerModel();
        model.load(ScenarioRun.start(new ScenarioSource().builtIns().get(0)));
    }

    @Test
    void aNewRunStartsPausedAtZero() {
        assertEquals(0, model.playheadNanos());
        assertFalse(model.isPlaying());
        assertEquals(model.run().durationNanos(), model.durationProperty().get());
    }

    @Test
    void playingMovesThePlayheadByWallTimeTimesSpeed() {
        model.play();
        model.frame(2 * SECOND);
        assertEquals(2 * SECOND, model.playheadNanos());
        model.speedUp();
        model.frame(SECOND);
        assertEquals(4 * SECOND, model.playheadNanos());
        assertTrue(model.run().computedNanos() >= model.playheadNanos());
    }

    @Test
    void pausedFramesDoNotMoveThePlayhead() {
        model.frame(5 * SECOND);
        assertEquals(0, model.playheadNanos());
    }

    @Test
    void speedClimbsTheLadderAndStopsAtItsEnds() {
        model.speedUp();
        assertEquals(2.0, model.speed());
        for (int i = 0; i < 40; i++) {
            model.speedDown();
        }
        assertEquals(0.000001, model.speed());
        for (int i = 0; i < 40; i++) {
            model.speedUp();
        }
        assertEquals(1000.0, model.speed());
        assertEquals(SpeedLadder.size() - 1, model.speedIndexProperty().get());
    }

    @Test
    void stepForwardLandsOnTheNextEventTimeAndPauses() {
        model.seek(30 * SECOND);
        model.play();
        model.stepForward();
        long t = model.playheadNanos();
        Timeline timeline = model.run().timeline();
        assertFalse(model.isPlaying());
        assertTrue(t > 30 * SECOND);
        assertEquals(t, timeline.nextEventTimeAfter(30 * SECOND));
    }

    @Test
    void stepForwardComputesTheRunAheadWhenNeeded() {
        long before = model.run().computedNanos();
        for (int i = 0; i < 50; i++) {
            model.stepForward();
        }
        assertTrue(model.playheadNanos() > before, "stepped past what was computed at load");
    }

    @Test
    void stepBackLandsOnThePreviousEventTimeThenZero() {
        model.seek(60 * SECOND);
        model.stepBack();
        long t = model.playheadNanos();
        assertTrue(t < 60 * SECOND);
        assertEquals(t, model.run().timeline().previousEventTimeBefore(60 * SECOND));
        model.seek(0);
        model.stepBack();
        assertEquals(0, model.playheadNanos());
    }

    @Test
    void playAtTheEndRestartsFromZero() {
        model.seek(Long.MAX_VALUE);
        assertEquals(model.run().durationNanos(), model.playheadNanos());
        model.play();
        assertEquals(0, model.playheadNanos());
        assertTrue(model.isPlaying());
    }

    @Test
    void playingIntoTheEndPauses() {
        model.setSpeedIndex(SpeedLadder.size() - 1);
        model.play();
        for (int i = 0; i < 100 && model.isPlaying(); i++) {
            model.frame(SECOND);
        }
        assertFalse(model.isPlaying());
        assertEquals(model.run().durationNanos(), model.playheadNanos());
    }

    @Test
    void restartGoesToZeroPaused() {
        model.play();
        model.frame(3 * SECOND);
        model.restart();
        assertEquals(0, model.playheadNanos());
        assertFalse(model.isPlaying());
    }

    @Test
    void forkKeepsThePlayheadAndReplacesTheFuture() throws Exception {
        model.seek(60 * SECOND);
        model.play();
        ScenarioRun old = model.run();
        model.forkWith(TimedAction.byUser(model.playheadNanos(), "burst", Map.of("count", "10")));
        assertNotSame(old, model.run());
        assertEquals(60 * SECOND, model.playheadNanos());
        assertTrue(model.isPlaying(), "a fork while playing keeps playing");
        Timeline timeline = model.run().timeline();
        int atFork = timeline.countAtOrBefore(60 * SECOND) - timeline.countAtOrBefore(60 * SECOND - 1);
        assertTrue(atFork >= 10, "the burst happened at the playhead: " + atFork);
    }

    @Test
    void aSlowComputationHoldsThePlayheadInsteadOfFreezing() throws Exception {
        PlayerModel slow = new PlayerModel(5);
        slow.load(ScenarioRun.start(new ScenarioSource().builtIns().get(0)));
        slow.setSpeedIndex(SpeedLadder.size() - 1);
        slow.play();
        slow.frame(SECOND);
        assertTrue(slow.computingProperty().get());
        assertTrue(slow.playheadNanos() < 1000 * SECOND);
        assertTrue(slow.playheadNanos() <= slow.run().computedNanos());
    }

    @Test
    void aSeekBeyondWhatIsComputedIsReachedOverLaterFrames() throws Exception {
        PlayerModel slow = new PlayerModel(50);
        slow.load(ScenarioRun.start(new ScenarioSource().builtIns().get(0)));
        slow.seek(300 * SECOND);
        assertTrue(slow.computingProperty().get());
        assertTrue(slow.playheadNanos() < 300 * SECOND);
        for (int i = 0; i < 100_000 && slow.computingProperty().get(); i++) {
            slow.frame(16_000_000);
        }
        assertFalse(slow.computingProperty().get());
        assertEquals(300 * SECOND, slow.playheadNanos());
    }
}
