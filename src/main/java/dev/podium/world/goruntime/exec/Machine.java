package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.GoBody;
import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.Yield;
import java.util.ArrayList;
import java.util.List;

/**
 * One goroutine: its frame stack and panic state, run instruction by instruction. Implements {@link GoBody}:
 * {@link #resume} runs until an instruction asks for an {@link Op}, the budget is used (every instruction
 * boundary is a safe point: all state is in the frames), the goroutine's function returns, or a panic nobody
 * recovers ends it.
 */
final class Machine implements GoBody {
    // what to do with the next resume's result
    static final byte A_NONE = 1;
    static final byte A_PUSH = 2;
    static final byte A_INT = 3;
    static final byte A_RECV = 4;
    static final byte A_RECV2 = 5;
    static final byte A_SELECT = 6;
    static final byte A_TIMER_C = 7;
    static final byte A_CTX = 8;
    static final byte A_CTX_CANCEL = 9;

    static final boolean TRACE = Boolean.getBoolean("podium.exec.trace");
    final Program p;
    Frame top;
    PanicRec panic;
    byte await;
    /** podium.Work nanoseconds still to burn. */
    long work;

    /** A panic in progress, newest first; {@code recovered} once a deferred call recovered it. */
    static final class PanicRec {
        final Object value;
        final PanicRec link;
        boolean recovered;

        PanicRec(Object value, PanicRec link) {
            this.value = value;
            this.link = link;
        }
    }

    Machine(Program p, Frame top) {
        this.p = p;
        this.top = top;
    }

    /** A goroutine that calls {@code fn(args)} (a closure, a native or a bound method). */
    static Machine start(Program p, Object fn, Object[] args) {
        Machine m = new Machine(p, null);
        if (fn instanceof Funcs.Closure c && args.length == c.code().nparams) {
            Frame f = new Frame(c.code(), null, c.free());
            System.arraycopy(args, 0, f.s, 0, args.length);
            m.top = f;
        } else {
            m.top = thunk(null, fn, args);
        }
        return m;
    }

    static final Code THUNK = thunkCode();

    private static Code thunkCode() {
        Code c = new Code("thunk");
        c.nlocals = 2;
        c.ins = new Ins[] {(m, f) -> m.invoke(f.s[0], (Object[]) f.s[1], f), (m, f) -> m.ret(f)};
        c.lines = new int[] {0, 0};
        return c;
    }

    static Frame thunk(Frame parent, Object fn, Object[] args) {
        Frame t = new Frame(THUNK, parent, null);
        t.s[0] = fn;
        t.s[1] = args;
        return t;
    }

    @Override
    public Yield resume(Object result, long budgetNanos, Clock clock) {
        Program pr = p;
        pr.clock = clock;
        pr.budget = budgetNanos;
        pr.used = 0;
        pr.op = null;
        pr.stop = 0;
        if (await != 0) {
            byte a = await;
            await = 0;
            if (result instanceof Op.Fault fault) {
                if (!raise(GoError.runtime(fault.message()))) {
                    return dead();
                }
            } else {
                deliver(a, result);
            }
        }
        return loop(false);
    }

    private void deliver(byte a, Object r) {
        Frame f = top;
        switch (a) {
            case A_PUSH -> f.push(r);
            case A_INT -> f.push(((Number) r).longValue());
            case A_RECV -> f.push(((Op.Received) r).value());
            case A_RECV2 -> {
                Op.Received rv = (Op.Received) r;
                f.push(rv.value());
                f.push(rv.ok());
            }
            case A_SELECT -> f.push(r);
            case A_TIMER_C -> f.push(((dev.podium.world.goruntime.rt.Timer) r).channel());
            case A_CTX -> f.push(new Natives.Ctx((dev.podium.world.goruntime.rt.Context) r, null));
            case A_CTX_CANCEL -> {
                var ctx = (dev.podium.world.goruntime.rt.Context) r;
                f.push(new Natives.Ctx(ctx, null));
                f.push((Funcs.Native) (m, caller, args) -> m.call(new Op.CancelContext(caller.line(), ctx,
                        args.length > 0 ? args[0] : null), A_NONE));
            }
            default -> {
            }
        }
    }

    /** Asks the runtime for {@code op}; the result is handled as {@code kind} says at the next resume. */
    void call(Op op, byte kind) {
        p.op = op;
        p.stop = 1;
        await = kind;
    }

