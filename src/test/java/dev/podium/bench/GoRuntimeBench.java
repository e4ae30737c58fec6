package dev.podium.bench;

import dev.podium.engine.Kernel;
import dev.podium.world.goruntime.rt.GoBody;
import dev.podium.world.goruntime.rt.GoParams;
import dev.podium.world.goruntime.rt.GoProgram;
import dev.podium.world.goruntime.rt.GoRunResult;
import dev.podium.world.goruntime.rt.GoRuntime;
import dev.podium.world.goruntime.rt.Hchan;
import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.Yield;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark main for the Go runtime world's runtime side: main starts N goroutines (default 1,000,000) that each
 * send one value on an unbuffered channel to main, the collector. With every sender parked in the channel's sendq
 * (main sleeping), it measures the heap retained per parked goroutine after full GCs, minus the 16-byte stand-in
 * body each goroutine has (the interpreter's frames are not the runtime's); then main receives all N and it
 * reports the wall time of the whole run, runtime operations and events per wall second.
 *
 * <p>{@code java -Xmx4g -cp target/classes:target/test-classes dev.podium.bench.GoRuntimeBench [N] [GOMAXPROCS]}
 */
public final class GoRuntimeBench {
    private static final long BODY_BYTES = 16;
    private static final Object VALUE = "v";

    private GoRuntimeBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int procs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long before = retained();
        long[] events = {0};
        Kernel kernel = new Kernel(42);
        Collector main = new Collector(n);
        GoRuntime rt = new GoRuntime(kernel, e -> events[0]++, GoParams.defaults(procs, 42), new GoProgram() {
            @Override
            public String fileName() {
                return "prog.go";
            }

            @Override
            public GoBody main() {
                return main;
            }

            @Override
            public String show(Object value, int maxChars) {
                return "v";
            }
        });
        long wall0 = System.nanoTime();
        rt.start();
        rt.runToEnd(main.sleepUntil() - 1);
        long wallParked = System.nanoTime() - wall0;
        int parked = rt.numGoroutine() - 1;
        long heap = retained();
        long perG = (heap - before - BODY_BYTES * n) / Math.max(1, parked);
        long wall1 = System.nanoTime();
        GoRunResult r = rt.runToEnd(Long.MAX_VALUE);
        long receiving = System.nanoTime() - wall1;
        long wall = wallParked + receiving;
        if (r.exitStatus() != 0 || main.received != n) {
            System.out.println("FAILED: status " + r.exitStatus() + ", received " + main.received + "\n" + r.stderr());
            System.exit(1);
        }
        long ops = 2L * n + n + 2;
        System.out.printf(Locale.ROOT, "goroutines: %,d, GOMAXPROCS %d%n", n, procs);
        System.out.printf(Locale.ROOT, "parked senders: %,d after %,d ms wall%n", parked, wallParked / 1_000_000);
        System.out.printf(Locale.ROOT, "retained per parked goroutine (runtime side): %,d bytes%n", perG);
        System.out.printf(Locale.ROOT, "whole run: %,d ms wall without the heap measurement (receiving: %,d ms), "
                + "%,d simulated ns%n", wall / 1_000_000, receiving / 1_000_000, r.endNanos());
        System.out.printf(Locale.ROOT, "runtime operations: %,d (%,.0f per wall second)%n", ops,
                ops / (wall / 1e9));
        System.out.printf(Locale.ROOT, "events: %,d (%,.0f per wall second); kernel events %,d%n", events[0],
                events[0] / (wall / 1e9), kernel.firedCount());
    }

    private static long retained() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** main: make the channel, start n senders, sleep, then receive n values. */
    private static final class Collector implements GoBody {
        private static final long SLEEP = 1_000_000_000_000L;
        private final int n;
        private int step;
        private int started;
        int received;
        private Hchan ch;

        Collector(int n) {
            this.n = n;
        }

        long sleepUntil() {
            return SLEEP;
        }

        @Override
        public Yield resume(Object result, long budgetNanos, Clock clock) {
            switch (step) {
                case 0:
                    step = 1;
                    return new Yield.Call(10, new Op.MakeChan(2, "string", 0));
                case 1:
                    if (ch == null) {
                        ch = (Hchan) result;
                    }
                    if (started < n) {
                        started++;
                        return new Yield.Call(10, new Op.Go(3, new Sender(ch), "main.main.func1"));
                    }
                    step = 2;
                    return new Yield.Call(10, new Op.Sleep(4, SLEEP - clock.nowNanos()));
                default:
                    if (result instanceof Op.Received) {
                        received++;
                    }
                    if (received < n) {
                        return new Yield.Call(10, new Op.Recv(6, ch, null));
                    }
                    return new Yield.Exited(10);
            }
        }

        @Override
        public int line() {
            return step + 2;
        }

        @Override
        public List<StackFrame> stack() {
            return List.of(new StackFrame("main.main", "prog.go", line()));
        }
    }

    /** One goroutine: {@code ch <- v}, then return (16 bytes: a header and the channel). */
    private static final class Sender implements GoBody {
        private Hchan ch;

        Sender(Hchan ch) {
            this.ch = ch;
        }

        @Override
        public Yield resume(Object result, long budgetNanos, Clock clock) {
            if (ch == null) {
                return new Yield.Exited(5);
            }
            Hchan c = ch;
            ch = null;
            return new Yield.Call(20, new Op.Send(8, c, VALUE));
        }

        @Override
        public int line() {
            return 8;
        }

        @Override
        public List<StackFrame> stack() {
            return List.of(new StackFrame("main.main.func1", "prog.go", 8));
        }
    }
}
