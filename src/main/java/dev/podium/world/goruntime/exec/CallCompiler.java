package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Obj;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.lang.TypeInfo;
import dev.podium.world.goruntime.lang.Types;
import dev.podium.world.goruntime.rt.Op;
import java.util.List;

/** Compiles calls: of functions, methods, interface methods, function values, the standard library, builtins. */
final class CallCompiler {
    private final FnCompiler fc;

    CallCompiler(FnCompiler fc) {
        this.fc = fc;
    }

    private ExprCompiler ex() {
        return fc.ex;
    }

    /** Compiles a call expression: pushes its results. */
    void call(Expr.Call call) throws GoProblems {
        Expr fun = ExprCompiler.unparen(call.fun());
        TypeInfo.TypeAndValue ftv = fc.c.info.typeOf(fun);
        if (ftv != null && ftv.kind() == TypeInfo.Kind.TYPE) {
            conversion(call, ftv.type());
            return;
        }
        if (fun instanceof Expr.Ident id && fc.c.info.objectOf(id) instanceof Obj.Builtin b) {
            new Builtins(fc).call(b.id(), call);
            return;
        }
        int n = prepare(call);
        fc.at(call.rparen());
        emitInvoke(n);
    }

    /** What {@link #prepare} left under the arguments, and how to call it. */
    private int kind;
    private Object target;
    private static final int K_VALUE = 0;
    private static final int K_CODE = 1;
    private static final int K_NATIVE = 2;
    private static final int K_IFACE = 3;

    /**
     * Pushes what the call needs (the function value or receiver, then the arguments) and notes how to call it;
     * returns the number of arguments pushed, receiver included.
     */
    private int prepare(Expr.Call call) throws GoProblems {
        int n = prepare0(call);
        kind = pk;
        target = pt;
        return n;
    }

    private int pk;
    private Object pt;

    private int prepare0(Expr.Call call) throws GoProblems {
        Expr fun = ExprCompiler.unparen(call.fun());
        Type.Signature sig = (Type.Signature) ex().typeOf(fun).underlying();
        if (fun instanceof Expr.Selector s) {
            if (s.x() instanceof Expr.Ident pid && fc.c.info.objectOf(pid) instanceof Obj.PkgName pn) {
                Funcs.Native nat = Std.function(pn.imported().path(), s.sel().name());
                if (nat == null) {
                    throw fc.unsupported(s.pos(), pn.imported().path() + "." + s.sel().name());
                }
                int na = args(call, sig);
                pk = K_NATIVE;
                pt = nat;
                return na;
            }
            Types.Selection sel = fc.c.info.selectionOf(s);
            if (sel != null && sel.kind() == Types.Selection.Kind.METHOD) {
                receiver(s, sel);
                Object fn = methodFunction(s, sel);
                int na = args(call, sig);
                if (fn instanceof Funcs.Closure c) {
                    pk = K_CODE;
                    pt = c.code();
                } else {
                    pk = K_NATIVE;
                    pt = fn;
                }
                return 1 + na;
            }
            if (sel != null && sel.kind() == Types.Selection.Kind.INTERFACE_METHOD) {
                ex().expr(s.x());
                int na = args(call, sig);
                pk = K_IFACE;
                pt = s.sel().name();
                return 1 + na;
            }
        }
        if (fun instanceof Expr.Ident id && fc.c.info.objectOf(id) instanceof Obj.Func fn
                && fc.c.funcs.containsKey(fn)) {
            int na = args(call, sig);
            pk = K_CODE;
            pt = fc.c.funcs.get(fn);
            return na;
        }
        ex().expr(fun);
        int na = args(call, sig);
        pk = K_VALUE;
        pt = null;
        return na;
    }

    private void emitInvoke(int n) {
        switch (kind) {
            case K_CODE -> {
                Code code = (Code) target;
                fc.emit((m, f) -> m.callCode(code, Values.NONE, f, n));
            }
            case K_NATIVE -> {
                Funcs.Native nat = (Funcs.Native) target;
                fc.emit((m, f) -> nat.call(m, f, popArgs(f, n)));
            }
            case K_IFACE -> {
                String name = (String) target;
                fc.emit((m, f) -> {
                    Object[] a = popArgs(f, n - 1);
                    Dispatch.call(m, f, f.pop(), name, a);
                });
            }
            default -> fc.emit((m, f) -> {
                Object[] a = popArgs(f, n);
                m.invoke(f.pop(), a, f);
            });
        }
    }

    static Object[] popArgs(Frame f, int n) {
        if (n == 0) {
            return Values.NONE;
        }
        Object[] a = new Object[n];
        for (int i = n - 1; i >= 0; i--) {
            a[i] = f.pop();
        }
        return a;
    }

