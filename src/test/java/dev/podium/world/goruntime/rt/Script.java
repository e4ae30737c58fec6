package dev.podium.world.goruntime.rt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A test double for the interpreter: a goroutine body that plays a fixed sequence of steps (CPU work, runtime
 * operations, a panic, os.Exit), records the result of every operation, and reports its line and one-frame stack.
 */
public final class Script implements GoBody {
    /** Simulated CPU time of the instructions leading to each operation. */
    static final long OP_CPU = 10;

    private final String function;
    private final List<Step> steps = new ArrayList<>();
    public final List<Object> results = new ArrayList<>();
    private int pc;
    private int line;
    private long remainingWork = -1;
    private boolean awaiting;

    private record Step(int line, Supplier<Op> op, long work, String panic, Integer exit) {
    }

    public Script(String function) {
        this.function = function;
    }

    /** An operation, built when it is reached (so it can use results and handles made before). */
    public Script op(int atLine, Supplier<Op> op) {
        steps.add(new Step(atLine, op, 0, null, null));
        return this;
    }

    /** CPU work of {@code nanos}. */
    public Script work(int atLine, long nanos) {
        steps.add(new Step(atLine, null, nanos, null, null));
        return this;
    }

    public Script panic(int atLine, String message) {
        steps.add(new Step(atLine, null, 0, message, null));
        return this;
    }

    public Script exit(int atLine, int code) {
        steps.add(new Step(atLine, null, 0, null, code));
        return this;
    }

    /** The result of the latest operation. */
    public Object last() {
        return results.get(results.size() - 1);
    }

    @Override
    public Yield resume(Object result, long budgetNanos, Clock clock) {
        if (awaiting) {
            results.add(result);
            awaiting = false;
        }
        long cpu = 0;
        while (pc < steps.size()) {
            Step s = steps.get(pc);
            line = s.line();
            if (s.op() != null) {
                pc++;
                awaiting = true;
                return new Yield.Call(cpu + OP_CPU, s.op().get());
            }
            if (s.panic() != null) {
                return new Yield.Panicked(cpu, s.panic(), false);
            }
            if (s.exit() != null) {
                return new Yield.Exit(cpu, s.exit());
            }
            if (remainingWork < 0) {
                remainingWork = s.work();
            }
            long take = Math.min(remainingWork, Math.max(0, budgetNanos - cpu));
            remainingWork -= take;
            cpu += take;
            if (remainingWork > 0) {
                return new Yield.Ran(cpu);
            }
            remainingWork = -1;
            pc++;
        }
        return new Yield.Exited(cpu);
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public List<StackFrame> stack() {
        return List.of(new StackFrame(function, "prog.go", line));
    }

    /** A mutable holder for a handle made by one goroutine and used by another. */
    public static final class Ref<T> {
        public T value;

        public T get() {
            return value;
        }
    }
}
