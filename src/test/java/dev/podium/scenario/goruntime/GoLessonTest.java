package dev.podium.scenario.goruntime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.scenario.BuiltInScenarios;
import dev.podium.scenario.ProcessOutcome;
import dev.podium.scenario.Scenario;
import dev.podium.scenario.ScenarioLoader;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import dev.podium.timeline.Narrated;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.ChanBufferChanged;
import dev.podium.world.goruntime.event.ChanHandedOff;
import dev.podium.world.goruntime.event.ChanParked;
import dev.podium.world.goruntime.event.ContextCanceled;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GlobalQueueTaken;
import dev.podium.world.goruntime.event.GomaxprocsChanged;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.MState;
import dev.podium.world.goruntime.event.MStateChanged;
import dev.podium.world.goruntime.event.MutexModeChanged;
import dev.podium.world.goruntime.event.OutputWritten;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.ProgramExited;
import dev.podium.world.goruntime.event.RunQueue;
import dev.podium.world.goruntime.event.SelectChose;
import dev.podium.world.goruntime.event.SyncParked;
import dev.podium.world.goruntime.state.GoProjection;
import dev.podium.world.goruntime.state.GoState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs each built-in Go lesson and checks that the run shows what its narration says, at the times it says it: the
 * numbers a teacher reads out (who steals how many, when the P is handed off, which send blocks, when the context
 * is cancelled) come from the simulated runtime, so a change to the runtime that breaks a lesson fails here.
 */
class GoLessonTest {
    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private record Lesson(List<WorldEvent> events, ProcessOutcome outcome, Scenario scenario) {
        <T> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        long exitNanos() {
            return of(ProgramExited.class).get(0).timeNanos();
        }

        GoState at(long tNanos) {
            GoProjection projection = new GoProjection();
            GoState s = projection.initial();
            for (WorldEvent e : events) {
                if (e.timeNanos() > tNanos) {
                    break;
                }
                projection.apply(s, e);
            }
            return s;
        }
    }

    static List<String> lessons() {
        return List.of("go-gmp-basics", "go-work-stealing", "go-syscall-handoff", "go-buffered-channels",
                "go-select-fairness", "go-worker-pool", "go-mutex-starvation", "go-once-config", "go-context-timeout",
                "go-deadlock");
    }

