package dev.podium.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The with... methods keep actions in stable time order and never change the original. */
class ScenarioEditingTest {

    private static TimedAction action(long atNanos, String verb) {
        return new TimedAction(atNanos, verb, "", Params.empty(), LocalizedText.empty(), SourceLocation.USER);
    }

    private static Scenario scenario(TimedAction... actions) {
        return new Scenario("test.yaml", "test", LocalizedText.empty(), LocalizedText.empty(), List.of("queue"), 1,
                100, Map.of(), List.of(actions), Map.of());
    }

    private static List<String> verbs(Scenario scenario) {
        return scenario.actions().stream().map(TimedAction::verb).toList();
    }

    @Test
    void constructorSortsActionsStablyByTime() {
        Scenario scenario = scenario(action(30, "c"), action(10, "a"), action(30, "d"), action(20, "b"));

        assertEquals(List.of("a", "b", "c", "d"), verbs(scenario));
    }

    @Test
    void withActionInsertsAfterExistingActionsAtTheSameTime() {
        Scenario scenario = scenario(action(10, "a"), action(20, "b1"), action(20, "b2"), action(30, "c"));

        Scenario edited = scenario.withAction(action(20, "b3")).withAction(action(0, "first"));

        assertEquals(List.of("first", "a", "b1", "b2", "b3", "c"), verbs(edited));
        assertEquals(List.of("a", "b1", "b2", "c"), verbs(scenario));
    }

    @Test
    void withActionsBeforeDropsActionsAtOrAfterTheForkTime() {
        Scenario scenario = scenario(action(10, "a"), action(20, "b"), action(20, "b2"), action(30, "c"));

        assertEquals(List.of("a"), verbs(scenario.withActionsBefore(20)));
        assertEquals(List.of("a", "b", "b2"), verbs(scenario.withActionsBefore(21)));
        assertEquals(List.of(), verbs(scenario.withActionsBefore(0)));
    }

    @Test
    void forkingThenActingReplacesTheFuture() {
        Scenario scenario = scenario(action(10, "a"), action(50, "oldFuture"));

        Scenario forked = scenario.withActionsBefore(40).withAction(action(40, "userAction"));

        assertEquals(List.of("a", "userAction"), verbs(forked));
    }

    @Test
    void withSeedChangesOnlyTheSeed() {
        Scenario scenario = scenario(action(10, "a"));

        Scenario reseeded = scenario.withSeed(99);

        assertEquals(99, reseeded.seed());
        assertEquals(scenario, reseeded.withSeed(1));
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<TimedAction> actions = new ArrayList<>(List.of(action(10, "a")));
        Scenario scenario = new Scenario("t", "t", LocalizedText.empty(), LocalizedText.empty(), List.of("queue"), 1,
                100, Map.of(), actions, Map.of());
        actions.clear();

        assertEquals(1, scenario.actions().size());
        assertThrows(UnsupportedOperationException.class, () -> scenario.actions().clear());
    }

    @Test
    void actionTimeCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> action(-1, "a"));
    }
}
