package dev.podium.ui.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import dev.podium.scenario.Verb;
import dev.podium.scenario.goruntime.GoRuntimeWorld;
import dev.podium.ui.common.I18n;
import dev.podium.ui.shell.WorldActions;
import dev.podium.ui.world.MenuAction;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.OutputWritten;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Go world's Actions menu offers its five verbs, and what its dialogs start from forks a run that works. */
class GoActionsTest {
    private final GoRuntimeUi ui = new GoRuntimeUi();

    private static final String SCENARIO = """
            podium: 1
            name: menu
            worlds: [goruntime]
            duration: 2ms
            program: |
              package main

              import (
              	"fmt"
              	"podium"
              	"time"
              )

              func hello() {
              	fmt.Println("hello from outside")
              }

              func main() {
              	podium.Work(time.Millisecond)
              }
            """;

    private Verb<?> verb(String name) {
        return new GoRuntimeWorld().verbs().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private MenuAction action(String verb) {
        return ui.actions().stream().filter(a -> a.verb().equals(verb)).findFirst().orElseThrow();
    }

    @Test
    void theMenuOffersEveryVerbOfTheWorld() {
        assertEquals(List.of("setGomaxprocs", "cancelContext", "addGoroutine", "blockSyscall", "unblockSyscall"),
                ui.actions().stream().map(MenuAction::verb).toList());
        assertEquals(new GoRuntimeWorld().verbs().size(), ui.actions().size());
    }

    @Test
    void addingAGoroutineWithTheDialogsStartingValuesForksARunThatPrints() throws Exception {
        MenuAction add = action("addGoroutine");
        assertTrue(WorldActions.problem(verb("addGoroutine").arg("args"), add.initial().get("args")).isEmpty(),
                "[] (no arguments) is a value the dialog accepts");
        TimedAction input = WorldActions.action(300_000, verb("addGoroutine"), add, "",
                Map.of("function", "hello", "args", add.initial().get("args")));
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("menu.yaml", SCENARIO)).fork(input);
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        assertTrue(run.timeline().events().stream().anyMatch(e -> e instanceof GoroutineCreated c
                && c.function().equals("main.hello") && c.timeNanos() == 300_000));
        assertTrue(run.timeline().events().stream().anyMatch(e -> e instanceof OutputWritten o
                && o.text().equals("hello from outside\n")));
        String note = new I18n(Locale.ENGLISH).fromBundle(ui.bundle(), "note.addGoroutine",
                WorldActions.noteValues(add, input).toArray());
        assertEquals("You started a goroutine running hello([]) from outside the program: it goes to the global run "
                + "queue; the future was recomputed.", note);
    }

    @Test
    void anUnknownFunctionFromTheMenuIsRefusedBeforeTheForkRuns() {
        TimedAction input = WorldActions.action(100_000, verb("addGoroutine"), action("addGoroutine"), "",
                Map.of("function", "nosuch", "args", "[]"));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioRun.start(ScenarioLoader.parse("menu.yaml", SCENARIO)).fork(input));
        assertEquals("<user>: addGoroutine: the program has no top-level function 'nosuch' (it has: hello)",
                e.getMessage());
    }

    @Test
    void blockingAGoroutineThatIsNotRunningWarnsInsteadOfFailing() throws Exception {
        TimedAction input = WorldActions.action(100_000, verb("blockSyscall"), action("blockSyscall"), "",
                Map.of("goroutine", "2", "for", "1ms"));
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("menu.yaml", SCENARIO)).fork(input);
        run.runToEnd();
        assertEquals(1, run.actionProblems().size());
        assertEquals("blockSyscall ignored: there is no goroutine 2", run.actionProblems().get(0).message());
    }
}
