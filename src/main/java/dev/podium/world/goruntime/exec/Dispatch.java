package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Obj;
import dev.podium.world.goruntime.lang.Type;

/** Calls through interfaces: finds the method of an interface value's dynamic type, or a native's own method. */
final class Dispatch {
    private Dispatch() {
    }

    static void call(Machine m, Frame caller, Object recv, String name, Object[] args) {
        if (recv == null) {
            throw GoPanic.runtime("invalid memory address or nil pointer dereference");
        }
        Object fn = method(m.p, recv, name);
        if (fn == null) {
            throw new GoPanic(GoError.runtime("Podium cannot call " + name + " on " + GoNames.typeName(recv)));
        }
        Object r = recv instanceof Iface i ? receiverValue(i, fn) : recv;
        Object[] all = new Object[args.length + 1];
        all[0] = r;
        System.arraycopy(args, 0, all, 1, args.length);
        m.invoke(fn, all, caller);
    }

    private static Object receiverValue(Iface i, Object fn) {
        if (fn instanceof Funcs.Closure && !(i.type().underlying() instanceof Type.Pointer)) {
            return Values.copyIfStruct(i.value());
        }
        if (fn instanceof Funcs.Closure c && i.type().underlying() instanceof Type.Pointer && !c.code().name
                .contains("(*")) {
            return Values.copyIfStruct(i.value());
        }
        return i.value();
    }

    /**
     * The function implementing method {@code name} of the interface value {@code v} (taking the receiver as its
     * first argument), or null if its type has no such method.
     */
    static Object method(Program p, Object v, String name) {
        if (v instanceof Iface i) {
            return method(p, i.type(), name);
        }
        if (v instanceof GoError) {
            return Std.method("error", name);
        }
        if (v instanceof Natives.Ctx) {
            return Std.method("context.Context", name);
        }
        if (v instanceof dev.podium.world.goruntime.rt.Mutex) {
            return Std.method("sync.Mutex", name);
        }
        if (v instanceof dev.podium.world.goruntime.rt.RWMutex) {
            return Std.method("sync.RWMutex", name);
        }
        return null;
    }

    /** The method {@code name} in the method set of type {@code t}, or null. */
    static Object method(Program p, Type t, String name) {
        boolean ptr = t instanceof Type.Pointer;
        Type base = ptr ? ((Type.Pointer) t).elem() : t;
        if (base instanceof Type.Named n) {
            if (!n.pkg().isEmpty()) {
                return Std.method(Values.stdName(base), name);
            }
            for (Obj.Func f : n.methods()) {
                if (f.name().equals(name) && (ptr || !f.pointerReceiver())) {
                    Code c = p.methods.get(f);
                    return c == null ? null : new Funcs.Closure(c, Values.NONE);
                }
            }
        }
        return null;
    }
}
