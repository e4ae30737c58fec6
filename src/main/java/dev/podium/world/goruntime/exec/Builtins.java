package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Obj;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.rt.Hchan;
import dev.podium.world.goruntime.rt.Op;
import java.util.List;

/** Compiles calls of Go's builtin functions: len, cap, append, copy, delete, make, new, panic, recover, ... */
final class Builtins {
    private final FnCompiler fc;

    Builtins(FnCompiler fc) {
        this.fc = fc;
    }

    void call(Obj.BuiltinId id, Expr.Call call) throws GoProblems {
        ExprCompiler ex = fc.ex;
        List<Expr> as = call.args();
        fc.at(call.pos());
        switch (id) {
            case LEN, CAP -> {
                ex.expr(as.get(0));
                boolean cap = id == Obj.BuiltinId.CAP;
                fc.emit((m, f) -> f.push((long) length(f.pop(), cap)));
            }
            case APPEND -> append(call);
            case COPY -> {
                ex.expr(as.get(0));
                ex.expr(as.get(1));
                fc.emit((m, f) -> {
                    Object src = f.pop();
                    SliceVal dst = (SliceVal) f.pop();
                    f.push((long) copy(dst, src));
                });
            }
            case DELETE -> {
                Type kt = ((Type.MapT) ex.typeOf(as.get(0)).underlying()).key();
                ex.expr(as.get(0));
                ex.exprAs(as.get(1), kt);
                fc.emit((m, f) -> {
                    Object k = f.pop();
                    MapVal mv = (MapVal) f.pop();
                    if (mv != null) {
                        mv.m.remove(k);
                    }
                });
            }
            case CLEAR -> {
                ex.expr(as.get(0));
                fc.emit((m, f) -> {
                    Object o = f.pop();
                    if (o instanceof MapVal mv) {
                        mv.m.clear();
                    }
                });
            }
            case MAKE -> make(call);
            case NEW -> {
                Type t = ex.typeOf(as.get(0));
                if (!Values.isStruct(t) && Values.stdName(t) == null) {
                    throw fc.unsupported(call.pos(), "a pointer to a non-struct value (new(" + t + "))");
                }
                fc.emit((m, f) -> f.push(Values.zero(t)));
            }
            case PANIC -> {
                ex.exprAs(as.get(0), ExprCompiler.ANY);
                fc.emit((m, f) -> {
                    throw new GoPanic(f.pop());
                });
            }
            case RECOVER -> fc.emit((m, f) -> f.push(m.recover(f)));
            case PRINT, PRINTLN -> {
                boolean ln = id == Obj.BuiltinId.PRINTLN;
                for (Expr a : as) {
                    ex.expr(a);
                }
                int n = as.size();
                fc.emit((m, f) -> print(m, f, CallCompiler.popArgs(f, n), ln));
            }
            case CLOSE -> {
                ex.expr(as.get(0));
                fc.emit((m, f) -> m.call(new Op.Close(f.line(), (Hchan) f.pop()), Machine.A_NONE));
            }
            case MIN, MAX -> {
                Type t = ExprCompiler.defaulted(ex.typeOf(call));
                for (Expr a : as) {
                    ex.expr(a);
                }
                int n = as.size();
                boolean max = id == Obj.BuiltinId.MAX;
                Ins less = Ops.binary(dev.podium.world.goruntime.lang.TokenKind.LSS, t);
                fc.emit((m, f) -> {
                    Object[] a = CallCompiler.popArgs(f, n);
                    Object best = a[0];
                    for (int i = 1; i < n; i++) {
                        f.push(a[i]);
                        f.push(best);
                        less.run(m, f);
                        boolean aLess = !(Boolean) f.pop();
                        if (max ? !aLess && !a[i].equals(best) : aLess && !a[i].equals(best)) {
                            best = a[i];
                        }
                    }
                    f.push(best);
                });
            }
            default -> throw fc.unsupported(call.pos(), id.name().toLowerCase());
        }
    }

    static int length(Object o, boolean cap) {
        if (o == null) {
            return 0;
        }
        if (o instanceof String s) {
            return s.length();
        }
        if (o instanceof SliceVal s) {
            return cap ? s.cap : s.len;
        }
        if (o instanceof MapVal mv) {
            return mv.m.size();
        }
        if (o instanceof Hchan h) {
            return cap ? h.cap() : h.len();
        }
        throw new IllegalStateException("len of " + o);
    }

    static int copy(SliceVal dst, Object src) {
        if (dst == null || src == null) {
            return 0;
        }
        if (src instanceof String s) {
            int n = Math.min(dst.len, s.length());
            for (int i = 0; i < n; i++) {
                dst.arr[dst.off + i] = (long) s.charAt(i);
            }
            return n;
        }
        SliceVal sv = (SliceVal) src;
        int n = Math.min(dst.len, sv.len);
        System.arraycopy(sv.arr, sv.off, dst.arr, dst.off, n);
        return n;
    }

