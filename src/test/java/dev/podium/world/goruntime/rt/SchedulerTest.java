package dev.podium.world.goruntime.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GlobalQueueTaken;
import dev.podium.world.goruntime.event.GoroutinePreempted;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.RunQueue;
import dev.podium.world.goruntime.event.RunQueueOverflowed;
import dev.podium.timeline.WorldEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static Script worker(long work) {
        return new Script("main.worker").work(20, work);
    }

    @Test
    void localRingHoldsAtMost256AndOverflowsItsOlderHalfToTheGlobalQueue() {
        Script main = new Script("main.main");
        for (int i = 0; i < 300; i++) {
            main.op(3, () -> new Op.Go(3, worker(1000), "main.worker"));
        }
        main.work(4, 1);
        Runs run = Runs.of(1, main);
        int[] maxRing = {0};
        List<Integer> snapshot = new ArrayList<>();
        List<Long> global = new ArrayList<>();
        run.listener = e -> {
            if (run.rt.sched().allp.isEmpty()) {
                return;
            }
            maxRing[0] = Math.max(maxRing[0], run.rt.localRunQueue(0).size());
            if (e instanceof GoroutineStateChanged s && s.g() == 1 && s.status() == GStatus.DEAD) {
                snapshot.add(run.rt.localRunQueue(0).size());
                snapshot.add(run.rt.globalRunQueue().size());
                global.addAll(run.rt.globalRunQueue());
            }
        };
        assertEquals(0, run.run().exitStatus());
        assertEquals(256, maxRing[0]);
        List<RunQueueOverflowed> overflows = run.all(RunQueueOverflowed.class);
        assertEquals(1, overflows.size());
        assertEquals(128, overflows.get(0).count());
        // 300 made: one in runnext; of the others, 128 oldest + the one kicked out of runnext went global
        assertEquals(List.of(300 - 1 - 129, 129), snapshot);
        // the overflow moved the oldest: goroutines 2..129, then 258 (kicked from runnext), in that order
        List<Long> expected = new ArrayList<>();
        for (long g = 2; g <= 129; g++) {
            expected.add(g);
        }
        expected.add(258L);
        assertEquals(expected, global);
    }

    @Test
    void anIdlePStealsHalfTheVictimsRingRoundedUp() {
        Script main = new Script("main.main");
        for (int i = 0; i < 8; i++) {
            main.op(3, () -> new Op.Go(3, worker(100_000), "main.worker"));
        }
        main.work(4, 2_000_000);
        Runs run = Runs.of(2, main);
        List<Integer> ringBefore = new ArrayList<>();
        List<Integer> ringAtSteal = new ArrayList<>();
        run.listener = e -> {
            if (e instanceof GoroutinesStolen) {
                ringAtSteal.add(run.rt.localRunQueue(0).size());
            }
        };
        run.run();
        GoroutinesStolen first = run.all(GoroutinesStolen.class).get(0);
        assertEquals(0, first.fromP());
        assertEquals(1, first.toP());
        assertFalse(first.runnext());
        // 8 made: 7 on P0's ring (the 8th in runnext) when the event is emitted; the thief takes 7 - 7/2 = 4
        assertEquals(7, ringAtSteal.get(0));
        assertEquals(4, first.count());
    }

    @Test
    void theGlobalQueueIsCheckedEvery61SchedulerTicks() {
        Script.Ref<Hchan> done = new Script.Ref<>();
        Script spawner = new Script("main.spawner");
        for (int i = 0; i < 200; i++) {
            spawner.op(11, () -> new Op.Go(11, worker(1000), "main.worker"));
        }
        spawner.op(12, () -> new Op.Gosched(12)).op(13, () -> new Op.Send(13, done.get(), 1));
        Script main = new Script("main.main");
        // main's Gosched takes schedtick off 0 (0 % 61 == 0 would take it straight back)
        main.op(2, () -> new Op.Gosched(2)).op(3, () -> new Op.MakeChan(3, "int", 0)).op(4, () -> {
            done.value = (Hchan) main.last();
            return new Op.Go(4, spawner, "main.spawner");
        }).op(5, () -> new Op.Recv(5, done.get(), 0)).op(6, () -> new Op.Write(6, 1, "main is back\n"));
        Runs run = Runs.of(1, main);
        List<long[]> takes = new ArrayList<>();
        run.listener = e -> {
            if (e instanceof GlobalQueueTaken t) {
                P p0 = run.rt.sched().allp.get(0);
                takes.add(new long[] {p0.schedtick, p0.runqsize(), t.count()});
            }
        };
        GoRunResult r = run.run();
        assertEquals("main is back\n", r.stdout());
        assertTrue(takes.size() >= 2);
        long[] first = takes.get(1);
        assertEquals(0, first[0] % 61, "taken at schedtick " + first[0]);
        assertTrue(first[1] > 0, "the local ring still had work");
        assertEquals(1, first[2]);
        assertEquals(61, first[0]);
    }

    @Test
    void aSyscallLongerThanASysmonTickLosesItsPToAnotherM() {
        Script other = new Script("main.other").work(20, 50_000)
                .op(21, () -> new Op.Write(21, 1, "other ran\n"));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.Go(2, other, "main.other")).op(3, () -> new Op.Syscall(3, 1_000_000))
                .op(4, () -> new Op.Write(4, 1, "main back\n"));
        Runs run = Runs.of(1, main);
        GoRunResult r = run.run();
        assertEquals("other ran\nmain back\n", r.stdout());
        List<PHandedOff> handoffs = run.all(PHandedOff.class);
        assertEquals(1, handoffs.size());
        PHandedOff h = handoffs.get(0);
        assertEquals(0, h.p());
        assertEquals(0, h.fromM());
        assertEquals(1, h.toM());
        long syscallStart = run.all(GoroutineStateChanged.class).stream()
                .filter(s -> s.g() == 1 && s.status() == GStatus.SYSCALL).findFirst().orElseThrow().timeNanos();
        assertTrue(h.timeNanos() - syscallStart <= 2 * Sysmon.MIN_DELAY,
                "retaken " + (h.timeNanos() - syscallStart) + " ns into the syscall");
    }

    @Test
    void returningFromASyscallWithoutAnyFreePGoesToTheGlobalQueue() {
        Script other = new Script("main.other").work(20, 5_000_000).op(21, () -> new Op.Write(21, 1, "other\n"));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.Go(2, other, "main.other")).op(3, () -> new Op.Syscall(3, 1_000_000))
                .op(4, () -> new Op.Write(4, 1, "main\n"));
        Runs run = Runs.of(1, main);
        GoRunResult r = run.run();
        assertEquals("other\nmain\n", r.stdout());
        GoroutineQueued back = run.all(GoroutineQueued.class).stream().filter(q -> q.g() == 1 && q.timeNanos() > 0)
                .findFirst().orElseThrow();
        assertEquals(RunQueue.GLOBAL, back.queue());
        assertTrue(back.timeNanos() >= 1_000_000 && back.timeNanos() < 1_100_000, "at " + back.timeNanos());
        assertEquals(2, run.rt.mcount());
    }

    @Test
    void aShortSyscallKeepsItsPWhenThereIsNothingElseToRun() {
        Script main = new Script("main.main").op(3, () -> new Op.Syscall(3, 5_000))
                .op(4, () -> new Op.Write(4, 1, "ok\n"));
        Runs run = Runs.of(2, main);
        assertEquals("ok\n", run.run().stdout());
        assertEquals(0, run.all(PHandedOff.class).size());
    }

    @Test
    void aGoroutineRunningFor10msIsPreemptedToTheGlobalQueue() {
        Script other = new Script("main.other").op(21, () -> new Op.Write(21, 1, "other\n"));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.Go(2, other, "main.other")).work(3, 50_000_000)
                .op(4, () -> new Op.Write(4, 1, "main\n"));
        Runs run = Runs.of(1, main);
        GoRunResult r = run.run();
        assertEquals("other\nmain\n", r.stdout());
        // with one P, G2 sits in runnext until main is preempted... runnext is taken first, so G2 runs as soon
        // as main gives up the P
        GoroutinePreempted p = run.all(GoroutinePreempted.class).get(0);
        assertEquals(1, p.g());
        assertFalse(p.gosched());
        long started = run.all(GoroutineStateChanged.class).stream()
                .filter(s -> s.g() == 1 && s.status() == GStatus.RUNNING).findFirst().orElseThrow().timeNanos();
        long ranFor = p.timeNanos() - started;
        assertTrue(ranFor >= Sysmon.FORCE_PREEMPT_NANOS && ranFor <= 2 * Sysmon.FORCE_PREEMPT_NANOS,
                "preempted after " + ranFor + " ns");
        GoroutineQueued q = run.all(GoroutineQueued.class).stream()
                .filter(e -> e.g() == 1 && e.timeNanos() == p.timeNanos()).findFirst().orElseThrow();
        assertEquals(RunQueue.GLOBAL, q.queue());
    }

    @Test
    void gomaxprocsGrowsAndShrinksWhileTheProgramRuns() {
        WaitGroup wg = new WaitGroup();
        Script main = new Script("main.main").op(2, () -> new Op.SetMaxProcs(2, 4))
                .op(3, () -> new Op.WaitGroupAdd(3, wg, 12));
        for (int i = 0; i < 12; i++) {
            Script w = new Script("main.w").work(10, 200_000).op(11, () -> new Op.WaitGroupAdd(11, wg, -1));
            main.op(4, () -> new Op.Go(4, w, "main.w"));
        }
        main.op(5, () -> new Op.SetMaxProcs(5, 0)).op(6, () -> new Op.WaitGroupWait(6, wg))
                .op(7, () -> new Op.SetMaxProcs(7, 1)).op(8, () -> new Op.SetMaxProcs(8, 0));
        Runs run = Runs.of(1, main);
        assertEquals(0, run.run().exitStatus());
        assertEquals(List.of(1, 4, 4, 1), List.of(main.results.get(0), main.results.get(14), main.results.get(16),
                main.results.get(17)));
        assertTrue(run.all(GoroutinesStolen.class).stream().anyMatch(st -> st.toP() >= 2), "other Ps took work");
    }

    @Test
    void goschedPutsTheGoroutineOnTheGlobalQueue() {
        Script main = new Script("main.main").op(2, () -> new Op.Gosched(2)).op(3, () -> new Op.Write(3, 1, "x"));
        Runs run = Runs.of(1, main);
        assertEquals("x", run.run().stdout());
        assertTrue(run.all(GoroutinePreempted.class).get(0).gosched());
    }

    @Test
    void sameSeedGivesTheSameEventsAndAnotherSeedOtherSteals() {
        List<WorldEvent> a = busyProgram(7).events;
        List<WorldEvent> b = busyProgram(7).events;
        assertEquals(a, b);
        assertTrue(a.size() > 100);
        List<WorldEvent> c = busyProgram(8).events;
        assertFalse(a.equals(c));
    }

    private static Runs busyProgram(long seed) {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 3)).op(2, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Sleep(2, 0);
        });
        for (int i = 0; i < 40; i++) {
            int v = i;
            Script s = new Script("main.w").work(10, 30_000 + 1000 * (i % 7))
                    .op(11, () -> new Op.Select(11, List.of(new Op.SelectCase(ch.get(), true, v, null),
                            new Op.SelectCase(ch.get(), true, -v, null)), false));
            main.op(3, () -> new Op.Go(3, s, "main.w"));
        }
        for (int i = 0; i < 40; i++) {
            main.op(5, () -> new Op.Recv(5, ch.get(), 0))
                    .op(6, () -> new Op.Write(6, 1, ((Op.Received) main.last()).value() + " "));
        }
        Runs run = new Runs(GoParams.defaults(4, seed), main);
        assertEquals(0, run.run().exitStatus());
        return run;
    }
}
