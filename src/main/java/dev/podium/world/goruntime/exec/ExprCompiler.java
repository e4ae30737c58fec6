package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.BasicKind;
import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Obj;
import dev.podium.world.goruntime.lang.TokenKind;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.lang.TypeInfo;
import dev.podium.world.goruntime.lang.Types;
import dev.podium.world.goruntime.rt.Hchan;
import dev.podium.world.goruntime.rt.Op;
import java.util.List;

/** Compiles expressions: each pushes its value(s) on the operand stack. */
final class ExprCompiler {
    private final FnCompiler fc;

    ExprCompiler(FnCompiler fc) {
        this.fc = fc;
    }

    Type typeOf(Expr e) {
        return fc.c.typeOf(e);
    }

    static final Type INT = new Type.Basic(BasicKind.INT, "int");
    static final Type BOOL = new Type.Basic(BasicKind.BOOL, "bool");
    static final Type ANY = new Type.Interface(List.of(), true);

    /** The type a value of {@code t} has once stored: untyped constants take their default type. */
    static Type defaulted(Type t) {
        if (t instanceof Type.Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> BOOL;
                case UNTYPED_INT -> INT;
                case UNTYPED_RUNE -> new Type.Basic(BasicKind.INT32, "int32");
                case UNTYPED_FLOAT -> new Type.Basic(BasicKind.FLOAT64, "float64");
                case UNTYPED_STRING -> new Type.Basic(BasicKind.STRING, "string");
                default -> t;
            };
        }
        return t;
    }

    /** How many values {@code e} pushes. */
    int valueCount(Expr e) {
        TypeInfo.TypeAndValue tv = fc.c.info.typeOf(e);
        if (tv == null || tv.kind() == TypeInfo.Kind.NOVALUE) {
            return 0;
        }
        if (tv.type() instanceof Type.Tuple t) {
            return t.types().size();
        }
        return tv.type() == null ? 0 : 1;
    }

    /** The type of the i-th value of a multi-valued expression (a call, or a comma-ok form). */
    Type tupleType(Expr e, int i) {
        Type t = typeOf(e);
        if (t instanceof Type.Tuple tt) {
            return tt.types().get(i);
        }
        return i == 0 ? t : BOOL;
    }

    /** Pushes {@code e}'s value converted to {@code target} (boxed when the target is an interface). */
    void exprAs(Expr e, Type target) throws GoProblems {
        expr(e);
        convertTop(typeOf(e), target);
    }

    /** Converts the top of the stack from a value of {@code from} to an assignment to {@code to}. */
    void convertTop(Type from, Type to) {
        if (to == null || from == null || !Values.isIface(to) || Values.isIface(from)) {
            return;
        }
        if (from instanceof Type.Basic b && b.kind() == BasicKind.UNTYPED_NIL) {
            return;
        }
        Type dyn = defaulted(from);
        fc.emit((m, f) -> f.push(new Iface(dyn, f.pop())));
    }

    /** Pushes the value of {@code e}; a struct read from a variable, field or element is copied. */
    void expr(Expr e) throws GoProblems {
        TypeInfo.TypeAndValue tv = fc.c.info.typeOf(e);
        if (tv != null && tv.kind() == TypeInfo.Kind.CONSTANT && tv.value() != null) {
            fc.push(Values.constant(tv.value(), tv.type()));
            return;
        }
        if (isLocation(e) && tv != null && tv.type() != null && Values.isStruct(tv.type())) {
            ref(e);
            fc.emit((m, f) -> {
                Object v = f.pop();
                if (v == null) {
                    throw GoPanic.runtime("invalid memory address or nil pointer dereference");
                }
                f.push(((StructVal) v).copy());
            });
            return;
        }
        fc.at(e.pos());
        if (e instanceof Expr.Ident id) {
            ident(id);
        } else if (e instanceof Expr.BasicLit l) {
            fc.push(Values.constant(l.value() instanceof Integer i
                ? java.math.BigInteger.valueOf(i) : l.value(), typeOf(e)));
        } else if (e instanceof Expr.Paren p) {
            expr(p.x());
        } else if (e instanceof Expr.FuncLit fl) {
            funcLit(fl);
        } else if (e instanceof Expr.CompositeLit cl) {
            new Composites(fc).literal(cl, typeOf(cl));
        } else if (e instanceof Expr.Selector s) {
            selector(s);
        } else if (e instanceof Expr.Index ix) {
            index(ix);
        } else if (e instanceof Expr.SliceExpr se) {
            new Composites(fc).slice(se);
        } else if (e instanceof Expr.Call call) {
            fc.calls.call(call);
        } else if (e instanceof Expr.Star st) {
            expr(st.x());
            nilCheck();
        } else if (e instanceof Expr.Unary u) {
            unary(u);
        } else if (e instanceof Expr.Binary b) {
            binary(b);
        } else {
            throw fc.unsupported(e.pos(), "this expression");
        }
    }

    private boolean isLocation(Expr e) {
        e = unparen(e);
        return (e instanceof Expr.Ident id && fc.varOf(id) != null)
                || (e instanceof Expr.Index ix && typeOf(ix.x()).underlying() instanceof Type.Slice)
                || e instanceof Expr.Star || (e instanceof Expr.Selector s
                && fc.c.info.selectionOf(s) != null
                && fc.c.info.selectionOf(s).kind() == Types.Selection.Kind.FIELD);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    void nilCheck() {
        fc.emit((m, f) -> {
            if (f.peek() == null) {
                throw GoPanic.runtime("invalid memory address or nil pointer dereference");
            }
        });
    }

    /** Pushes the struct object {@code e} denotes, without copying it (for &x, fields, pointer receivers). */
    void ref(Expr e) throws GoProblems {
        e = unparen(e);
        fc.at(e.pos());
        if (e instanceof Expr.Ident id && fc.varOf(id) != null) {
            fc.load(fc.varOf(id));
        } else if (e instanceof Expr.Selector s && fc.c.info.selectionOf(s) != null
                && fc.c.info.selectionOf(s).kind() == Types.Selection.Kind.FIELD) {
            field(s);
        } else if (e instanceof Expr.Index ix && typeOf(ix.x()).underlying() instanceof Type.Slice) {
            expr(ix.x());
            expr(ix.indices().get(0));
            fc.emit((m, f) -> {
                long i = f.popLong();
                SliceVal sv = (SliceVal) f.pop();
                f.push(sv == null ? new SliceVal(new Object[0], 0, 0, 0).get(i) : sv.get(i));
            });
        } else if (e instanceof Expr.Star st) {
            expr(st.x());
            nilCheck();
        } else {
            expr(e);
        }
    }

    private void ident(Expr.Ident id) throws GoProblems {
        Obj o = fc.c.info.objectOf(id);
        if (o instanceof Obj.Nil) {
            fc.push(null);
        } else if (o instanceof Obj.Var v) {
            fc.load(v);
        } else if (o instanceof Obj.Func fn && fc.c.funcs.containsKey(fn)) {
            fc.push(new Funcs.Closure(fc.c.funcs.get(fn), Values.NONE));
        } else if (o instanceof Obj.Const k) {
            fc.push(Values.constant(k.value(), k.type()));
        } else {
            throw fc.unsupported(id.pos(), "this use of " + id.name());
        }
    }

    private void funcLit(Expr.FuncLit fl) throws GoProblems {
        String name = fc.outer == null ? fc.code.name + ".func" + (++fc.closures)
                : fc.code.name + "." + (++fc.closures);
        Code code = new Code(name);
        FnCompiler child = new FnCompiler(fc.c, fc, code);
        child.function(null, fl.type(), fl.body());
        int n = child.freeVars.size();
        for (Obj.Var v : child.freeVars) {
            fc.pushCell(v);
        }
        fc.at(fl.pos());
        if (n == 0) {
            fc.push(new Funcs.Closure(code, Values.NONE));
            return;
        }
        fc.emit((m, f) -> {
            Object[] cells = new Object[n];
            for (int i = n - 1; i >= 0; i--) {
                cells[i] = f.pop();
            }
            f.push(new Funcs.Closure(code, cells));
        });
    }

    // ---- selectors

    private void selector(Expr.Selector s) throws GoProblems {
        if (s.x() instanceof Expr.Ident pid && fc.c.info.objectOf(pid) instanceof Obj.PkgName pn) {
            String path = pn.imported().path();
            String name = s.sel().name();
            if (path.equals("context") && name.equals("Canceled")) {
                fc.push(GoError.CANCELED);
            } else if (path.equals("context") && name.equals("DeadlineExceeded")) {
                fc.push(GoError.DEADLINE);
            } else {
                Funcs.Native n = Std.function(path, name);
                if (n == null) {
                    throw fc.unsupported(s.pos(), path + "." + name + " as a value");
                }
                fc.push(n);
            }
            return;
        }
        Types.Selection sel = fc.c.info.selectionOf(s);
        if (sel == null) {
            throw fc.unsupported(s.pos(), "this selector");
        }
        switch (sel.kind()) {
            case FIELD -> field(s);
            case METHOD -> {
                fc.calls.receiver(s, sel);
                Object fn = fc.calls.methodFunction(s, sel);
                fc.emit((m, f) -> f.push(new Funcs.Bound(fn, f.pop())));
            }
            default -> {
                expr(s.x());
                String name = s.sel().name();
                fc.emit((m, f) -> {
                    Object recv = f.pop();
                    f.push((Funcs.Native) (mm, caller, args) -> Dispatch.call(mm, caller, recv, name, args));
                });
            }
        }
    }

    /** Pushes field {@code s} of its struct (not copied). */
    void field(Expr.Selector s) throws GoProblems {
        Type xt = typeOf(s.x());
        String std = Values.stdName(xt);
        String name = s.sel().name();
        if (std != null) {
            expr(s.x());
            nilCheck();
            if (name.equals("C")) {
                fc.emit((m, f) -> f.push(((dev.podium.world.goruntime.rt.Timer) f.pop()).channel()));
            } else if (name.equals("L")) {
                fc.emit((m, f) -> f.push(((dev.podium.world.goruntime.rt.Cond) f.pop()).locker()));
            } else {
                throw fc.unsupported(s.pos(), "field " + name + " of " + std);
            }
            return;
        }
        Type st = xt.underlying() instanceof Type.Pointer p ? p.elem() : xt;
        int idx = fieldIndex(st, name);
        if (xt.underlying() instanceof Type.Pointer) {
            expr(s.x());
        } else {
            ref(s.x());
        }
        fc.at(s.sel().pos());
        fc.emit((m, f) -> {
            Object o = f.pop();
            if (o == null) {
                throw GoPanic.runtime("invalid memory address or nil pointer dereference");
            }
            f.push(((StructVal) o).f[idx]);
        });
    }

    static int fieldIndex(Type st, String name) {
        List<Type.FieldT> fs = ((Type.Struct) st.underlying()).fields();
        for (int i = 0; i < fs.size(); i++) {
            if (fs.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no field " + name);
    }

    // ---- index

    private void index(Expr.Index ix) throws GoProblems {
        Type xt = typeOf(ix.x()).underlying();
        if (xt instanceof Type.MapT mt) {
            expr(ix.x());
            exprAs(ix.indices().get(0), mt.key());
            Type vt = mt.value();
            fc.emit((m, f) -> {
                Object k = f.pop();
                MapVal mv = (MapVal) f.pop();
                Object v = mv == null ? null : mv.m.get(k);
                f.push(v != null || (mv != null && mv.m.containsKey(k)) ? Values.copyIfStruct(v) : Values.zero(vt));
            });
            return;
        }
        expr(ix.x());
        expr(ix.indices().get(0));
        if (Values.isString(Values.kind(xt))) {
            fc.emit((m, f) -> {
                long i = f.popLong();
                String s = (String) f.pop();
                if (i < 0 || i >= s.length()) {
                    throw GoPanic.runtime("index out of range [" + i + "] with length " + s.length());
                }
                f.push((long) s.charAt((int) i));
            });
            return;
        }
        fc.emit((m, f) -> {
            long i = f.popLong();
            SliceVal sv = (SliceVal) f.pop();
            if (sv == null) {
                throw GoPanic.runtime("index out of range [" + i + "] with length 0");
            }
            f.push(sv.get(i));
        });
    }

    // ---- operators

    private void unary(Expr.Unary u) throws GoProblems {
        Type t = typeOf(u);
        switch (u.op()) {
            case ADD -> expr(u.x());
            case SUB -> {
                expr(u.x());
                BasicKind k = Values.kind(t);
                if (Values.isFloat(k)) {
                    fc.emit((m, f) -> f.push(-(Double) f.pop()));
                } else {
                    fc.emit((m, f) -> f.push(Values.wrap(-f.popLong(), k)));
                }
            }
            case NOT -> {
                expr(u.x());
                fc.emit((m, f) -> f.push(!(Boolean) f.pop()));
            }
            case XOR -> {
                expr(u.x());
                BasicKind k = Values.kind(t);
                fc.emit((m, f) -> f.push(Values.wrap(~f.popLong(), k)));
            }
            case AND -> {
                Expr x = unparen(u.x());
                if (x instanceof Expr.CompositeLit) {
                    expr(x);
                } else {
                    ref(x);
                }
            }
            case ARROW -> {
                expr(u.x());
                Type elem = ((Type.Chan) typeOf(u.x()).underlying()).elem();
                recv(elem, false);
            }
            default -> throw fc.unsupported(u.pos(), "operator " + u.op().spelling());
        }
    }

    /** With a channel on the stack, receives from it: pushes the value (and ok when {@code commaOk}). */
    void recv(Type elem, boolean commaOk) {
        Object z = Values.zero(elem);
        boolean fresh = !(z == null || z instanceof Long || z instanceof Double || z instanceof String
                || z instanceof Boolean);
        fc.emit((m, f) -> m.call(new Op.Recv(f.line(), (Hchan) f.pop(), fresh ? Values.zero(elem) : z),
                commaOk ? Machine.A_RECV2 : Machine.A_RECV));
    }

    private void binary(Expr.Binary b) throws GoProblems {
        if (b.op() == TokenKind.LAND || b.op() == TokenKind.LOR) {
            FnCompiler.Label end = new FnCompiler.Label();
            expr(b.x());
            fc.emit((m, f) -> {
                boolean v = (Boolean) f.peek();
                if (v == (b.op() == TokenKind.LOR)) {
                    f.pc = end.pc;
                } else {
                    f.pop();
                }
            });
            expr(b.y());
            fc.mark(end);
            return;
        }
        Type xt = typeOf(b.x());
        Type yt = typeOf(b.y());
        boolean cmp = b.op() == TokenKind.EQL || b.op() == TokenKind.NEQ;
        if (cmp && Values.isIface(xt) != Values.isIface(yt) && !isNil(xt) && !isNil(yt)) {
            Type it = Values.isIface(xt) ? xt : yt;
            exprAs(b.x(), it);
            exprAs(b.y(), it);
            fc.at(b.opPos());
            fc.emit(Ops.equality(b.op(), it));
            return;
        }
        expr(b.x());
        expr(b.y());
        fc.at(b.opPos());
        Type opType = isNil(xt) ? yt : xt;
        fc.emit(Ops.binary(b.op(), defaulted(opType)));
    }

    private static boolean isNil(Type t) {
        return t instanceof Type.Basic bt && bt.kind() == BasicKind.UNTYPED_NIL;
    }
}