    private Yield loop(boolean sync) {
        Program pr = p;
        long cost = pr.nsPerIns;
        while (true) {
            Frame f = top;
            if (f == null) {
                return new Yield.Exited(pr.used);
            }
            if (work > 0 && !sync) {
                long burn = Math.min(work, Math.max(0, pr.budget - pr.used));
                work -= burn;
                pr.used += burn;
                if (work > 0) {
                    return new Yield.Ran(pr.used);
                }
            }
            if (TRACE) {
                System.err.println(f.code.name + " pc=" + f.pc + " line=" + f.code.lines[f.pc] + " stack="
                        + java.util.Arrays.toString(java.util.Arrays.copyOfRange(f.s, 0, f.sp)));
            }
            Ins in = f.code.ins[f.pc++];
            pr.used += cost;
            pr.instructions++;
            try {
                in.run(this, f);
            } catch (GoPanic gp) {
                if (!raise(gp.value)) {
                    return dead();
                }
            } catch (Dead d) {
                return dead();
            } catch (StackOverflowError so) {
                return new Yield.Panicked(pr.used, "runtime: goroutine stack exceeds 1000000000-byte limit", false);
            } catch (RuntimeException bug) {
                // a defect in Podium's interpreter, not in the program: end the goroutine with a message, never
                // throw into the runtime
                return new Yield.Panicked(pr.used, "internal error in Podium's interpreter at " + p.fileName + ":"
                        + f.line() + ": " + bug, false);
            }
            if (pr.stop != 0) {
                byte s = pr.stop;
                pr.stop = 0;
                if (s == 1) {
                    if (sync) {
                        await = 0;
                        throw new GoPanic(GoError.runtime("Podium cannot block inside a method fmt or sort calls ("
                                + pr.op.getClass().getSimpleName() + ")"));
                    }
                    return new Yield.Call(pr.used, pr.op);
                }
                if (s == 2) {
                    return new Yield.Exit(pr.used, pr.exitCode);
                }
                return null; // a synchronous call halted
            }
            if (!sync && pr.used >= pr.budget && work == 0) {
                return new Yield.Ran(pr.used);
            }
        }
    }

    private String deadMessage;

    private Yield dead() {
        return new Yield.Panicked(p.used, deadMessage, false);
    }

    // ---- calls

    /** Calls a function value with arguments, from frame {@code caller}; results go on the caller's stack. */
    void invoke(Object fn, Object[] args, Frame caller) {
        if (fn instanceof Funcs.Closure c) {
            Frame f = new Frame(c.code(), caller, c.free());
            System.arraycopy(args, 0, f.s, 0, args.length);
            top = f;
        } else if (fn instanceof Funcs.Native n) {
            n.call(this, caller, args);
        } else if (fn instanceof Funcs.Bound b) {
            Object[] all = new Object[args.length + 1];
            all[0] = b.recv();
            System.arraycopy(args, 0, all, 1, args.length);
            invoke(b.fn(), all, caller);
        } else if (fn == null) {
            throw GoPanic.runtime("invalid memory address or nil pointer dereference");
        } else {
            throw new IllegalStateException("not a function: " + fn);
        }
    }

    /** Calls compiled code with {@code n} arguments on the caller's stack. */
    void callCode(Code code, Object[] free, Frame caller, int n) {
        Frame f = new Frame(code, caller, free);
        caller.sp -= n;
        System.arraycopy(caller.s, caller.sp, f.s, 0, n);
        java.util.Arrays.fill(caller.s, caller.sp, caller.sp + n, null);
        top = f;
    }

    /** The RET instruction: pops the frame, giving its results to the caller. */
    void ret(Frame f) {
        Frame parent = f.parent;
        top = parent;
        if (f.kind == 0) {
            if (parent != null) {
                Code c = f.code;
                for (int i = 0; i < c.resultSlots.length; i++) {
                    Object v = f.s[c.resultSlots[i]];
                    parent.push(c.resultCells[i] ? ((Cell) v).v : v);
                }
            }
            return;
        }
        if (f.kind == 2) {
            if (parent != null) {
                Code c = f.code;
                for (int i = 0; i < c.resultSlots.length; i++) {
                    Object v = f.s[c.resultSlots[i]];
                    parent.push(c.resultCells[i] ? ((Cell) v).v : v);
                }
            }
            return;
        }
        // a deferred call finished
        if (panic != null) {
            if (panic.recovered) {
                panic = null;
                parent.sp = parent.code.nlocals;
                java.util.Arrays.fill(parent.s, parent.sp, parent.s.length, null);
                parent.pc = parent.code.epilogue;
            } else if (!unwind()) {
                throw new Dead();
            }
        }
    }