    private void append(Expr.Call call) throws GoProblems {
        ExprCompiler ex = fc.ex;
        List<Expr> as = call.args();
        Type st = ex.typeOf(call);
        Type elem = ((Type.Slice) st.underlying()).elem();
        long size = Sizes.of(elem);
        ex.expr(as.get(0));
        int k;
        if (call.hasDots()) {
            ex.expr(as.get(1));
            fc.emit((m, f) -> {
                Object more = f.pop();
                Object[] vals;
                if (more instanceof String s) {
                    vals = new Object[s.length()];
                    for (int i = 0; i < vals.length; i++) {
                        vals[i] = (long) s.charAt(i);
                    }
                } else {
                    vals = more == null ? Values.NONE : ((SliceVal) more).toArray();
                }
                f.push(append((SliceVal) f.pop(), vals, size));
            });
            return;
        }
        k = as.size() - 1;
        for (int i = 1; i < as.size(); i++) {
            ex.exprAs(as.get(i), elem);
        }
        int n = k;
        fc.emit((m, f) -> {
            Object[] vals = CallCompiler.popArgs(f, n);
            f.push(append((SliceVal) f.pop(), vals, size));
        });
    }

    /** Go's append: in place when the capacity allows, else a new array grown as runtime.growslice does. */
    static SliceVal append(SliceVal s, Object[] vals, long elemSize) {
        int len = s == null ? 0 : s.len;
        int cap = s == null ? 0 : s.cap;
        int need = len + vals.length;
        if (vals.length == 0) {
            return s;
        }
        if (need <= cap) {
            System.arraycopy(vals, 0, s.arr, s.off + len, vals.length);
            return new SliceVal(s.arr, s.off, need, cap);
        }
        int newcap = Sizes.grow(cap, need, elemSize);
        Object[] arr = new Object[newcap];
        if (s != null) {
            System.arraycopy(s.arr, s.off, arr, 0, len);
        }
        System.arraycopy(vals, 0, arr, len, vals.length);
        return new SliceVal(arr, 0, need, newcap);
    }

    private void make(Expr.Call call) throws GoProblems {
        ExprCompiler ex = fc.ex;
        List<Expr> as = call.args();
        Type t = ex.typeOf(as.get(0));
        Type u = t.underlying();
        if (u instanceof Type.MapT) {
            fc.emit((m, f) -> f.push(new MapVal()));
            return;
        }
        if (u instanceof Type.Chan ch) {
            if (as.size() > 1) {
                ex.expr(as.get(1));
            } else {
                fc.push(0L);
            }
            String elemName = ch.elem().toString();
            fc.emit((m, f) -> {
                long n = f.popLong();
                if (n < 0) {
                    throw GoPanic.runtime("makechan: size out of range");
                }
                m.call(new Op.MakeChan(f.line(), elemName, (int) n), Machine.A_PUSH);
            });
            return;
        }
        Type elem = ((Type.Slice) u).elem();
        ex.expr(as.get(1));
        if (as.size() > 2) {
            ex.expr(as.get(2));
        } else {
            fc.push(-1L);
        }
        Object z = Values.zero(elem);
        boolean fresh = z instanceof StructVal || (z != null && !(z instanceof Long || z instanceof Double
                || z instanceof String || z instanceof Boolean || z instanceof Natives.Time));
        fc.emit((m, f) -> {
            long cap = f.popLong();
            long len = f.popLong();
            if (len < 0) {
                throw GoPanic.runtime("makeslice: len out of range");
            }
            if (cap < 0) {
                cap = len;
            } else if (cap < len) {
                throw GoPanic.runtime("makeslice: cap out of range");
            }
            Object[] arr = new Object[(int) cap];
            for (int i = 0; i < arr.length; i++) {
                arr[i] = fresh ? Values.zero(elem) : z;
            }
            f.push(new SliceVal(arr, 0, (int) len, (int) cap));
        });
    }

    /** For {@code go}/{@code defer} of a builtin: pushes its arguments, returns how many. */
    int deferredArgs(Obj.BuiltinId id, Expr.Call call) throws GoProblems {
        for (Expr a : call.args()) {
            if (id == Obj.BuiltinId.PANIC) {
                fc.ex.exprAs(a, ExprCompiler.ANY);
            } else {
                fc.ex.expr(a);
            }
        }
        return call.args().size();
    }

    /** A builtin as a native function, for {@code go}/{@code defer}. */
    Funcs.Native asNative(Obj.BuiltinId id, Expr.Call call) throws GoProblems {
        return switch (id) {
            case CLOSE -> (m, f, a) -> m.call(new Op.Close(f.line(), (Hchan) a[0]), Machine.A_NONE);
            case PANIC -> (m, f, a) -> {
                throw new GoPanic(a[0]);
            };
            case PRINT, PRINTLN -> (m, f, a) -> print(m, f, a, id == Obj.BuiltinId.PRINTLN);
            case RECOVER -> (m, f, a) -> {
            };
            case DELETE -> (m, f, a) -> {
                if (a[0] instanceof MapVal mv) {
                    mv.m.remove(a[1]);
                }
            };
            default -> throw fc.unsupported(call.pos(), "go or defer of " + id.name().toLowerCase());
        };
    }

    private static void print(Machine m, Frame f, Object[] a, boolean ln) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (ln && i > 0) {
                sb.append(' ');
            }
            Object v = a[i];
            if (v instanceof Double d) {
                sb.append(FloatFormat.printFloat(d));
            } else if (v == null) {
                sb.append("nil");
            } else if (v instanceof Iface || v instanceof GoError || v instanceof Natives.Ctx) {
                sb.append("(0x0,0x0)");
            } else if (v instanceof String || v instanceof Long || v instanceof Boolean) {
                sb.append(v);
            } else {
                sb.append("0xc000010000");
            }
        }
        if (ln) {
            sb.append('\n');
        }
        m.call(new Op.Write(f.line(), 2, Values.text(sb.toString())), Machine.A_NONE);
    }
}
