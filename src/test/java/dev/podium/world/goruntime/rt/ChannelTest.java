package dev.podium.world.goruntime.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.world.goruntime.event.ChanBufferChanged;
import dev.podium.world.goruntime.event.ChanHandedOff;
import dev.podium.world.goruntime.event.ChanParked;
import dev.podium.world.goruntime.event.GStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelTest {

    private static Op.Received received(Object result) {
        return (Op.Received) result;
    }

    @Test
    void unbufferedRendezvousHandsEachValueStraightToTheReceiver() {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script sender = new Script("main.main.func1")
                .op(4, () -> new Op.Send(4, ch.get(), 1))
                .op(5, () -> new Op.Send(5, ch.get(), 2))
                .op(6, () -> new Op.Send(6, ch.get(), 3));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 0))
                .op(3, () -> {
                    ch.value = (Hchan) main.last();
                    return new Op.Go(3, sender, "main.main.func1");
                });
        for (int i = 0; i < 3; i++) {
            main.op(8, () -> new Op.Recv(8, ch.get(), 0))
                    .op(9, () -> new Op.Write(9, 1, received(main.last()).value() + "\n"));
        }
        Runs run = Runs.of(1, main);
        GoRunResult r = run.run();
        if (System.getProperty("dbg") != null) {
            run.events.forEach(System.out::println);
            System.out.println(r);
        }
        assertEquals("1\n2\n3\n", r.stdout());
        assertEquals(0, r.exitStatus());
        assertEquals("", r.stderr());
        // no buffer on an unbuffered channel: every value went sender -> receiver directly
        assertEquals(0, run.all(ChanBufferChanged.class).size());
        assertEquals(3, run.all(ChanHandedOff.class).size());
    }

    @Test
    void blockedSendersAreWokenInFifoOrder() {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 0)).op(2, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Sleep(2, 0);
        });
        for (int i = 1; i <= 4; i++) {
            int v = i;
            Script s = new Script("main.sender").op(10, () -> new Op.Send(10, ch.get(), v));
            main.op(3, () -> new Op.Go(3, s, "main.sender"));
        }
        main.op(4, () -> new Op.Sleep(4, 1_000_000));
        for (int i = 0; i < 4; i++) {
            main.op(5, () -> new Op.Recv(5, ch.get(), 0))
                    .op(6, () -> new Op.Write(6, 1, received(main.last()).value() + " "));
        }
        Runs run = Runs.of(1, main);
        GoRunResult r = run.run();
        // runnext: the last goroutine made runs first, the others in ring order; they park in that order (sendq)
        List<Long> parked = new ArrayList<>();
        run.all(ChanParked.class).forEach(p -> parked.add(p.g()));
        assertEquals(List.of(5L, 2L, 3L, 4L), parked);
        assertEquals("4 1 2 3 ", r.stdout());
    }

    @Test
    void bufferedChannelFillsItsRingAndTheThirdSendBlocks() {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 2)).op(3, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Send(3, ch.get(), 10);
        }).op(4, () -> new Op.Send(4, ch.get(), 20)).op(5, () -> new Op.Send(5, ch.get(), 30));
        Runs run = Runs.of(1, main);
        GoRunResult r = run.run();
        assertEquals(2, r.exitStatus());
        assertEquals(2, ch.get().len());
        assertEquals(2, ch.get().cap());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan send]:\nmain.main()\n"
                + "\tprog.go:5\n", r.stderr());
        List<ChanBufferChanged> changes = run.all(ChanBufferChanged.class);
        assertEquals(2, changes.size());
        assertEquals(new ChanBufferChanged(changes.get(1).timeNanos(), 1, 1, "20", 2, 0, 0), changes.get(1));
    }

    @Test
    void receiveFromFullBufferRefillsTheSlotFromTheParkedSender() {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script main = new Script("main.main");
        Script sender = new Script("main.s").op(10, () -> new Op.Send(10, ch.get(), 1))
                .op(11, () -> new Op.Send(11, ch.get(), 2)).op(12, () -> new Op.Send(12, ch.get(), 3));
        main.op(2, () -> new Op.MakeChan(2, "int", 2)).op(3, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Go(3, sender, "main.s");
        }).op(4, () -> new Op.Sleep(4, 1000));
        for (int i = 0; i < 3; i++) {
            main.op(5, () -> new Op.Recv(5, ch.get(), 0))
                    .op(6, () -> new Op.Write(6, 1, received(main.last()).value() + ","));
        }
        Runs run = Runs.of(1, main);
        assertEquals("1,2,3,", run.run().stdout());
        ChanBufferChanged refill = run.all(ChanBufferChanged.class).get(2);
        // recv took slot 0 (value 1) and put the parked sender's 3 there: recvx 1, sendx = recvx
        assertEquals(new ChanBufferChanged(refill.timeNanos(), 1, 0, "3", 2, 1, 1), refill);
    }

    @Test
    void closeDeliversBufferedValuesThenZeroAndPanicsAsGoDoes() {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 2)).op(3, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Send(3, ch.get(), 7);
        }).op(4, () -> new Op.Close(4, ch.get()))
                .op(5, () -> new Op.Recv(5, ch.get(), 0))
                .op(6, () -> new Op.Recv(6, ch.get(), 0))
                .op(7, () -> new Op.Send(7, ch.get(), 1))
                .op(8, () -> new Op.Close(8, ch.get()))
                .op(9, () -> new Op.Close(9, null));
        Runs run = Runs.of(1, main);
        assertEquals(0, run.run().exitStatus());
        List<Object> res = main.results;
        assertEquals(new Op.Received(7, true), res.get(3));
        assertEquals(new Op.Received(0, false), res.get(4));
        assertEquals(new Op.Fault("send on closed channel"), res.get(5));
        assertEquals(new Op.Fault("close of closed channel"), res.get(6));
        assertEquals(new Op.Fault("close of nil channel"), res.get(7));
    }

    @Test
    void closeWakesEveryParkedReceiverWithZeroAndEverySenderWithAPanic() {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script r1 = new Script("main.r").op(10, () -> new Op.Recv(10, ch.get(), -1));
        Script r2 = new Script("main.r").op(10, () -> new Op.Recv(10, ch.get(), -1));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 0)).op(3, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Go(3, r1, "main.r");
        }).op(3, () -> new Op.Go(3, r2, "main.r")).op(4, () -> new Op.Sleep(4, 1000))
                .op(5, () -> new Op.Close(5, ch.get())).op(6, () -> new Op.Sleep(6, 1000));
        Runs run = Runs.of(1, main);
        assertEquals(0, run.run().exitStatus());
        assertEquals(List.of(new Op.Received(-1, false)), r1.results);
        assertEquals(List.of(new Op.Received(-1, false)), r2.results);
    }

    @Test
    void parkedSenderPanicsWhenTheChannelIsClosed() {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script s = new Script("main.s").op(10, () -> new Op.Send(10, ch.get(), 1));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 0)).op(3, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Go(3, s, "main.s");
        }).op(4, () -> new Op.Sleep(4, 1000)).op(5, () -> new Op.Close(5, ch.get()))
                .op(6, () -> new Op.Sleep(6, 1000));
        Runs.of(1, main).run();
        assertEquals(List.of(new Op.Fault("send on closed channel")), s.results);
    }

    @Test
    void nilChannelsBlockForeverWithTheirOwnWaitReasons() {
        Script g2 = new Script("main.f").op(20, () -> new Op.Send(20, null, 1));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.Go(2, g2, "main.f")).op(3, () -> new Op.Recv(3, null, 0));
        Runs run = Runs.of(2, main);
        GoRunResult r = run.run();
        assertEquals(2, r.exitStatus());
        assertEquals("fatal error: all goroutines are asleep - deadlock!\n\n"
                + "goroutine 1 [chan receive (nil chan)]:\nmain.main()\n\tprog.go:3\n\n"
                + "goroutine 2 [chan send (nil chan)]:\nmain.f(...)\n\tprog.go:20\n"
                + "created by main.main in goroutine 1\n\tprog.go:2\n", r.stderr());
    }

    @Test
    void selectWithDefaultTakesDefaultWhenNothingIsReadyAndNeverChoosesNil() {
        Script.Ref<Hchan> ch = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 1)).op(3, () -> {
            ch.value = (Hchan) main.last();
            return new Op.Select(3, List.of(new Op.SelectCase(ch.get(), false, null, 0),
                    new Op.SelectCase(null, false, null, 0)), true);
        }).op(4, () -> new Op.Send(4, ch.get(), 5))
                .op(5, () -> new Op.Select(5, List.of(new Op.SelectCase(null, true, 1, null),
                        new Op.SelectCase(ch.get(), false, null, 0)), true))
                .op(6, () -> new Op.Select(6, List.of(new Op.SelectCase(null, false, null, 0)), true));
        Runs.of(1, main).run();
        assertEquals(new Op.Selected(-1, null, false), main.results.get(1));
        assertEquals(new Op.Selected(1, 5, true), main.results.get(3));
        assertEquals(new Op.Selected(-1, null, false), main.results.get(4));
    }

    @Test
    void selectWithNoCasesBlocksForever() {
        Script main = new Script("main.main").op(2, () -> new Op.Select(2, List.of(), false));
        GoRunResult r = Runs.of(1, main).run();
        assertTrue(r.stderr().contains("goroutine 1 [select (no cases)]:"), r.stderr());
        assertEquals(2, r.exitStatus());
    }

    @Test
    void parkedSelectIsWokenByOneCaseAndLeavesTheOtherQueue() {
        Script.Ref<Hchan> a = new Script.Ref<>();
        Script.Ref<Hchan> b = new Script.Ref<>();
        Script selector = new Script("main.sel").op(10, () -> new Op.Select(10,
                List.of(new Op.SelectCase(a.get(), false, null, 0), new Op.SelectCase(b.get(), false, null, 0)),
                false));
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 0)).op(2, () -> {
            a.value = (Hchan) main.last();
            return new Op.MakeChan(2, "int", 0);
        }).op(3, () -> {
            b.value = (Hchan) main.last();
            return new Op.Go(3, selector, "main.sel");
        }).op(4, () -> new Op.Sleep(4, 1000)).op(5, () -> new Op.Send(5, b.get(), 9))
                .op(6, () -> new Op.Sleep(6, 1000));
        Runs run = Runs.of(1, main);
        run.run();
        assertEquals(List.of(new Op.Selected(1, 9, true)), selector.results);
        assertEquals(null, a.get().recvqFirst);
        assertEquals(GStatus.DEAD, run.rt.status(2));
    }

    @Test
    void selectChoosesUniformlyAmongReadyCases() {
        Script.Ref<Hchan> a = new Script.Ref<>();
        Script.Ref<Hchan> b = new Script.Ref<>();
        int n = 100_000;
        int[] counts = new int[2];
        GoBody loop = new GoBody() {
            int i = -2;

            @Override
            public Yield resume(Object result, long budget, Clock clock) {
                if (i >= 0 && result instanceof Op.Selected s) {
                    counts[s.index()]++;
                }
                i++;
                if (i == -1) {
                    return new Yield.Call(5, new Op.Close(1, a.get()));
                }
                if (i == 0) {
                    return new Yield.Call(5, new Op.Close(1, b.get()));
                }
                if (i > n) {
                    return new Yield.Exited(0);
                }
                return new Yield.Call(5, new Op.Select(2, List.of(new Op.SelectCase(a.get(), false, null, 0),
                        new Op.SelectCase(b.get(), false, null, 0)), false));
            }

            @Override
            public int line() {
                return 2;
            }

            @Override
            public List<StackFrame> stack() {
                return List.of(new StackFrame("main.loop", "prog.go", 2));
            }
        };
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 0)).op(2, () -> {
            a.value = (Hchan) main.last();
            return new Op.MakeChan(2, "int", 0);
        }).op(3, () -> {
            b.value = (Hchan) main.last();
            return new Op.Go(3, loop, "main.loop");
        }).op(4, () -> new Op.Sleep(4, 1_000_000_000_000L));
        Runs.of(1, main).run();
        assertEquals(n, counts[0] + counts[1]);
        double expected = n / 2.0;
        double chi2 = Math.pow(counts[0] - expected, 2) / expected + Math.pow(counts[1] - expected, 2) / expected;
        assertTrue(chi2 < 10.83, "chi-square " + chi2 + " for " + counts[0] + "/" + counts[1]);
    }
}
