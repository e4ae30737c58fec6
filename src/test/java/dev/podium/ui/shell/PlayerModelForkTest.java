package dev.podium.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import dev.podium.timeline.Timeline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forks computed "in the background": both executors are run by hand, so each test says exactly when the worker
 * runs and when its result reaches the FX side. No threads, no waiting.
 */
class PlayerModelForkTest {
    private static final long SECOND = 1_000_000_000L;

    /** An executor that runs nothing until told to. */
    private static final class ByHand implements Executor {
        private final Queue<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queued.add(task);
        }

        int size() {
            return queued.size();
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    /** Remembers what it heard. */
    private static final class Heard implements ForkListener {
        final List<List<ScenarioProblem>> swaps = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();

        @Override
        public void swapped(List<ScenarioProblem> freshProblems) {
            swaps.add(freshProblems);
        }

        @Override
        public void failed(Throwable cause) {
            failures.add(cause);
        }
    }

    private final ByHand worker = new ByHand();
    private final ByHand fx = new ByHand();
    private final Heard heard = new Heard();
    private PlayerModel model;

    @BeforeEach
    void loadDefaultScenarioAt60Seconds() throws Exception {
        model = new PlayerModel(worker, fx);
        model.load(ScenarioRun.start(new ScenarioSource().builtIns().get(0)));
        model.seek(60 * SECOND);
    }

    private static TimedAction burstAt(long atNanos) {
        return TimedAction.byUser(atNanos, "burst", Map.of("count", "10"));
    }

    @Test
    void whileTheForkComputesTheOldRunStaysScrubbableAndComputingIsShown() throws Exception {
        ScenarioRun old = model.run();
        assertTrue(model.forkWith(burstAt(60 * SECOND), heard));

        assertSame(old, model.run(), "the old run stays on show");
        assertTrue(model.computingProperty().get());
        assertTrue(model.forkingProperty().get());
        assertEquals(1, worker.size(), "the bulk computation waits for the worker");
        model.seek(30 * SECOND);
        model.frame(16_000_000);
        assertEquals(30 * SECOND, model.playheadNanos(), "the old run can still be scrubbed");
        assertTrue(model.computingProperty().get(), "a frame on the old run does not hide the fork's computing");
        assertTrue(heard.swaps.isEmpty());
    }

    @Test
    void afterTheWorkerAndTheHandOffTheNewRunIsOnShowAtThePlayhead() throws Exception {
        ScenarioRun old = model.run();
        model.play();
        model.forkWith(burstAt(60 * SECOND), heard);

        worker.runAll();
        assertSame(old, model.run(), "nothing changes on the FX side before the hand-off");
        assertEquals(1, fx.size(), "one hand-off per fork");
        fx.runAll();

        assertNotSame(old, model.run());
        assertEquals(60 * SECOND, model.playheadNanos());
        assertTrue(model.isPlaying(), "a fork while playing keeps playing");
        assertFalse(model.forkingProperty().get());
        assertFalse(model.computingProperty().get());
        Timeline timeline = model.run().timeline();
        int atFork = timeline.countAtOrBefore(60 * SECOND) - timeline.countAtOrBefore(60 * SECOND - 1);
        assertTrue(atFork >= 10, "the burst happened at the action's time: " + atFork);
        assertEquals(List.of(List.of()), heard.swaps, "swapped once, with no new problems");
    }

    @Test
    void theNewRunComesInWhereTheUserScrubbedMeanwhile() throws Exception {
        model.forkWith(burstAt(60 * SECOND), heard);
        model.seek(90 * SECOND);
        worker.runAll();
        fx.runAll();
        assertEquals(90 * SECOND, model.playheadNanos());
        assertEquals(1, heard.swaps.size());
        assertTrue(model.run().computedNanos() >= 90 * SECOND, "the new run is computed up to the playhead");
    }

    @Test
    void aSecondForkWhileOneComputesIsRefused() throws Exception {
        assertTrue(model.forkWith(burstAt(60 * SECOND), heard));
        assertFalse(model.forkWith(burstAt(60 * SECOND), heard), "refused, not queued");
        assertEquals(1, worker.size());

        worker.runAll();
        fx.runAll();
        assertEquals(1, heard.swaps.size());
        assertTrue(model.forkWith(burstAt(60 * SECOND), heard), "once the first is on show, a new fork may start");
    }

    @Test
    void aForkFinishedAfterAnotherScenarioWasLoadedIsDiscarded() throws Exception {
        model.forkWith(burstAt(60 * SECOND), heard);
        ScenarioRun other = ScenarioRun.start(new ScenarioSource().builtIns().get(1));
        model.load(other);
        assertFalse(model.forkingProperty().get());

        worker.runAll();
        fx.runAll();
        assertSame(other, model.run(), "the finished fork did not replace the scenario opened meanwhile");
        assertEquals(0, model.playheadNanos());
        assertTrue(heard.swaps.isEmpty() && heard.failures.isEmpty(), "a discarded fork is not reported");
    }

    @Test
    void aBadActionIsRefusedAtOnceAndNothingIsComputed() {
        ScenarioRun old = model.run();
        assertThrows(ScenarioException.class,
                () -> model.forkWith(TimedAction.byUser(60 * SECOND, "noSuchVerb", Map.of()), heard));
        assertEquals(0, worker.size());
        assertSame(old, model.run());
        assertFalse(model.forkingProperty().get());
        assertFalse(model.computingProperty().get());
    }
}