    /** Pushes the arguments as the signature takes them (a variadic tail packed in a slice); returns how many. */
    int args(Expr.Call call, Type.Signature sig) throws GoProblems {
        List<Type> ps = sig.params();
        List<Expr> as = call.args();
        int np = ps.size();
        if (as.size() == 1 && ex().valueCount(as.get(0)) > 1) {
            Expr a = as.get(0);
            int k = ex().valueCount(a);
            ex().expr(a);
            int[] tmp = new int[k];
            for (int i = k - 1; i >= 0; i--) {
                tmp[i] = fc.temp();
                fc.storeTemp(tmp[i]);
            }
            int fixed = sig.variadic() ? np - 1 : np;
            for (int i = 0; i < fixed; i++) {
                fc.loadTemp(tmp[i]);
                ex().convertTop(ex().tupleType(a, i), ps.get(i));
            }
            if (sig.variadic()) {
                Type elem = ((Type.Slice) ps.get(np - 1)).elem();
                for (int i = fixed; i < k; i++) {
                    fc.loadTemp(tmp[i]);
                    ex().convertTop(ex().tupleType(a, i), elem);
                }
                makeSlice(k - fixed);
            }
            return np;
        }
        if (!sig.variadic()) {
            for (int i = 0; i < np; i++) {
                ex().exprAs(as.get(i), ps.get(i));
            }
            return np;
        }
        for (int i = 0; i < np - 1; i++) {
            ex().exprAs(as.get(i), ps.get(i));
        }
        if (call.hasDots()) {
            ex().expr(as.get(np - 1));
            Type last = ex().typeOf(as.get(np - 1));
            if (Values.isString(Values.kind(last))) {
                Ins conv = Ops.convert(last, ps.get(np - 1));
                fc.emit(conv);
            }
            return np;
        }
        Type elem = ((Type.Slice) ps.get(np - 1)).elem();
        for (int i = np - 1; i < as.size(); i++) {
            ex().exprAs(as.get(i), elem);
        }
        makeSlice(as.size() - (np - 1));
        return np;
    }

    void makeSlice(int k) {
        if (k == 0) {
            fc.push(null);
            return;
        }
        fc.emit((m, f) -> f.push(SliceVal.of(popArgs(f, k))));
    }

    /** Pushes a method's receiver: the object itself for a pointer receiver, a copy for a value receiver. */
    void receiver(Expr.Selector s, Types.Selection sel) throws GoProblems {
        Type xt = ex().typeOf(s.x());
        boolean xPtr = xt.underlying() instanceof Type.Pointer;
        boolean ptrRecv = sel.method().pointerReceiver();
        if (ptrRecv) {
            if (xPtr) {
                ex().expr(s.x());
            } else {
                ex().ref(s.x());
            }
        } else {
            ex().expr(s.x());
            if (xPtr) {
                ex().nilCheck();
                fc.emit((m, f) -> f.push(Values.copyIfStruct(f.pop())));
            }
        }
    }

    /** The function a method selects: a closure of compiled code, or a native of the standard library. */
    Object methodFunction(Expr.Selector s, Types.Selection sel) throws GoProblems {
        Obj.Func mf = sel.method();
        Code code = fc.c.funcs.get(mf);
        if (code != null) {
            return new Funcs.Closure(code, Values.NONE);
        }
        Type recv = mf.receiver();
        String std = Values.stdName(recv);
        Funcs.Native nat = std == null ? null : Std.method(std, mf.name());
        if (nat == null) {
            throw fc.unsupported(s.pos(), "method " + recv + "." + mf.name());
        }
        return nat;
    }

    private void conversion(Expr.Call call, Type to) throws GoProblems {
        Expr arg = call.args().get(0);
        Type from = ex().typeOf(arg);
        ex().exprAs(arg, to);
        if (Values.isIface(to)) {
            return;
        }
        Ins conv = Ops.convert(from, to);
        if (conv != null) {
            fc.at(call.pos());
            fc.emit(conv);
        }
    }

    /** {@code go f(x)} or {@code defer f(x)}: evaluates the function and arguments now. */
    void goOrDefer(Expr.Call call, boolean go) throws GoProblems {
        Expr fun = ExprCompiler.unparen(call.fun());
        int n;
        Object fixed;
        if (fun instanceof Expr.Ident id && fc.c.info.objectOf(id) instanceof Obj.Builtin b) {
            n = new Builtins(fc).deferredArgs(b.id(), call);
            fixed = new Builtins(fc).asNative(b.id(), call);
        } else {
            n = prepare(call);
            fixed = switch (kind) {
                case K_CODE -> new Funcs.Closure((Code) target, Values.NONE);
                case K_NATIVE -> target;
                case K_IFACE -> {
                    String name = (String) target;
                    yield (Funcs.Native) (m, caller, a) -> {
                        Object[] rest = new Object[a.length - 1];
                        System.arraycopy(a, 1, rest, 0, rest.length);
                        Dispatch.call(m, caller, a[0], name, rest);
                    };
                }
                default -> null;
            };
            if (kind == K_IFACE) {
                // the receiver is the first argument
            }
        }
        fc.at(call.pos());
        int count = n;
        Object fixedFn = fixed;
        if (go) {
            fc.emit((m, f) -> {
                Object[] a = popArgs(f, count);
                Object fn = fixedFn != null ? fixedFn : f.pop();
                String name = fn instanceof Funcs.Closure c ? c.code().name : "main.main.native";
                m.call(new Op.Go(f.line(), Machine.start(m.p, fn, a), name), Machine.A_NONE);
            });
        } else {
            fc.emit((m, f) -> {
                Object[] a = popArgs(f, count);
                Object fn = fixedFn != null ? fixedFn : f.pop();
                f.defer(fn, a);
            });
        }
    }
}
