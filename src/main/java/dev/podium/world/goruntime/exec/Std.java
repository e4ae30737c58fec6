package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.rt.Cond;
import dev.podium.world.goruntime.rt.Context;
import dev.podium.world.goruntime.rt.Mutex;
import dev.podium.world.goruntime.rt.Op;
import dev.podium.world.goruntime.rt.RWMutex;
import dev.podium.world.goruntime.rt.WaitGroup;
import java.util.HashMap;
import java.util.Map;

/**
 * The standard library of the subset, natively: functions by "path.Name", methods by "pkg.Type.Name" (receiver
 * first). Each pushes its results on the caller's stack, or asks the runtime for an {@link Op}.
 */
final class Std {
    private Std() {
    }

    private static final Map<String, Funcs.Native> FUNCS = new HashMap<>();

    static Funcs.Native function(String path, String name) {
        return FUNCS.get(path + "." + name);
    }

    static Funcs.Native method(String type, String name) {
        return FUNCS.get(type + "." + name);
    }

    private static void def(String name, Funcs.Native n) {
        FUNCS.put(name, n);
    }

    static long dur(Object o) {
        return (Long) o;
    }

    static {
        StdFmt.register(FUNCS);
        StdText.register(FUNCS);
        // ---- runtime, os, podium
        def("runtime.GOMAXPROCS", (m, f, a) -> m.call(new Op.SetMaxProcs(f.line(), (int) dur(a[0])),
                Machine.A_INT));
        def("runtime.NumGoroutine", (m, f, a) -> f.push((long) (m.p.clock == null ? 1
                : m.p.clock.numGoroutine())));
        def("runtime.NumCPU", (m, f, a) -> f.push((long) (m.p.clock == null ? 1 : m.p.clock.gomaxprocs())));
        def("runtime.Gosched", (m, f, a) -> m.call(new Op.Gosched(f.line()), Machine.A_NONE));
        def("runtime.GC", (m, f, a) -> {
        });
        def("os.Exit", (m, f, a) -> {
            m.p.exitCode = (int) dur(a[0]);
            m.p.stop = 2;
        });
        def("podium.Work", (m, f, a) -> m.work = Math.max(0, dur(a[0])));
        def("podium.Syscall", (m, f, a) -> m.call(new Op.Syscall(f.line(), Math.max(0, dur(a[0]))),
                Machine.A_NONE));
        // ---- sync
        def("sync.Mutex.Lock", (m, f, a) -> m.call(new Op.Lock(f.line(), (Mutex) a[0]), Machine.A_NONE));
        def("sync.Mutex.Unlock", (m, f, a) -> m.call(new Op.Unlock(f.line(), (Mutex) a[0]), Machine.A_NONE));
        def("sync.Mutex.TryLock", (m, f, a) -> m.call(new Op.TryLock(f.line(), (Mutex) a[0]), Machine.A_PUSH));
        def("sync.RWMutex.Lock", (m, f, a) -> m.call(new Op.WLock(f.line(), (RWMutex) a[0]), Machine.A_NONE));
        def("sync.RWMutex.Unlock", (m, f, a) -> m.call(new Op.WUnlock(f.line(), (RWMutex) a[0]),
                Machine.A_NONE));
        def("sync.RWMutex.RLock", (m, f, a) -> m.call(new Op.RLock(f.line(), (RWMutex) a[0]), Machine.A_NONE));
        def("sync.RWMutex.RUnlock", (m, f, a) -> m.call(new Op.RUnlock(f.line(), (RWMutex) a[0]),
                Machine.A_NONE));
        def("sync.WaitGroup.Add", (m, f, a) -> m.call(new Op.WaitGroupAdd(f.line(), (WaitGroup) a[0],
                (int) dur(a[1])), Machine.A_NONE));
        def("sync.WaitGroup.Done", (m, f, a) -> m.call(new Op.WaitGroupAdd(f.line(), (WaitGroup) a[0], -1),
                Machine.A_NONE));
        def("sync.WaitGroup.Wait", (m, f, a) -> m.call(new Op.WaitGroupWait(f.line(), (WaitGroup) a[0]),
                Machine.A_NONE));
        def("sync.Once.Do", (m, f, a) -> {
            Natives.Once o = (Natives.Once) a[0];
            if (!o.done) {
                m.invoke(new Funcs.Closure(Std.ONCE, Values.NONE), new Object[] {o, a[1]}, f);
            }
        });
        def("sync.NewCond", (m, f, a) -> f.push(new Cond(a[0] instanceof Iface i ? i.value() : a[0])));
        def("sync.Cond.Wait", (m, f, a) -> m.call(new Op.CondWait(f.line(), (Cond) a[0]), Machine.A_NONE));
        def("sync.Cond.Signal", (m, f, a) -> m.call(new Op.CondSignal(f.line(), (Cond) a[0], false),
                Machine.A_NONE));
        def("sync.Cond.Broadcast", (m, f, a) -> m.call(new Op.CondSignal(f.line(), (Cond) a[0], true),
                Machine.A_NONE));
        StdTime.register(FUNCS);
        StdContext.register(FUNCS);
    }

    /** sync.Once.Do as Go writes it: fast path on done, else lock, check again, call f, set done, unlock. */
    private static final Code ONCE = onceCode();

    private static Code onceCode() {
        Code c = new Code("sync.(*Once).Do");
        c.nparams = 2;
        c.nlocals = 2;
        c.ins = new Ins[] {
            (m, f) -> m.call(new Op.Lock(f.line(), ((Natives.Once) f.s[0]).m), Machine.A_NONE),
            (m, f) -> {
                if (((Natives.Once) f.s[0]).done) {
                    f.pc = 4;
                } else {
                    f.defer((Funcs.Native) (mm, ff, aa) -> ((Natives.Once) aa[0]).done = true,
                            new Object[] {f.s[0]});
                    m.invoke(f.s[1], Values.NONE, f);
                }
            },
            (m, f) -> m.runDefers(f),
            (m, f) -> f.pc = 4,
            (m, f) -> m.call(new Op.Unlock(f.line(), ((Natives.Once) f.s[0]).m), Machine.A_NONE),
            (m, f) -> m.ret(f),
        };
        c.lines = new int[c.ins.length];
        c.epilogue = 2;
        return c;
    }

    static Context ctx(Object o) {
        return o instanceof Natives.Ctx c ? c.ctx() : null;
    }
}
