package dev.podium.world.goruntime.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The builtin functions, with the go tool's messages for their misuse. */
final class Builtins {

    private final Checker c;

    Builtins(Checker c) {
        this.c = c;
    }

    private static int arity(Obj.BuiltinId id) {
        return switch (id) {
            case COPY, DELETE -> 2;
            case PRINT, PRINTLN, RECOVER -> 0;
            default -> 1;
        };
    }

    private static boolean variadic(Obj.BuiltinId id) {
        return switch (id) {
            case APPEND, MAKE, MAX, MIN, PRINT, PRINTLN -> true;
            default -> false;
        };
    }

    Operand call(Expr.Call e, Obj.Builtin b) {
        Obj.BuiltinId id = b.id();
        int n = e.args().size();
        if (e.hasDots() && id != Obj.BuiltinId.APPEND) {
            c.error(e.args().get(n - 1).pos(), "invalid operation: invalid use of ... with built-in " + b.name());
            e.args().forEach(a -> c.exprs.raw(a, null));
            return Operand.invalid(e);
        }
        String msg = n < arity(id) ? "not enough" : (!variadic(id) && n > arity(id)) ? "too many" : null;
        if (msg != null) {
            Pos at = n < arity(id) ? e.rparen() : e.args().get(arity(id)).pos();
            if (id != Obj.BuiltinId.MAKE && id != Obj.BuiltinId.NEW) {
                e.args().forEach(a -> c.exprs.raw(a, null));
            }
            c.error(at, "invalid operation: " + msg + " arguments for " + ExprPrinter.print(e) + " (expected "
                    + arity(id) + ", found " + n + ")");
            return Operand.invalid(e);
        }
        return switch (id) {
            case LEN, CAP -> lenCap(e, b);
            case MAKE -> make(e);
            case NEW -> {
                Type t = c.types.typExpr(e.args().get(0));
                if (!Types.isValid(t)) {
                    yield Operand.invalid(e);
                }
                if (!c.std && !(t.underlying() instanceof Type.Struct)) {
                    c.unsupported(e.pos(), "a pointer to a non-struct type (*" + t + ")");
                    yield Operand.invalid(e);
                }
                yield Operand.of(Operand.Mode.VALUE, e, new Type.Pointer(t));
            }
            case APPEND -> append(e);
            case CLOSE -> close(e);
            case DELETE -> delete(e);
            case PANIC -> {
                c.assign.convert(c.exprs.expr(e.args().get(0)), Types.ANY, "argument to panic");
                yield Operand.of(Operand.Mode.NOVALUE, e, null);
            }
            case RECOVER -> Operand.of(Operand.Mode.VALUE, e, Types.ANY);
            case PRINT, PRINTLN -> {
                for (Expr a : e.args()) {
                    c.assign.convert(c.exprs.expr(a), null, "argument to built-in " + b.name());
                }
                yield Operand.of(Operand.Mode.NOVALUE, e, null);
            }
            case COPY -> copy(e);
            case MIN, MAX -> minMax(e, b);
            case CLEAR -> {
                Operand x = c.exprs.expr(e.args().get(0));
                if (!x.invalid() && !(x.type().underlying() instanceof Type.MapT)
                        && !(x.type().underlying() instanceof Type.Slice)) {
                    c.error(x.expr().pos(), "invalid argument: " + x + " must be a map or slice");
                }
                yield Operand.of(Operand.Mode.NOVALUE, e, null);
            }
            default -> {
                c.unsupported(e.pos(), "the built-in " + b.name() + " (complex numbers)");
                yield Operand.invalid(e);
            }
        };
    }

