package dev.podium.scenario.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ProcessOutcome;
import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.ContextCanceled;
import dev.podium.world.goruntime.event.GomaxprocsChanged;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Go runtime world's actions change a running program at their time, and bad arguments name their place. */
class GoVerbsTest {
    private static final String PROGRAM = """
            program: |
              package main

              import (
              	"context"
              	"fmt"
              	"time"
              )

              func main() {
              	ctx, cancel := context.WithCancel(context.Background())
              	defer cancel()
              	select {
              	case <-ctx.Done():
              		fmt.Println("cancelled:", ctx.Err())
              	case <-time.After(100 * time.Millisecond):
              		fmt.Println("timed out")
              	}
              }
            """;

    private static String scenario(String actions) {
        return "podium: 1\nname: verbs\ntitle: {en: verbs, zh-CN: verbs}\nworlds: [goruntime]\nseed: 1\n"
                + "duration: 200ms\n" + PROGRAM + actions;
    }

    private static List<WorldEvent> run(String actions) throws ScenarioException {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("verbs.yaml", scenario(actions)));
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        return run.timeline().events();
    }

    @Test
    void cancelContextCancelsItAtItsTimeAndGomaxprocsChanges() throws Exception {
        List<WorldEvent> events = run("actions:\n  - at: 10us\n    do: setGomaxprocs\n    n: 1\n"
                + "  - at: 50ms\n    do: cancelContext\n    context: 1\n");
        GomaxprocsChanged procs = events.stream().filter(GomaxprocsChanged.class::isInstance)
                .map(GomaxprocsChanged.class::cast).findFirst().orElseThrow();
        assertEquals(1, procs.gomaxprocs());
        assertEquals(10_000L, procs.timeNanos());
        ContextCanceled cancel = events.stream().filter(ContextCanceled.class::isInstance)
                .map(ContextCanceled.class::cast).findFirst().orElseThrow();
        assertEquals(50_000_000L, cancel.timeNanos());
        ProcessOutcome outcome = new GoRuntimeWorld().outcome(events).orElseThrow();
        assertEquals("cancelled: context canceled\n", outcome.stdout());
    }

    @Test
    void withoutTheActionTheTimerWins() throws Exception {
        ProcessOutcome outcome = new GoRuntimeWorld().outcome(run("")).orElseThrow();
        assertEquals("timed out\n", outcome.stdout());
    }

    @Test
    void anOutOfRangeGomaxprocsIsRefusedAtItsPlace() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioRun.start(ScenarioLoader.parse("verbs.yaml",
                        scenario("actions:\n  - at: 10us\n    do: setGomaxprocs\n    n: 0\n"))));
        assertTrue(e.getMessage().contains("verbs.yaml:"), e.getMessage());
    }

    @Test
    void aCompileErrorInAnInlineProgramPointsIntoTheScenarioFile() {
        String bad = scenario("").replace("fmt.Println(\"timed out\")", "fmt.Println(undefinedName)");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioRun.start(ScenarioLoader.parse("verbs.yaml", bad)));
        int line = bad.lines().toList().indexOf(bad.lines().filter(l -> l.contains("undefinedName")).findFirst()
                .orElseThrow()) + 1;
        assertTrue(e.getMessage().contains("verbs.yaml:" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("undefined: undefinedName"), e.getMessage());
    }
}