    private static Lesson run(String name) throws Exception {
        Scenario scenario = ScenarioLoader.loadBuiltIn(name + ".yaml");
        ScenarioRun run = ScenarioRun.start(scenario);
        run.runToEnd();
        assertEquals(List.of(), run.actionProblems());
        List<WorldEvent> events = run.timeline().events();
        return new Lesson(events, new GoRuntimeWorld().outcome(events).orElseThrow(), scenario);
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonEndsWithinItsDurationAndNarratesWhileTheProgramRuns(String name) throws Exception {
        Lesson lesson = run(name);
        assertTrue(lesson.outcome().ended(), name + " ended");
        long exit = lesson.exitNanos();
        assertTrue(exit <= lesson.scenario().durationNanos(), name + " ends at " + exit + " ns, within its duration");
        assertTrue(exit >= lesson.scenario().durationNanos() * 8 / 10,
                name + ": the duration fits the program (ends at " + exit + " ns)");
        List<Narrated> cues = lesson.of(Narrated.class);
        assertTrue(cues.size() >= 3, name + " has its narration");
        for (Narrated cue : cues) {
            assertTrue(cue.timeNanos() <= exit, name + ": a cue at " + cue.timeNanos() + " ns after the program ended");
            assertTrue(!cue.textIn("en").isBlank() && !cue.textIn("zh-CN").isBlank(), name + ": both languages");
        }
        assertTrue(BuiltInScenarios.fileNames().contains(name + ".yaml"), name + " is in the gallery");
    }

    /**
     * Narration follows the picture: a cue that says the program prints (or has printed) comes when the output panel
     * already shows a line written since the cue before it, and a line the cue quotes is already there. A cue placed
     * after the program's exit is never shown, so every say action must become a cue.
     */
    @ParameterizedTest
    @MethodSource("lessons")
    void aCueThatSaysTheProgramPrintsComesAfterTheOutput(String name) throws Exception {
        Lesson l = run(name);
        for (TimedAction say : l.scenario().actions()) {
            assertTrue(!TimedAction.SAY.equals(say.verb()) || say.atNanos() <= l.exitNanos(), name + ": the cue at "
                    + say.atNanos() + " ns comes after the program exits at " + l.exitNanos() + " ns: never shown");
        }
        List<Narrated> cues = l.of(Narrated.class);
        List<OutputWritten> out = l.of(OutputWritten.class);
        long previous = -1;
        for (Narrated cue : cues) {
            long at = cue.timeNanos();
            String en = cue.textIn("en");
            String printedBy = out.stream().filter(o -> o.timeNanos() <= at).map(OutputWritten::text)
                    .reduce("", String::concat);
            boolean future = en.contains("next it prints") || cue.textIn("zh-CN").contains("接下来它打印");
            if (!future && (en.matches("(?s).*\\bprint(s|ed)?\\b.*") || cue.textIn("zh-CN").contains("打印"))) {
                long since = previous;
                assertTrue(out.stream().anyMatch(o -> o.timeNanos() > since && o.timeNanos() <= at),
                        name + ": the cue at " + at + " ns says the program prints, but nothing was printed since the "
                                + "cue at " + previous + " ns: " + en);
            }
            Matcher quoted = QUOTED.matcher(en);
            while (quoted.find()) {
                String line = quoted.group(1);
                if (!future && l.outcome().stdout().lines().anyMatch(line::equals)) {
                    assertTrue(printedBy.lines().anyMatch(line::equals), name + ": the cue at " + at + " ns quotes \"" + line
                            + "\" before the program prints it");
                }
            }
            previous = at;
        }
    }

    @Test
    void gmpBasicsNewestGoroutineRunsFirstAndAnIdlePStealsHalf() throws Exception {
        Lesson l = run("go-gmp-basics");
        assertEquals(2, l.of(GomaxprocsChanged.class).get(0).gomaxprocs());
        GoroutineStateChanged firstWorker = l.of(GoroutineStateChanged.class).stream()
                .filter(s -> s.g() != 1 && s.status() == GStatus.RUNNING).findFirst().orElseThrow();
        assertEquals(5, firstWorker.g(), "the newest goroutine (in runnext) runs first");
        GoroutinesStolen steal = l.of(GoroutinesStolen.class).get(0);
        assertEquals(0, steal.fromP());
        assertEquals(1, steal.toP());
        assertEquals(2, steal.count(), "three in P0's queue: the thief takes half, rounded up");
        assertTrue(steal.timeNanos() >= 6 * US && steal.timeNanos() < 210 * US, "at " + steal.timeNanos());
        assertTrue(l.outcome().stdout().endsWith("all done; goroutines left: 1\n"), l.outcome().stdout());
        assertEquals(0, l.outcome().exitStatus());
    }

    @Test
    void workStealingSpreadsTheBurstOverEveryP() throws Exception {
        Lesson l = run("go-work-stealing");
        GoroutinesStolen first = l.of(GoroutinesStolen.class).get(0);
        assertEquals(0, first.fromP());
        int queued = l.at(first.timeNanos() - 1).localRunQueueSize(0);
        assertEquals((queued + 1) / 2, first.count(), "half of " + queued + ", rounded up");
        assertTrue(first.timeNanos() >= 10 * US && first.timeNanos() < 16 * US, "at " + first.timeNanos());
        Set<Integer> thieves = new HashSet<>();
        l.of(GoroutinesStolen.class).forEach(s -> thieves.add(s.toP()));
        assertEquals(Set.of(1, 2, 3), thieves, "every idle P steals");
        GoState busy = l.at(25 * US);
        for (int p = 0; p < 4; p++) {
            assertTrue(busy.pM(p) >= 0, "P" + p + " is running at 25 µs");
        }
        assertEquals("finished: 32\n", l.outcome().stdout());
        assertTrue(l.exitNanos() > 4 * MS && l.exitNanos() < 4200 * US, "32 × 500 µs on 4 Ps: " + l.exitNanos());
    }

    @Test
    void syscallHandoffGivesThePToAnotherThread() throws Exception {
        Lesson l = run("go-syscall-handoff");
        GoroutineStateChanged syscall = l.of(GoroutineStateChanged.class).stream()
                .filter(s -> s.status() == GStatus.SYSCALL).findFirst().orElseThrow();
        assertTrue(syscall.timeNanos() >= 5 * US && syscall.timeNanos() < 7 * US, "enters at " + syscall.timeNanos());
        PHandedOff handoff = l.of(PHandedOff.class).get(0);
        assertEquals(syscall.m(), handoff.fromM());
        assertTrue(handoff.toM() != syscall.m());
        assertTrue(handoff.timeNanos() > syscall.timeNanos() && handoff.timeNanos() <= 20 * US,
                "sysmon's 20 µs tick retakes the P: " + handoff.timeNanos());
        GoState during = l.at(900 * US);
        assertEquals(GStatus.SYSCALL, during.status(syscall.g()), "still in the syscall at 0.9 ms");
        assertEquals(handoff.toM(), during.pM(0), "P0 runs on the other M meanwhile");
        // at 1 ms the lesson's action ends the syscall early: P0 is busy and no P is idle, so exitsyscall puts the
        // goroutine on the global run queue and its M parks
        GoroutineQueued back = l.of(GoroutineQueued.class).stream().filter(q -> q.g() == syscall.g()
                && q.timeNanos() >= MS).findFirst().orElseThrow();
        assertEquals(MS, back.timeNanos());
        assertEquals(RunQueue.GLOBAL, back.queue());
        assertTrue(l.of(MStateChanged.class).stream().anyMatch(m -> m.timeNanos() == MS && m.m() == syscall.m()
                && m.state() == MState.IDLE), "M0 parks");
        assertTrue(l.outcome().stdout().endsWith("compute step 4\nsyscall returned\n"), l.outcome().stdout());
        GlobalQueueTaken taken = l.of(GlobalQueueTaken.class).get(0);
        assertTrue(taken.timeNanos() > 1500 * US, "P0 takes it once the computing goroutine is done: "
                + taken.timeNanos());
    }

    @Test
    void theThirdSendOnAFullBufferParksAndTheUnbufferedOneHandsOff() throws Exception {
        Lesson l = run("go-buffered-channels");
        List<ChanBufferChanged> buffer = l.of(ChanBufferChanged.class);
        assertEquals(2, buffer.get(1).qcount());
        assertEquals(0, buffer.get(1).sendx(), "sendx wrapped round");
        assertTrue(buffer.get(1).timeNanos() <= 5700, "full by 5.7 µs: " + buffer.get(1).timeNanos());
        ChanParked third = l.of(ChanParked.class).get(0);
        assertTrue(third.send());
        assertEquals("3", third.value());
        assertEquals(1, third.g());
        assertTrue(third.timeNanos() >= 5700 && third.timeNanos() <= 6800, "parks at " + third.timeNanos());
        ChanHandedOff direct = l.of(ChanHandedOff.class).get(0);
        assertEquals("hello", direct.value());
        assertTrue(direct.timeNanos() >= 1517 * US && direct.timeNanos() <= 1523 * US, "at " + direct.timeNanos());
        assertEquals("two sends done, len 2 cap 2\nreceived 1\nreceived 2\nreceived 3\nthird send done\n"
                + "got hello\nrendezvous done\n", l.outcome().stdout());
    }

    @Test
    void selectSplitsReadyCasesAboutEvenlyAndTakesDefaultOnANilChannel() throws Exception {
        Lesson l = run("go-select-fairness");
        List<SelectChose> both = l.of(SelectChose.class).stream().filter(s -> s.ready().size() == 2).toList();
        assertEquals(100, both.size());
        long a = both.stream().filter(s -> s.chosen() == 0).count();
        assertTrue(a >= 35 && a <= 65, "a won " + a + " of 100 (binomial: 50 ± 15 at three sigma)");
        assertEquals("from a: " + a + " from b: " + (100 - a) + "\nnothing ready: default\n", l.outcome().stdout());
        SelectChose last = l.of(SelectChose.class).get(l.of(SelectChose.class).size() - 1);
        assertEquals(-1, last.chosen(), "default");
        assertTrue(both.get(0).timeNanos() >= 18 * US && both.get(99).timeNanos() <= 33 * US);
    }

    @Test
    void theWorkerPoolRunsThreeWorkersAtOnceAndAddsUpTo45() throws Exception {
        Lesson l = run("go-worker-pool");
        GoState s = l.at(600 * US);
        int running = 0;
        for (long g = 1; g <= s.maxGoid(); g++) {
            if (s.status(g) == GStatus.RUNNING) {
                running++;
            }
        }
        assertEquals(3, running, "three workers run at 600 µs");
        assertEquals("total: 45\n", l.outcome().stdout());
        Narrated last = l.of(Narrated.class).get(l.of(Narrated.class).size() - 1);
        assertTrue(last.textIn("en").contains("45"), last.textIn("en"));
        assertTrue(l.of(OutputWritten.class).get(0).timeNanos() <= last.timeNanos(),
                "the narration says 45 once the output panel shows it");
    }

    @Test
    void theMutexStarvesAfterAMillisecondAndHandsTheLockToTheWaiter() throws Exception {
        Lesson l = run("go-mutex-starvation");
        MutexModeChanged starving = l.of(MutexModeChanged.class).get(0);
        assertTrue(starving.starving());
        SyncParked firstWait = l.of(SyncParked.class).stream().filter(p -> p.id() == starving.id()).findFirst()
                .orElseThrow();
        long waited = starving.timeNanos() - firstWait.timeNanos();
        assertTrue(waited > MS && waited < 1100 * US, "starving after waiting " + waited + " ns");
        assertTrue(starving.timeNanos() >= 1210 * US && starving.timeNanos() <= 1230 * US, "" + starving.timeNanos());
        MutexModeChanged normal = l.of(MutexModeChanged.class).get(1);
        assertTrue(!normal.starving() && normal.timeNanos() <= 1312 * US, "back to normal at " + normal.timeNanos());
        assertEquals("polite got the lock 5 times\n", l.outcome().stdout());
    }

    @Test
    void onceLoadsTheConfigOnceWhileTheOthersWaitOnItsMutex() throws Exception {
        Lesson l = run("go-once-config");
        assertEquals("config loaded\npodium 4\n", l.outcome().stdout());
        Map<Long, Integer> parkedPerLock = new HashMap<>();
        l.of(SyncParked.class).stream().filter(p -> p.timeNanos() < 12 * US)
                .forEach(p -> parkedPerLock.merge(p.id(), 1, Integer::sum));
        assertTrue(parkedPerLock.containsValue(4), "four goroutines wait on the Once's mutex: " + parkedPerLock);
        OutputWritten loaded = l.of(OutputWritten.class).get(0);
        assertTrue(loaded.timeNanos() >= 1 * MS && loaded.timeNanos() <= 1009 * US, "at " + loaded.timeNanos());
    }

    @Test
    void theDeadlineCancelsTheSlowCallAt100Milliseconds() throws Exception {
        Lesson l = run("go-context-timeout");
        ContextCanceled cancel = l.of(ContextCanceled.class).get(0);
        assertEquals("DEADLINE_EXCEEDED", cancel.err().name());
        assertTrue(Math.abs(cancel.timeNanos() - 100 * MS) < 10 * US, "at " + cancel.timeNanos());
        OutputWritten db = l.of(OutputWritten.class).get(0);
        assertEquals("db finished\n", db.text());
        assertTrue(Math.abs(db.timeNanos() - 30 * MS) < 20 * US, "at " + db.timeNanos());
        assertEquals("db finished\nremote-api cancelled: context deadline exceeded\nhandler: deadline exceeded\n",
                l.outcome().stdout());
    }

    @Test
    void theRuntimeDetectsTheDeadlockAndExitsWithStatus2() throws Exception {
        Lesson l = run("go-deadlock");
        assertEquals(2, l.outcome().exitStatus());
        assertEquals("deadlock", l.of(ProgramExited.class).get(0).reason());
        assertTrue(l.outcome().stderr().startsWith("fatal error: all goroutines are asleep - deadlock!\n\n"
                + "goroutine 1 [chan send]:\nmain.main()\n"), l.outcome().stderr());
        assertTrue(l.outcome().stderr().contains("[sync.WaitGroup.Wait]"), l.outcome().stderr());
        assertTrue(l.exitNanos() >= 10 * US && l.exitNanos() <= 11 * US, "at " + l.exitNanos());
        assertEquals("", l.outcome().stdout());
    }
}
