package dev.podium.world.goruntime.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.goruntime.event.ContextCanceled;
import dev.podium.world.goruntime.event.ContextErr;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimerContextTest {

    @Test
    void sleepersWakeInTheOrderOfTheirDeadlines() {
        Script main = new Script("main.main");
        for (int i = 3; i >= 1; i--) {
            int v = i;
            Script s = new Script("main.s").op(10, () -> new Op.Sleep(10, v * 1_000_000L))
                    .op(11, () -> new Op.Write(11, 1, v + "\n"));
            main.op(2, () -> new Op.Go(2, s, "main.s"));
        }
        main.op(3, () -> new Op.Sleep(3, 10_000_000));
        GoRunResult r = Runs.of(2, main).run();
        assertEquals("1\n2\n3\n", r.stdout());
        assertTrue(r.endNanos() >= 10_000_000);
    }

    @Test
    void aTimerSendsItsFiringTimeAndStopReportsWhetherItStoppedIt() {
        Script.Ref<Timer> t = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.NewTimer(2, 1_000_000, 0)).op(3, () -> {
            t.value = (Timer) main.last();
            return new Op.Recv(3, t.get().channel(), null);
        }).op(4, () -> new Op.StopTimer(4, t.get()))
                .op(5, () -> new Op.ResetTimer(5, t.get(), 1_000_000))
                .op(6, () -> new Op.StopTimer(6, t.get()))
                .op(7, () -> new Op.ResetTimer(7, t.get(), 1_000))
                .op(8, () -> new Op.Sleep(8, 10_000))
                // fired, value not received: Go 1.23's Stop discards it and reports true
                .op(9, () -> new Op.StopTimer(9, t.get()))
                .op(10, () -> new Op.Select(10, List.of(new Op.SelectCase(t.get().channel(), false, null, null)),
                        true));
        Runs run = Runs.of(1, main);
        assertEquals(0, run.run().exitStatus());
        Op.Received got = (Op.Received) main.results.get(1);
        assertTrue(got.ok());
        assertTrue((Long) got.value() >= 1_000_000);
        assertEquals(false, main.results.get(2));
        assertEquals(false, main.results.get(3));
        assertEquals(true, main.results.get(4));
        assertEquals(true, main.results.get(7));
        assertEquals(new Op.Selected(-1, null, false), main.results.get(8));
        assertEquals(0, t.get().channel().cap());
    }

    @Test
    void aTickerTicksEveryPeriodAndDropsTicksNobodyReads() {
        Script.Ref<Timer> t = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.NewTimer(2, 1_000_000, 1_000_000)).op(3, () -> {
            t.value = (Timer) main.last();
            return new Op.Recv(3, t.get().channel(), null);
        }).op(4, () -> new Op.Sleep(4, 3_500_000)).op(5, () -> new Op.Recv(5, t.get().channel(), null))
                .op(6, () -> new Op.Recv(6, t.get().channel(), null)).op(7, () -> new Op.StopTimer(7, t.get()));
        Runs.of(1, main).run();
        assertTrue((Long) ((Op.Received) main.results.get(1)).value() >= 1_000_000);
        // ticks at 2, 3, 4 ms: only the one at 2 ms was kept (one slot); the next receive gets 5 ms
        long kept = (Long) ((Op.Received) main.results.get(3)).value();
        long next = (Long) ((Op.Received) main.results.get(4)).value();
        assertTrue(kept >= 2_000_000 && kept < 3_000_000, "kept " + kept);
        assertTrue(next >= 5_000_000 && next < 6_000_000, "next " + next);
    }

    @Test
    void afterFuncRunsItsBodyInANewGoroutine() {
        Script f = new Script("main.main.func1").op(20, () -> new Op.Write(20, 1, "fired\n"));
        Script main = new Script("main.main").op(2, () -> new Op.AfterFunc(2, 1_000_000, f, "main.main.func1"))
                .op(3, () -> new Op.Sleep(3, 2_000_000));
        Runs run = Runs.of(1, main);
        assertEquals("fired\n", run.run().stdout());
        dev.podium.world.goruntime.event.GoroutineCreated made =
                run.all(dev.podium.world.goruntime.event.GoroutineCreated.class).get(1);
        assertEquals(new dev.podium.world.goruntime.event.GoroutineCreated(made.timeNanos(), 2, 0,
                "main.main.func1", 2), made);
        assertTrue(made.timeNanos() >= 1_000_000);
    }

    @Test
    void withTimeoutCancelsWithDeadlineExceededAndWakesDoneReceivers() {
        Script.Ref<Context> ctx = new Script.Ref<>();
        Script.Ref<Context> child = new Script.Ref<>();
        Script waiter = new Script("main.waiter").op(10, () -> new Op.Recv(10, child.get().done(), null))
                .op(11, () -> new Op.Write(11, 1, "waiter: " + child.get().err() + "\n"));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.NewContext(2, null, 5_000_000, null, null)).op(3, () -> {
            ctx.value = (Context) main.last();
            return new Op.NewContext(3, ctx.get(), -1, null, null);
        }).op(4, () -> {
            child.value = (Context) main.last();
            return new Op.Go(4, waiter, "main.waiter");
        }).op(5, () -> new Op.Recv(5, ctx.get().done(), null))
                .op(6, () -> new Op.Sleep(6, 1000));
        Runs run = Runs.of(2, main);
        GoRunResult r = run.run();
        assertEquals("waiter: DEADLINE_EXCEEDED\n", r.stdout());
        assertEquals(Context.Err.DEADLINE_EXCEEDED, ctx.get().err());
        assertEquals(5_000_000, child.get().deadlineNanos());
        List<ContextCanceled> cancels = run.all(ContextCanceled.class);
        assertEquals(2, cancels.size());
        assertEquals(5_000_000, cancels.get(0).timeNanos());
        assertEquals(ContextErr.DEADLINE_EXCEEDED, cancels.get(1).err());
        assertEquals(new Op.Received(null, false), main.results.get(3));
    }

    @Test
    void cancelPropagatesToDescendantsWithItsCauseAndANewChildOfADoneParentIsDoneAtOnce() {
        Script.Ref<Context> root = new Script.Ref<>();
        Script.Ref<Context> mid = new Script.Ref<>();
        Script.Ref<Context> leaf = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.NewContext(2, null, -1, null, null)).op(3, () -> {
            root.value = (Context) main.last();
            return new Op.NewContext(3, root.get(), -1, "k", "v");
        }).op(4, () -> {
            mid.value = (Context) main.last();
            return new Op.NewContext(4, mid.get(), 1_000_000_000, null, null);
        }).op(5, () -> {
            leaf.value = (Context) main.last();
            return new Op.CancelContext(5, root.get(), "shutdown");
        }).op(6, () -> new Op.NewContext(6, leaf.get(), -1, null, null))
                .op(7, () -> new Op.CancelContext(7, root.get(), null));
        Runs run = Runs.of(1, main);
        GoRunResult r = run.run();
        assertEquals(0, r.exitStatus());
        assertEquals(Context.Err.CANCELED, leaf.get().err());
        assertEquals("shutdown", leaf.get().cause());
        assertEquals(Context.Err.CANCELED, mid.get().err());
        assertEquals(root.get().done(), mid.get().done());
        Context late = (Context) main.results.get(4);
        assertEquals(Context.Err.CANCELED, late.err());
        assertEquals(4, run.all(ContextCanceled.class).size());
        // the leaf's deadline timer was stopped: the program ends without waiting a second
        assertTrue(r.endNanos() < 1_000_000);
        assertNull(root.get().parent());
    }
}
