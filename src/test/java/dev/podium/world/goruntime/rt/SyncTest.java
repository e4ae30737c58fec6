package dev.podium.world.goruntime.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.MutexAcquired;
import dev.podium.world.goruntime.event.MutexModeChanged;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncTest {

    @Test
    void aWaiterStarvedForOverOneMillisecondSwitchesTheMutexToStarvationMode() {
        Mutex mu = new Mutex();
        Script hog = new Script("main.hog");
        for (int i = 0; i < 200; i++) {
            hog.op(10, () -> new Op.Lock(10, mu)).work(11, 20_000).op(12, () -> new Op.Unlock(12, mu));
        }
        Script victim = new Script("main.victim").work(20, 5_000).op(21, () -> new Op.Lock(21, mu))
                .op(22, () -> new Op.Write(22, 1, "victim got it\n")).op(23, () -> new Op.Unlock(23, mu));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.Go(2, hog, "main.hog")).op(3, () -> new Op.Go(3, victim, "main.victim"))
                .op(4, () -> new Op.Sleep(4, 50_000_000));
        Runs run = Runs.of(2, main);
        GoRunResult r = run.run();
        assertEquals("victim got it\n", r.stdout());
        List<MutexModeChanged> modes = run.all(MutexModeChanged.class);
        assertTrue(modes.size() >= 2, "entered and left starvation mode: " + modes);
        assertTrue(modes.get(0).starving());
        long victimParked = run.all(GoroutineStateChanged.class).stream()
                .filter(s -> s.g() == 3 && s.status() == GStatus.WAITING).findFirst().orElseThrow().timeNanos();
        long starved = modes.get(0).timeNanos() - victimParked;
        assertTrue(starved > Syncs.STARVATION_THRESHOLD_NANOS && starved < 2 * Syncs.STARVATION_THRESHOLD_NANOS,
                "starvation mode after " + starved + " ns");
        // in starvation mode the unlocking hog hands the lock straight to the victim
        MutexAcquired handed = run.all(MutexAcquired.class).stream().filter(a -> a.g() == 3).findFirst()
                .orElseThrow();
        assertTrue(handed.timeNanos() >= modes.get(0).timeNanos());
        assertTrue(handed.timeNanos() - modes.get(0).timeNanos() <= 30_000, "handed off within one hold");
    }

    @Test
    void unlockOfAnUnlockedMutexIsAFatalError() {
        Mutex mu = new Mutex();
        Script main = new Script("main.main").op(5, () -> new Op.Unlock(5, mu));
        GoRunResult r = Runs.of(1, main).run();
        assertEquals(2, r.exitStatus());
        assertEquals("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\nmain.main()\n"
                + "\tprog.go:5\n", r.stderr());
    }

    @Test
    void tryLockFailsWhileHeld() {
        Mutex mu = new Mutex();
        Script main = new Script("main.main").op(2, () -> new Op.TryLock(2, mu)).op(3, () -> new Op.TryLock(3, mu))
                .op(4, () -> new Op.Unlock(4, mu)).op(5, () -> new Op.TryLock(5, mu));
        Runs.of(1, main).run();
        assertEquals(java.util.Arrays.asList(true, false, null, true), main.results);
    }

    @Test
    void waitGroupWakesItsWaiterAtZeroAndANegativeCounterPanics() {
        WaitGroup wg = new WaitGroup();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.WaitGroupAdd(2, wg, 3));
        for (int i = 0; i < 3; i++) {
            Script w = new Script("main.w").work(10, 1000 * (i + 1)).op(11, () -> new Op.WaitGroupAdd(11, wg, -1));
            main.op(3, () -> new Op.Go(3, w, "main.w"));
        }
        main.op(4, () -> new Op.WaitGroupWait(4, wg)).op(5, () -> new Op.Write(5, 1, "all done\n"))
                .op(6, () -> new Op.WaitGroupAdd(6, wg, -1));
        Runs run = Runs.of(2, main);
        GoRunResult r = run.run();
        assertEquals("all done\n", r.stdout());
        assertEquals(new Op.Fault("sync: negative WaitGroup counter"), main.last());
        assertTrue(run.all(GoroutineStateChanged.class).stream()
                .anyMatch(s -> s.g() == 1 && "sync.WaitGroup.Wait".equals(s.waitReason())));
    }

    @Test
    void rwMutexPrefersAWaitingWriterOverNewReaders() {
        RWMutex rw = new RWMutex();
        Script reader1 = new Script("main.r1").op(10, () -> new Op.RLock(10, rw)).work(11, 100_000)
                .op(12, () -> new Op.Write(12, 1, "r1 out\n")).op(13, () -> new Op.RUnlock(13, rw));
        Script writer = new Script("main.w").work(20, 10_000).op(21, () -> new Op.WLock(21, rw))
                .op(22, () -> new Op.Write(22, 1, "writer in\n")).work(23, 50_000)
                .op(24, () -> new Op.WUnlock(24, rw));
        Script reader2 = new Script("main.r2").work(30, 30_000).op(31, () -> new Op.RLock(31, rw))
                .op(32, () -> new Op.Write(32, 1, "r2 in\n")).op(33, () -> new Op.RUnlock(33, rw));
        Script main = new Script("main.main").op(2, () -> new Op.Go(2, reader1, "main.r1"))
                .op(3, () -> new Op.Go(3, writer, "main.w")).op(4, () -> new Op.Go(4, reader2, "main.r2"))
                .op(5, () -> new Op.Sleep(5, 10_000_000));
        Runs run = Runs.of(4, main);
        GoRunResult r = run.run();
        assertEquals("r1 out\nwriter in\nr2 in\n", r.stdout());
        assertTrue(run.all(GoroutineStateChanged.class).stream()
                .anyMatch(s -> s.g() == 4 && "sync.RWMutex.RLock".equals(s.waitReason())));
        assertTrue(run.all(GoroutineStateChanged.class).stream()
                .anyMatch(s -> s.g() == 3 && "sync.RWMutex.Lock".equals(s.waitReason())));
    }

    @Test
    void rUnlockOfAnUnlockedRWMutexIsFatal() {
        RWMutex rw = new RWMutex();
        Script main = new Script("main.main").op(7, () -> new Op.RUnlock(7, rw));
        GoRunResult r = Runs.of(1, main).run();
        assertEquals(2, r.exitStatus());
        assertTrue(r.stderr().startsWith("fatal error: sync: RUnlock of unlocked RWMutex\n\ngoroutine 1 [running]:"));
    }

    @Test
    void condSignalWakesOneWaiterWhichRelocks() {
        Mutex mu = new Mutex();
        Cond c = new Cond(mu);
        Script waiter = new Script("main.waiter").op(10, () -> new Op.Lock(10, mu))
                .op(11, () -> new Op.CondWait(11, c)).op(12, () -> new Op.Write(12, 1, "woke\n"))
                .op(13, () -> new Op.Unlock(13, mu));
        Script main = new Script("main.main").op(2, () -> new Op.Go(2, waiter, "main.waiter"))
                .op(3, () -> new Op.Sleep(3, 10_000)).op(4, () -> new Op.Lock(4, mu))
                .op(5, () -> new Op.CondSignal(5, c, false)).op(6, () -> new Op.Write(6, 1, "signalled\n"))
                .op(7, () -> new Op.Unlock(7, mu)).op(8, () -> new Op.Sleep(8, 10_000));
        Runs run = Runs.of(1, main);
        GoRunResult r = run.run();
        assertEquals("signalled\nwoke\n", r.stdout());
        assertEquals(0, r.exitStatus());
        assertTrue(run.all(GoroutineStateChanged.class).stream()
                .anyMatch(s -> s.g() == 2 && "sync.Cond.Wait".equals(s.waitReason())));
    }

    @Test
    void anUnrecoveredPanicPrintsTheGoroutineAndExitsWith2() {
        Script worker = new Script("main.worker").work(10, 100).panic(12, "boom");
        Script main = new Script("main.main").op(2, () -> new Op.Go(2, worker, "main.worker"))
                .op(3, () -> new Op.Sleep(3, 1_000_000));
        GoRunResult r = Runs.of(1, main).run();
        assertEquals(2, r.exitStatus());
        assertEquals("panic: boom\n\ngoroutine 2 [running]:\nmain.worker(...)\n\tprog.go:12\n"
                + "created by main.main in goroutine 1\n\tprog.go:2\n", r.stderr());
    }

    @Test
    void osExitEndsAtOnceWithItsCode() {
        Script main = new Script("main.main").op(2, () -> new Op.Write(2, 1, "bye\n")).exit(3, 3)
                .op(4, () -> new Op.Write(4, 1, "never\n"));
        GoRunResult r = Runs.of(1, main).run();
        assertEquals("bye\n", r.stdout());
        assertEquals(3, r.exitStatus());
    }

    @Test
    void mainReturningEndsTheProgramWhileOthersStillRun() {
        Script forever = new Script("main.spin").work(10, 1_000_000_000_000L);
        Script main = new Script("main.main").op(2, () -> new Op.Go(2, forever, "main.spin")).work(3, 1000)
                .op(4, () -> new Op.Write(4, 2, "to stderr\n"));
        GoRunResult r = Runs.of(2, main).run();
        assertEquals(0, r.exitStatus());
        assertEquals("to stderr\n", r.stderr());
        assertTrue(r.endNanos() < 1_000_000);
    }
}