    /** The epilogue's RUNDEFERS: runs the next deferred call, coming back here until there are none. */
    void runDefers(Frame f) {
        if (f.ndefers == 0) {
            return;
        }
        f.pc--;
        startDeferred(f);
    }

    private void startDeferred(Frame f) {
        f.ndefers--;
        Object fn = f.defers[f.ndefers * 2];
        Object[] args = (Object[]) f.defers[f.ndefers * 2 + 1];
        f.defers[f.ndefers * 2] = null;
        f.defers[f.ndefers * 2 + 1] = null;
        Frame t = thunk(f, fn, args);
        t.kind = 1;
        top = t;
    }

    // ---- panics

    /** Thrown out of {@link #ret} when a deferred call ends a goroutine that has no more deferred calls. */
    static final class Dead extends RuntimeException {
        Dead() {
            super(null, null, false, false);
        }
    }

    /** Raises a panic; false if nothing is left to run (the goroutine dies; see {@link #deadMessage}). */
    boolean raise(Object value) {
        panic = new PanicRec(value, panic);
        return unwind();
    }

    private boolean unwind() {
        while (top != null) {
            Frame f = top;
            if (f.kind == 2) {
                // a synchronous call (String method from fmt) panicked: leave it to the caller
                top = f.parent;
                PanicRec pr = panic;
                panic = null;
                throw new GoPanic(pr.value);
            }
            if (f.ndefers > 0) {
                startDeferred(f);
                return true;
            }
            top = f.parent;
        }
        deadMessage = panicMessage();
        return false;
    }

    private String panicMessage() {
        List<PanicRec> chain = new ArrayList<>();
        for (PanicRec r = panic; r != null; r = r.link) {
            chain.add(0, r);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chain.size(); i++) {
            if (i > 0) {
                sb.append("\n\tpanic: ");
            }
            PanicRec r = chain.get(i);
            sb.append(GoFmt.panicValue(this, r.value));
            if (r.recovered) {
                sb.append(" [recovered]");
            }
        }
        return sb.toString();
    }

    /** {@code recover()} called from frame {@code f}. */
    Object recover(Frame f) {
        Frame d = f.parent;
        if (panic == null || panic.recovered || d == null || d.kind != 1) {
            return null;
        }
        panic.recovered = true;
        return panic.value;
    }

    // ---- synchronous calls (fmt's String/Error, sort's less)

    private static final Code SENTINEL = sentinelCode();

    private static Code sentinelCode() {
        Code c = new Code("sync");
        c.ins = new Ins[] {(m, f) -> m.p.stop = 3};
        c.lines = new int[] {0};
        return c;
    }

    /** Calls {@code fn(args)} to completion now and returns its results (it must not block). */
    Object[] callSync(Object fn, Object... args) {
        Frame saved = top;
        Frame s = new Frame(SENTINEL, saved, null);
        s.kind = 2;
        top = s;
        byte savedStop = p.stop;
        byte savedAwait = await;
        await = 0;
        try {
            invoke(fn, args, s);
            loop(true);
        } finally {
            top = saved;
            p.stop = savedStop;
            await = savedAwait;
        }
        Object[] r = new Object[s.sp - s.code.nlocals];
        System.arraycopy(s.s, s.code.nlocals, r, 0, r.length);
        return r;
    }

    // ---- GoBody

    @Override
    public int line() {
        Frame f = top;
        while (f != null && f.code.lines.length > 0 && f.code == THUNK) {
            f = f.parent;
        }
        return f == null ? 0 : f.line();
    }

    @Override
    public String function() {
        for (Frame f = top; f != null; f = f.parent) {
            if (f.code != THUNK && f.code != SENTINEL && f.code != p.main) {
                return f.code.name;
            }
        }
        return null;
    }

    @Override
    public List<StackFrame> stack() {
        List<StackFrame> out = new ArrayList<>();
        for (Frame f = top; f != null; f = f.parent) {
            if (f.code != THUNK && f.code != SENTINEL && f.code != p.main) {
                out.add(new StackFrame(f.code.name, p.fileName, f.line()));
            }
        }
        return out;
    }
}
