package dev.podium.scenario.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioProblem;
import dev.podium.scenario.ScenarioRun;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GoActionIgnored;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.IgnoredReason;
import dev.podium.world.goruntime.event.OutputWritten;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.RunQueue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * addGoroutine, blockSyscall and unblockSyscall change a running program at their time, as the runtime would; an
 * action that cannot apply is ignored with an event and a run warning; bad functions and arguments are refused at
 * load with their line and column.
 */
class GoInterventionsTest {
    private static final long US = 1_000;
    /** Two Ps, both busy: main (G1) computes 2 ms, G2 computes 1 ms, G3 sleeps for a second. */
    private static final String PROGRAM = """
            program: |
              package main

              import (
              	"fmt"
              	"podium"
              	"runtime"
              	"time"
              )

              func spin(name string, n int) {
              	for i := 0; i < n; i++ {
              		podium.Work(100 * time.Microsecond)
              	}
              	fmt.Println(name, "done")
              }

              func greet(name string, times int8, loud bool, ratio float64) int {
              	fmt.Println("hello", name, times, loud, ratio)
              	return int(times)
              }

              func sleeper() {
              	time.Sleep(time.Second)
              }

              func main() {
              	runtime.GOMAXPROCS(2)
              	go spin("a", 10)
              	go sleeper()
              	spin("main", 20)
              }
            """;

    static String scenario(String actions) {
        return "podium: 1\nname: interventions\ntitle: {en: i, zh-CN: i}\nworlds: [goruntime]\nseed: 1\n"
                + "duration: 5ms\n" + PROGRAM + actions;
    }

    private static ScenarioRun run(String actions) throws ScenarioException {
        ScenarioRun run = ScenarioRun.start(ScenarioLoader.parse("interventions.yaml", scenario(actions)));
        run.runToEnd();
        return run;
    }

    private static <T> List<T> of(ScenarioRun run, Class<T> type) {
        return run.timeline().events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static long printed(ScenarioRun run, String text) {
        return of(run, OutputWritten.class).stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow()
                .timeNanos();
    }

    @Test
    void addGoroutineRunsTheFunctionFromTheGlobalQueue() throws Exception {
        ScenarioRun run = run("actions:\n  - at: 100us\n    do: addGoroutine\n    function: greet\n"
                + "    args: '\"x\", -3, true, 2.5'\n");
        assertEquals(List.of(), run.actionProblems());
        GoroutineCreated created = of(run, GoroutineCreated.class).stream()
                .filter(c -> c.function().equals("main.greet")).findFirst().orElseThrow();
        assertEquals(100 * US, created.timeNanos());
        assertEquals(0, created.parent(), "no goroutine created it");
        assertEquals(4, created.g());
        GoroutineQueued queued = of(run, GoroutineQueued.class).stream().filter(q -> q.g() == 4).findFirst()
                .orElseThrow();
        assertEquals(RunQueue.GLOBAL, queued.queue(), "created from outside: the global run queue");
        long hello = printed(run, "hello x -3 true 2.5\n");
        assertTrue(hello > 100 * US, "runs once a P takes it from the global queue: " + hello);
        assertTrue(new GoRuntimeWorld().outcome(run.timeline().events()).orElseThrow().stdout()
                .contains("hello x -3 true 2.5\n"));
        assertEquals(GStatus.DEAD, of(run, GoroutineStateChanged.class).stream().filter(s -> s.g() == 4)
                .reduce((a, b) -> b).orElseThrow().status(), "its result is dropped and it ends");
    }

    @Test
    void blockSyscallMakesSysmonHandThePOffAndDelaysTheGoroutine() throws Exception {
        long before = printed(run(""), "a done\n");
        ScenarioRun run = run("actions:\n  - at: 50us\n    do: blockSyscall\n    goroutine: 2\n    for: 300us\n");
        assertEquals(List.of(), run.actionProblems());
        GoroutineStateChanged enter = of(run, GoroutineStateChanged.class).stream()
                .filter(s -> s.g() == 2 && s.status() == GStatus.SYSCALL).findFirst().orElseThrow();
        assertEquals(50 * US, enter.timeNanos());
        PHandedOff handoff = of(run, PHandedOff.class).get(0);
        assertEquals(enter.p(), handoff.p());
        assertEquals(enter.m(), handoff.fromM());
        assertTrue(handoff.timeNanos() > 50 * US && handoff.timeNanos() <= 50 * US + 50 * US,
                "sysmon retakes the P within two of its 20 us ticks: " + handoff.timeNanos());
        GoroutineStateChanged back = of(run, GoroutineStateChanged.class).stream()
                .filter(s -> s.g() == 2 && s.timeNanos() > 50 * US && s.status() == GStatus.RUNNING)
                .findFirst().orElseThrow();
        assertEquals(350 * US, back.timeNanos(), "exitsyscall after 300 us takes an idle P at once");
        long after = printed(run, "a done\n");
        assertTrue(after >= before + 300 * US, "G2 lost 300 us: " + before + " -> " + after);
    }

    @Test
    void unblockSyscallEndsItAtOnce() throws Exception {
        ScenarioRun run = run("actions:\n  - at: 50us\n    do: blockSyscall\n    goroutine: 2\n    for: 1h\n"
                + "  - at: 120us\n    do: unblockSyscall\n    goroutine: 2\n");
        assertEquals(List.of(), run.actionProblems());
        GoroutineStateChanged back = of(run, GoroutineStateChanged.class).stream()
                .filter(s -> s.g() == 2 && s.timeNanos() > 50 * US && s.status() != GStatus.SYSCALL)
                .findFirst().orElseThrow();
        assertEquals(120 * US, back.timeNanos());
        assertEquals(GStatus.RUNNING, back.status(), "its old P was handed off and went idle: it takes one");
        assertTrue(new GoRuntimeWorld().outcome(run.timeline().events()).orElseThrow().stdout()
                .contains("a done\n"), "G2 finishes its work");
    }

    @Test
    void actionsThatCannotApplyAreIgnoredWithAReasonAndAWarning() throws Exception {
        ScenarioRun run = run("actions:\n"
                + "  - at: 10us\n    do: blockSyscall\n    goroutine: 3\n    for: 1ms\n"
                + "  - at: 20us\n    do: unblockSyscall\n    goroutine: 1\n"
                + "  - at: 30us\n    do: blockSyscall\n    goroutine: 2\n    for: 1ms\n"
                + "  - at: 40us\n    do: blockSyscall\n    goroutine: 2\n    for: 1ms\n"
                + "  - at: 50us\n    do: blockSyscall\n    goroutine: 99\n    for: 1ms\n");
        List<GoActionIgnored> ignored = of(run, GoActionIgnored.class);
        assertEquals(List.of(IgnoredReason.NOT_RUNNING, IgnoredReason.NOT_IN_SYSCALL,
                IgnoredReason.ALREADY_IN_SYSCALL, IgnoredReason.NO_SUCH_GOROUTINE),
                ignored.stream().map(GoActionIgnored::reason).toList());
        assertEquals(GStatus.RUNNABLE, ignored.get(0).status(), "the sleeper waits for a P: both are busy");
        assertEquals(List.of(10 * US, 20 * US, 40 * US, 50 * US), ignored.stream()
                .map(GoActionIgnored::timeNanos).toList());
        List<ScenarioProblem> warnings = run.actionProblems();
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("blockSyscall ignored: goroutine 3 is not running"),
                warnings.get(0).message());
        assertTrue(warnings.get(0).where().line() > 0, "located at the action: " + warnings.get(0).where());
    }

