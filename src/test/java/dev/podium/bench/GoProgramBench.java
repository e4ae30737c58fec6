package dev.podium.bench;

import dev.podium.engine.Kernel;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.ChanUnparked;
import dev.podium.world.goruntime.event.GlobalQueueTaken;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.GoroutinePreempted;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.MStateChanged;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.PStateChanged;
import dev.podium.world.goruntime.event.RunQueueOverflowed;
import dev.podium.world.goruntime.exec.GoInterpreter;
import dev.podium.world.goruntime.lang.GoSource;
import dev.podium.world.goruntime.rt.GoParams;
import dev.podium.world.goruntime.rt.GoRunResult;
import dev.podium.world.goruntime.rt.GoRuntime;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Benchmark main for the whole Go runtime world, as issue 9 states it: a real Go program, compiled by Podium's
 * compiler and run by its interpreter on its simulated runtime, starts N goroutines (default 1,000,000) which each
 * send one value on a channel to a collector (main). It reports the wall time of the whole run (compile to exit);
 * the heap retained per parked goroutine at the moment main starts collecting (every sender parked in the
 * channel's sendq: the interpreter's frames and the runtime's G and sudog together; heap in use after full GCs,
 * minus the heap before the run, divided by N; Go itself needs at least 2 KB of stack each); and simulated
 * operations, kernel events and world events per wall second. The program's output is checked (the sum of 0..N-1).
 *
 * <p>Besides wall time it prints the GC time of the run (GarbageCollectorMXBeans) and the CPU time of the thread
 * that runs it (ThreadMXBean): on a machine shared with other work the thread's CPU time is the figure load
 * distorts least. The memory measurement's own forced GCs are left out of all three. Rates are given per wall
 * second and per second of the thread's CPU: interpreted instructions, kernel events, world events, and of those
 * the scheduler's (goroutine, run queue, M and P events: what the scheduler view draws).
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = retained();
        long[] events = {0, 0};
        long[] parkedBytes = {-1};
        long[] excluded = {0, 0, 0}; // wall, GC, thread CPU nanoseconds spent measuring memory
        long gc0 = gcMillis();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        GoInterpreter program = GoInterpreter.compile(GoSource.check("bench.go", program(n)), 2);
        Kernel kernel = new Kernel(42);
        GoRuntime rt = new GoRuntime(kernel, e -> {
            events[0]++;
            if (scheduling(e)) {
                events[1]++;
            }
            if (parkedBytes[0] < 0 && e instanceof ChanUnparked u && u.send()) {
                long pause = System.nanoTime();
                long gcPause = gcMillis();
                long cpuPause = threads.getCurrentThreadCpuTime();
                parkedBytes[0] = retained() - before;
                excluded[0] += System.nanoTime() - pause;
                excluded[1] += (gcMillis() - gcPause) * 1_000_000;
                excluded[2] += threads.getCurrentThreadCpuTime() - cpuPause;
            }
        }, GoParams.defaults(procs, 42), program);
        GoRunResult result = rt.runToEnd(Long.MAX_VALUE);
        long wall = System.nanoTime() - start - excluded[0];
        long cpu = threads.getCurrentThreadCpuTime() - cpu0 - excluded[2];
        long gc = (gcMillis() - gc0) * 1_000_000 - excluded[1];
        long expected = (long) n * (n - 1) / 2;
        if (result.exitStatus() != 0 || !result.stdout().equals(expected + "\n")) {
            throw new IllegalStateException("wrong result: status " + result.exitStatus() + ", output "
                    + result.stdout() + result.stderr());
        }
        double seconds = wall / 1e9;
        double cpuSeconds = cpu / 1e9;
        long ins = program.instructionsRun();
        System.out.printf("goroutines:           %,d (GOMAXPROCS %d); output %s", n, procs, result.stdout());
        System.out.printf("wall time:            %.2f s (compile, run to exit; the memory measurement excluded)%n",
                seconds);
        System.out.printf("thread CPU time:      %.2f s (the running thread; least distorted by load)%n", cpuSeconds);
        System.out.printf("GC time:              %.2f s (all collectors, the measurement's forced GCs excluded)%n",
                gc / 1e9);
        System.out.printf("simulated time:       %.3f ms%n", result.endNanos() / 1e6);
        System.out.printf("retained per parked goroutine: %d bytes (all %,d senders parked; Go needs >= 2048)%n",
                parkedBytes[0] / n, n);
        rate("instructions:", ins, seconds, cpuSeconds);
        rate("kernel events:", kernel.firedCount(), seconds, cpuSeconds);
        rate("world events:", events[0], seconds, cpuSeconds);
        rate("scheduler events:", events[1], seconds, cpuSeconds);
    }

    private static void rate(String what, long count, double wall, double cpu) {
        System.out.printf("%-21s %,d (%,.0f per wall second, %,.0f per CPU second)%n", what, count, count / wall,
                count / cpu);
    }

    /** The scheduler's events: goroutines created, queued, stolen, changing state; Ms and Ps. */
    static boolean scheduling(WorldEvent e) {
        return e instanceof GoroutineCreated || e instanceof GoroutineStateChanged || e instanceof GoroutineQueued
                || e instanceof GoroutinesStolen || e instanceof GoroutinePreempted || e instanceof GlobalQueueTaken
                || e instanceof RunQueueOverflowed || e instanceof MStateChanged || e instanceof PStateChanged
                || e instanceof PHandedOff;
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, b.getCollectionTime());
        }
        return total;
    }

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
