package dev.podium.world.goruntime.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.rt.GoParams;
import dev.podium.world.goruntime.rt.Hchan;
import dev.podium.world.goruntime.rt.Mutex;
import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.Runs;
import dev.podium.world.goruntime.rt.Script;
import dev.podium.world.goruntime.rt.WaitGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoProjectionTest {
    private final Script.Ref<Hchan> ch = new Script.Ref<>();
    private final Script.Ref<Hchan> unbuffered = new Script.Ref<>();

    /** A program with work, stealing, channels (buffered and not), a mutex, a WaitGroup, selects and sleeps. */
    private Runs program(long seed) {
        Mutex mu = new Mutex();
        WaitGroup wg = new WaitGroup();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 4)).op(3, () -> {
            ch.value = (Hchan) main.last();
            return new Op.MakeChan(3, "int", 0);
        }).op(4, () -> {
            unbuffered.value = (Hchan) main.last();
            return new Op.WaitGroupAdd(4, wg, 60);
        });
        for (int i = 0; i < 60; i++) {
            int v = i;
            Script w = new Script("main.worker").work(10, 2_000 + 700L * (i % 9));
            if (i % 5 == 0) {
                w.op(11, () -> new Op.Sleep(11, 30_000 + 1000L * v));
            }
            w.op(12, () -> new Op.Lock(12, mu)).work(13, 4_000).op(14, () -> new Op.Unlock(14, mu));
            if (i % 4 == 0) {
                w.op(15, () -> new Op.Select(15, List.of(new Op.SelectCase(unbuffered.get(), true, v, null),
                        new Op.SelectCase(ch.get(), true, v, null)), false));
            } else {
                w.op(16, () -> new Op.Send(16, ch.get(), v));
            }
            w.op(17, () -> new Op.WaitGroupAdd(17, wg, -1));
            main.op(5, () -> new Op.Go(5, w, "main.worker"));
        }
        for (int i = 0; i < 60; i++) {
            if (i % 7 == 0) {
                main.op(6, () -> new Op.Sleep(6, 20_000));
            }
            main.op(7, () -> new Op.Select(7, List.of(new Op.SelectCase(ch.get(), false, null, 0),
                    new Op.SelectCase(unbuffered.get(), false, null, 0)), false));
        }
        main.op(8, () -> new Op.WaitGroupWait(8, wg)).op(9, () -> new Op.Write(9, 1, "done\n"));
        return new Runs(GoParams.defaults(3, seed), main);
    }

    private String runtimeSnapshot(Runs run) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < run.rt.gomaxprocs(); p++) {
            b.append("P").append(p).append(" next=").append(run.rt.runnext(p)).append(" ring=")
                    .append(run.rt.localRunQueue(p)).append('\n');
        }
        b.append("global=").append(run.rt.globalRunQueue()).append('\n');
        for (long g = 1; g <= 61; g++) {
            GStatus s = run.rt.status(g);
            b.append(g).append(':').append(s).append(s == GStatus.WAITING ? "/" + run.rt.waitReason(g) : "")
                    .append(' ');
        }
        b.append("\nch len=").append(ch.get() == null ? -1 : ch.get().len());
        return b.toString();
    }

    private static String foldedSnapshot(GoState s) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < s.gomaxprocs(); p++) {
            List<Long> ring = new ArrayList<>();
            Arrays.stream(s.localRunQueue(p)).forEach(ring::add);
            b.append("P").append(p).append(" next=").append(s.runnext(p)).append(" ring=").append(ring).append('\n');
        }
        List<Long> global = new ArrayList<>();
        Arrays.stream(s.globalRunQueue()).forEach(global::add);
        b.append("global=").append(global).append('\n');
        for (long g = 1; g <= 61; g++) {
            GStatus st = s.status(g);
            b.append(g).append(':').append(st).append(st == GStatus.WAITING ? "/" + s.waitReason(g) : "")
                    .append(' ');
        }
        b.append("\nch len=").append(s.chanCount() == 0 ? -1 : s.chan(1).qcount());
        return b.toString();
    }

    @Test
    void foldingTheEventsReproducesTheRuntimesStateThroughoutARun() {
        Runs run = program(11);
        run.rt.start();
        GoProjection projection = new GoProjection();
        GoState state = projection.initial();
        int applied = 0;
        List<Integer> counts = new ArrayList<>();
        List<String> snapshots = new ArrayList<>();
        long steps = 0;
        while (!run.rt.ended() && run.kernel.step()) {
            if (++steps % 7 != 0) {
                continue;
            }
            while (applied < run.events.size()) {
                projection.apply(state, run.events.get(applied++));
            }
            String expected = runtimeSnapshot(run);
            assertEquals(expected, foldedSnapshot(state), "after " + applied + " events");
            counts.add(applied);
            snapshots.add(expected);
        }
        assertEquals(0, run.rt.result().exitStatus());
        assertTrue(counts.size() > 50, "compared at " + counts.size() + " points");
        while (applied < run.events.size()) {
            projection.apply(state, run.events.get(applied++));
        }
        assertEquals("done\n", state.output(1));
        assertEquals(0, state.exitStatus());
        assertTrue(state.steals() > 0, "the run stole work");
        assertEquals(0, state.liveGoroutines());
        assertEquals(61, state.maxGoid());

        // the same states through checkpoints, seeking backwards (copies must be independent)
        Timeline timeline = new Timeline();
        for (WorldEvent e : run.events) {
            timeline.append(e);
        }
        ProjectedState<GoState> projected = new ProjectedState<>(timeline, new GoProjection(), 64);
        projected.afterEvents(run.events.size());
        for (int i = counts.size() - 1; i >= 0; i -= 3) {
            assertEquals(snapshots.get(i), foldedSnapshot(projected.afterEvents(counts.get(i))),
                    "seeking back to " + counts.get(i));
        }
        for (int i = 0; i < counts.size(); i += 5) {
            assertEquals(snapshots.get(i), foldedSnapshot(projected.afterEvents(counts.get(i))),
                    "seeking forward to " + counts.get(i));
        }
    }

    @Test
    void channelViewFollowsTheRingAndTheWaitQueues() {
        Script.Ref<Hchan> c = new Script.Ref<>();
        Script main = new Script("main.main");
        main.op(2, () -> new Op.MakeChan(2, "int", 2)).op(3, () -> {
            c.value = (Hchan) main.last();
            return new Op.Send(3, c.get(), 10);
        }).op(4, () -> new Op.Send(4, c.get(), 20));
        for (int i = 0; i < 3; i++) {
            int v = 30 + i;
            Script s = new Script("main.s").op(10, () -> new Op.Send(10, c.get(), v));
            main.op(5, () -> new Op.Go(5, s, "main.s"));
        }
        main.op(6, () -> new Op.Sleep(6, 1000)).op(7, () -> new Op.Recv(7, c.get(), 0))
                .op(8, () -> new Op.Sleep(8, 1000));
        Runs run = Runs.of(1, main);
        run.run();
        GoProjection projection = new GoProjection();
        GoState s = projection.initial();
        run.events.forEach(e -> projection.apply(s, e));
        ChanView v = s.chan(1);
        // 10 was received; the first parked sender's 32 (the last made runs first) refilled slot 0
        assertEquals("32", v.slot(0));
        assertEquals("20", v.slot(1));
        assertEquals(2, v.qcount());
        assertEquals(1, v.recvx());
        assertEquals(1, v.sendx());
        assertEquals(List.of(2L, 3L), Arrays.stream(v.sendq()).boxed().toList());
        assertEquals("30", s.carried(2));
        assertEquals("chan send", s.waitReason(2));
    }
}