    @Test
    void blockingAGoroutineThatReturnedIsIgnoredAsFinished() throws Exception {
        // 1.5 ms: G2 finished its 1 ms of work, main still computes
        ScenarioRun run = run("actions:\n  - at: 1500us\n    do: blockSyscall\n    goroutine: 2\n    for: 1ms\n");
        GoActionIgnored ignored = of(run, GoActionIgnored.class).get(0);
        assertEquals(IgnoredReason.FINISHED, ignored.reason());
        assertEquals(GStatus.DEAD, ignored.status());
    }

    @Test
    void blockingAWaitingGoroutineIsIgnoredAsNotRunning() throws Exception {
        // 1.5 ms: G2 is done, so P1 ran the sleeper, which now waits in time.Sleep
        ScenarioRun run = run("actions:\n  - at: 1500us\n    do: blockSyscall\n    goroutine: 3\n    for: 1ms\n");
        GoActionIgnored ignored = of(run, GoActionIgnored.class).get(0);
        assertEquals(IgnoredReason.NOT_RUNNING, ignored.reason());
        assertEquals(GStatus.WAITING, ignored.status());
        assertEquals(List.of(), of(run, PHandedOff.class), "nothing entered a syscall");
    }

    @Test
    void anUnknownFunctionIsRefusedAtItsName() {
        String text = scenario("actions:\n  - at: 1us\n    do: addGoroutine\n    function: nosuch\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioRun.start(ScenarioLoader.parse("interventions.yaml", text)));
        int line = lineOf(text, "function: nosuch");
        assertEquals("interventions.yaml:" + line + ":15", e.problems().get(0).where().toString(), e.getMessage());
        assertTrue(e.getMessage().contains("no top-level function 'nosuch' (it has: spin, greet, sleeper)"),
                e.getMessage());
    }

    @Test
    void theWrongNumberOfArgumentsIsRefusedAtTheArguments() {
        String text = scenario("actions:\n  - at: 1us\n    do: addGoroutine\n    function: spin\n"
                + "    args: '\"a\"'\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioRun.start(ScenarioLoader.parse("interventions.yaml", text)));
        assertEquals(lineOf(text, "args:"), e.problems().get(0).where().line(), e.getMessage());
        assertTrue(e.getMessage().contains("not enough arguments in call to spin"), e.getMessage());
        assertTrue(e.getMessage().contains("want (string, int)"), e.getMessage());
    }

    @Test
    void aWrongTypeIsRefusedAtThatArgument() throws Exception {
        String text = scenario("actions:\n  - at: 1us\n    do: addGoroutine\n    function: greet\n"
                + "    args: '\"x\", 300, true, 1'\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioRun.start(ScenarioLoader.parse("interventions.yaml", text)));
        ScenarioProblem p = e.problems().get(0);
        assertTrue(p.message().contains("cannot use 300 (untyped int constant) as int8 value in argument to greet "
                + "(overflows)"), p.message());
        int argsColumn = ScenarioLoader.parse("interventions.yaml", text).actions().get(0).args().where("args")
                .column();
        assertEquals(argsColumn + 5, p.where().column(), "the column of 300 inside the args text");
        String wrongKind = scenario("actions:\n  - at: 1us\n    do: addGoroutine\n    function: spin\n"
                + "    args: 'true, 2'\n");
        ScenarioException k = assertThrows(ScenarioException.class,
                () -> ScenarioRun.start(ScenarioLoader.parse("interventions.yaml", wrongKind)));
        assertTrue(k.getMessage().contains("cannot use true (untyped bool constant) as string value in argument to "
                + "spin"), k.getMessage());
    }

    private static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part);
    }
}
