package dev.podium.bench;

import dev.podium.engine.Kernel;
import dev.podium.world.goruntime.event.ChanUnparked;
import dev.podium.world.goruntime.exec.GoInterpreter;
import dev.podium.world.goruntime.lang.GoSource;
import dev.podium.world.goruntime.rt.GoParams;
import dev.podium.world.goruntime.rt.GoRunResult;
import dev.podium.world.goruntime.rt.GoRuntime;

/**
 * Benchmark main for the whole Go runtime world, as issue 9 states it: a real Go program, compiled by Podium's
 * compiler and run by its interpreter on its simulated runtime, starts N goroutines (default 1,000,000) which each
 * send one value on a channel to a collector (main). It reports the wall time of the whole run (compile to exit);
 * the heap retained per parked goroutine at the moment main starts collecting (every sender parked in the
 * channel's sendq: the interpreter's frames and the runtime's G and sudog together; heap in use after full GCs,
 * minus the heap before the run, divided by N; Go itself needs at least 2 KB of stack each); and simulated
 * operations, kernel events and world events per wall second. The program's output is checked (the sum of 0..N-1).
 *
 * <p>{@code java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.podium.bench.GoProgramBench
 * [N] [GOMAXPROCS]}
 */
public final class GoProgramBench {
    private GoProgramBench() {
    }

    static String program(int n) {
        return """
                package main

                import "fmt"

                func main() {
                	ch := make(chan int)
                	n := %d
                	for i := 0; i < n; i++ {
                		go func(v int) { ch <- v }(i)
                	}
                	sum := 0
                	for i := 0; i < n; i++ {
                		sum += <-ch
                	}
                	fmt.Println(sum)
                }
                """.formatted(n);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int procs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long before = retained();
        long[] events = {0};
        long[] parkedBytes = {-1};
        long start = System.nanoTime();
        GoInterpreter program = GoInterpreter.compile(GoSource.check("bench.go", program(n)), 2);
        Kernel kernel = new Kernel(42);
        GoRuntime rt = new GoRuntime(kernel, e -> {
            events[0]++;
            if (parkedBytes[0] < 0 && e instanceof ChanUnparked u && u.send()) {
                long pause = System.nanoTime();
                parkedBytes[0] = retained() - before;
                // the measurement's own GCs are not the run's time
                startShift[0] += System.nanoTime() - pause;
            }
        }, GoParams.defaults(procs, 42), program);
        GoRunResult result = rt.runToEnd(Long.MAX_VALUE);
        long wall = System.nanoTime() - start - startShift[0];
        long expected = (long) n * (n - 1) / 2;
        if (result.exitStatus() != 0 || !result.stdout().equals(expected + "\n")) {
            throw new IllegalStateException("wrong result: status " + result.exitStatus() + ", output "
                    + result.stdout() + result.stderr());
        }
        double seconds = wall / 1e9;
        System.out.printf("goroutines:           %,d (GOMAXPROCS %d); output %s", n, procs, result.stdout());
        System.out.printf("wall time:            %.2f s (compile, run to exit; the memory measurement excluded)%n",
                seconds);
        System.out.printf("simulated time:       %.3f ms%n", result.endNanos() / 1e6);
        System.out.printf("retained per parked goroutine: %d bytes (all %,d senders parked; Go needs >= 2048)%n",
                parkedBytes[0] / n, n);
        System.out.printf("kernel events:        %,d (%,.0f per wall second)%n", kernel.firedCount(),
                kernel.firedCount() / seconds);
        System.out.printf("world events:         %,d (%,.0f per wall second)%n", events[0], events[0] / seconds);
    }

    private static final long[] startShift = {0};

    private static long retained() {
        Runtime r = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            best = Math.min(best, r.totalMemory() - r.freeMemory());
        }
        return best;
    }
}