    private Operand lenCap(Expr.Call e, Obj.Builtin b) {
        Operand x = c.exprs.expr(e.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        Type u = x.type().underlying();
        boolean isLen = b.id() == Obj.BuiltinId.LEN;
        if (Types.isString(u) && isLen) {
            if (x.mode() == Operand.Mode.CONSTANT) {
                int bytes = ((String) x.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                return Operand.constant(e, Types.INT, BigInteger.valueOf(bytes));
            }
            return Operand.of(Operand.Mode.VALUE, e, Types.INT);
        }
        if (u instanceof Type.Slice || u instanceof Type.Chan || (u instanceof Type.MapT && isLen)) {
            return Operand.of(Operand.Mode.VALUE, e, Types.INT);
        }
        if (u instanceof Type.Array a) {
            return Operand.constant(e, Types.INT, BigInteger.valueOf(a.len()));
        }
        c.error(x.expr().pos(), "invalid argument: " + x + " for built-in " + b.name());
        return Operand.invalid(e);
    }

    private Operand make(Expr.Call e) {
        Type t = c.types.typExpr(e.args().get(0));
        List<Expr> sizes = e.args().subList(1, e.args().size());
        if (!Types.isValid(t)) {
            sizes.forEach(c.exprs::expr);
            return Operand.invalid(e);
        }
        Type u = t.underlying();
        int min;
        if (u instanceof Type.Slice) {
            min = 2;
        } else if (u instanceof Type.MapT || u instanceof Type.Chan) {
            min = 1;
        } else {
            sizes.forEach(c.exprs::expr);
            c.error(e.args().get(0).pos(), "invalid argument: cannot make " + ExprPrinter.print(e.args().get(0))
                    + "; type must be slice, map, or channel");
            return Operand.invalid(e);
        }
        int n = e.args().size();
        if (n < min || n > min + 1) {
            c.error(e.pos(), "invalid operation: " + ExprPrinter.print(e) + " expects " + min + " or " + (min + 1)
                    + " arguments; found " + n);
            return Operand.invalid(e);
        }
        List<BigInteger> consts = new ArrayList<>();
        for (Expr s : sizes) {
            c.exprs.checkIndex(s, "index");
            TypeInfo.TypeAndValue tv = c.info.typeOf(s);
            if (tv != null && tv.value() instanceof BigInteger v) {
                consts.add(v);
            }
        }
        if (consts.size() == 2 && consts.get(0).compareTo(consts.get(1)) > 0) {
            c.error(sizes.get(0).pos(), "invalid argument: length and capacity swapped");
        }
        return Operand.of(Operand.Mode.VALUE, e, t);
    }

    private Operand append(Expr.Call e) {
        Operand s = c.exprs.expr(e.args().get(0));
        if (s.invalid()) {
            e.args().subList(1, e.args().size()).forEach(c.exprs::expr);
            return Operand.invalid(e);
        }
        if (!(s.type().underlying() instanceof Type.Slice sl)) {
            e.args().subList(1, e.args().size()).forEach(c.exprs::expr);
            c.error(s.expr().pos(), "first argument to append must be a slice; have " + (s.isNil() ? "untyped nil" : s));
            return Operand.invalid(e);
        }
        if (e.hasDots()) {
            if (e.args().size() != 2) {
                c.error(e.pos(), "invalid operation: not enough arguments for " + ExprPrinter.print(e));
                return Operand.invalid(e);
            }
            Operand t = c.exprs.expr(e.args().get(1));
            if (!t.invalid() && !(Types.kind(sl.elem()) == BasicKind.UINT8 && Types.isString(t.type()))) {
                c.assign.convert(t, s.type(), "argument to append");
            }
        } else {
            for (Expr a : e.args().subList(1, e.args().size())) {
                c.assign.convert(c.exprs.exprWithHint(a, sl.elem()), sl.elem(), "argument to append");
            }
        }
        return Operand.of(Operand.Mode.VALUE, e, s.type());
    }

    private Operand close(Expr.Call e) {
        Operand x = c.exprs.expr(e.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        if (!(x.type().underlying() instanceof Type.Chan ch)) {
            c.error(x.expr().pos(), "invalid operation: cannot close non-channel " + x);
            return Operand.invalid(e);
        }
        if (ch.dir() == Expr.ChanDir.RECV) {
            c.error(x.expr().pos(), "invalid operation: cannot close receive-only channel " + x);
            return Operand.invalid(e);
        }
        return Operand.of(Operand.Mode.NOVALUE, e, null);
    }

    private Operand delete(Expr.Call e) {
        Operand m = c.exprs.expr(e.args().get(0));
        Operand k = c.exprs.expr(e.args().get(1));
        if (m.invalid() || k.invalid()) {
            return Operand.invalid(e);
        }
        if (!(m.type().underlying() instanceof Type.MapT mt)) {
            c.error(m.expr().pos(), "invalid argument: " + m + " is not a map");
            return Operand.invalid(e);
        }
        c.assign.convert(k, mt.key(), "argument to delete");
        return Operand.of(Operand.Mode.NOVALUE, e, null);
    }

    private Operand copy(Expr.Call e) {
        Operand dst = c.exprs.expr(e.args().get(0));
        Operand src = c.exprs.expr(e.args().get(1));
        if (dst.invalid() || src.invalid()) {
            return Operand.invalid(e);
        }
        if (!(dst.type().underlying() instanceof Type.Slice)) {
            c.error(dst.expr().pos(), "invalid argument: copy expects slice arguments; found " + dst + " and " + src);
            return Operand.invalid(e);
        }
        return Operand.of(Operand.Mode.VALUE, e, Types.INT);
    }

    private Operand minMax(Expr.Call e, Obj.Builtin b) {
        Operand acc = null;
        for (Expr a : e.args()) {
            Operand x = c.exprs.expr(a);
            if (x.invalid()) {
                return Operand.invalid(e);
            }
            BasicKind k = Types.kind(x.type());
            if (k == null || !k.isOrdered()) {
                c.error(x.expr().pos(), "invalid argument: " + x + " cannot be ordered");
                return Operand.invalid(e);
            }
            if (acc == null) {
                acc = x;
                continue;
            }
            Operand[] xy = c.exprs.binary().matchTypes(acc, x);
            if (xy == null) {
                return Operand.invalid(e);
            }
            if (!Types.identical(xy[0].type(), xy[1].type())) {
                c.error(x.expr().pos(), "invalid argument: mismatched types " + xy[0].type() + " (previous argument) and "
                        + xy[1].type() + " (type of " + ExprPrinter.print(a) + ")");
                return Operand.invalid(e);
            }
            if (xy[0].mode() == Operand.Mode.CONSTANT && xy[1].mode() == Operand.Mode.CONSTANT) {
                boolean less = Constants.compare(TokenKind.LSS, xy[1].value(), xy[0].value());
                boolean pick = b.id() == Obj.BuiltinId.MIN ? less : !less && !xy[1].value().equals(xy[0].value());
                acc = Operand.constant(e, xy[0].type(), pick ? xy[1].value() : xy[0].value());
            } else {
                acc = Operand.of(Operand.Mode.VALUE, e, xy[0].type());
            }
        }
        return acc.withExpr(e);
    }
}
