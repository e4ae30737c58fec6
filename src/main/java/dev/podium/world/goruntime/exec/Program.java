package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.GoBody;
import dev.podium.world.goruntime.rt.Op;

/**
 * A compiled program's shared state: package-level variables, the cost of an instruction, and the scratch state
 * of the slice being run (one goroutine runs at a time, on the kernel's thread).
 */
final class Program {
    final String fileName;
    final long nsPerIns;
    Object[] globals;
    Code init;
    Code main;
    /** Codes by compiled function, to print and to dispatch methods. */
    final java.util.Map<Object, Code> methods = new java.util.HashMap<>();
    /** Top-level functions by name ({@code worker}), for goroutines started by an action. */
    final java.util.Map<String, Code> functions = new java.util.HashMap<>();

    // ---- the slice in progress
    GoBody.Clock clock;
    long used;
    long budget;
    Op op;
    /** 0 running; 1 an Op is pending; 2 os.Exit; 3 a synchronous call halted. */
    byte stop;
    int exitCode;
    /** Instructions run so far by every goroutine of this program (a benchmark's figure; costs one add each). */
    long instructions;

    Program(String fileName, long nsPerIns) {
        this.fileName = fileName;
        this.nsPerIns = nsPerIns;
    }

    /** Simulated now: the slice's start plus the CPU used so far in it. */
    long now() {
        return (clock == null ? 0 : clock.nowNanos()) + used;
    }

    long random() {
        return clock == null ? 4 : clock.random();
    }
}
