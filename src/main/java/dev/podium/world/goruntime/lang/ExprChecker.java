package dev.podium.world.goruntime.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks expressions: names, literals, closures, selectors, index and slice expressions, indirections, unary
 * operators; binary operators are in {@link BinaryOps}, composite literals in {@link CompositeLits}, calls in
 * {@link CallChecker}. Every result is recorded in the {@link TypeInfo}.
 */
final class ExprChecker {

    private final Checker c;
    private final BinaryOps binary;
    private final CompositeLits literals;

    ExprChecker(Checker c) {
        this.c = c;
        this.binary = new BinaryOps(c);
        this.literals = new CompositeLits(c);
    }

    BinaryOps binary() {
        return binary;
    }

    /** A single value: not a type, a builtin, nothing, or several values. */
    Operand expr(Expr e) {
        Operand x = raw(e, null);
        if (x.mode() == Operand.Mode.NOVALUE) {
            c.error(e.pos(), x + " used as value");
            return Operand.invalid(e);
        }
        if (x.mode() == Operand.Mode.BUILTIN) {
            c.error(e.pos(), x + " must be called");
            return Operand.invalid(e);
        }
        if (x.mode() == Operand.Mode.TYPEXPR) {
            c.error(e.pos(), x + " is not an expression");
            return Operand.invalid(e);
        }
        return singleValue(x);
    }

    /** Like {@link #expr} for a composite literal element whose type may be elided. */
    Operand exprWithHint(Expr e, Type hint) {
        if (e instanceof Expr.CompositeLit lit && lit.type() == null) {
            return record(literals.literal(lit, hint));
        }
        return expr(e);
    }

    /** An expression or a type (the function of a call, the operand of a selector). */
    Operand exprOrType(Expr e) {
        Operand x = raw(e, null);
        if (x.mode() == Operand.Mode.NOVALUE) {
            c.error(e.pos(), x + " used as value or type");
            return Operand.invalid(e);
        }
        return x.mode() == Operand.Mode.VALUE && x.type() instanceof Type.Tuple ? singleValue(x) : x;
    }

    Operand singleValue(Operand x) {
        if (x.mode() == Operand.Mode.VALUE && x.type() instanceof Type.Tuple) {
            c.error(x.expr().pos(), "multiple-value " + x + " in single-value context");
            return Operand.invalid(x.expr());
        }
        return x;
    }

    /**
     * The values of an expression that may have several: a call's results, or a comma-ok expression's value and
     * boolean when {@code commaOk}. Empty only for an invalid operand.
     */
    List<Operand> multi(Expr e, boolean commaOk) {
        Operand x = raw(e, null);
        List<Operand> out = new ArrayList<>();
        if (x.invalid()) {
            out.add(x);
            return out;
        }
        if (x.mode() == Operand.Mode.VALUE && x.type() instanceof Type.Tuple t) {
            for (Type ti : t.types()) {
                out.add(Operand.of(Operand.Mode.VALUE, e, ti));
            }
            return out;
        }
        if (commaOk && (x.mode() == Operand.Mode.COMMAOK || x.mode() == Operand.Mode.MAPINDEX)) {
            out.add(x);
            out.add(Operand.of(Operand.Mode.VALUE, e, Types.UNTYPED_BOOL));
            return out;
        }
        Operand y = expr(e);
        out.add(y);
        return out;
    }

    /** What an already checked expression was, without checking it again. */
    Operand peek(Expr e) {
        TypeInfo.TypeAndValue tv = c.info.typeOf(e);
        if (tv == null) {
            return Operand.invalid(e);
        }
        Operand.Mode m = switch (tv.kind()) {
            case MAP_INDEX -> Operand.Mode.MAPINDEX;
            case VARIABLE -> Operand.Mode.VARIABLE;
            default -> Operand.Mode.VALUE;
        };
        return Operand.of(m, e, tv.type());
    }

    Operand record(Operand x) {
        if (x.expr() != null) {
            c.info.recordType(x.expr(), x.mode(), x.type(), x.value());
        }
        return x;
    }

    /** Checks any expression; {@code hint} types an elided composite literal. */
    Operand raw(Expr e, Type hint) {
        return record(dispatch(e, hint));
    }

    private Operand dispatch(Expr e, Type hint) {
        if (e instanceof Expr.Ident id) {
            return ident(id);
        }
        if (e instanceof Expr.BasicLit l) {
            return basicLit(l);
        }
        if (e instanceof Expr.CompositeLit lit) {
            return literals.literal(lit, hint);
        }
        if (e instanceof Expr.FuncLit f) {
            Type.Signature sig = c.types.signature(f.type());
            c.stmts.funcLit(sig, f);
            return Operand.of(Operand.Mode.VALUE, e, sig);
        }
        if (e instanceof Expr.Paren p) {
            Operand x = raw(p.x(), hint);
            return x.withExpr(e);
        }
        if (e instanceof Expr.Selector s) {
            return selector(s, true);
        }
        if (e instanceof Expr.Index ix) {
            return index(ix);
        }
        if (e instanceof Expr.SliceExpr s) {
            return slice(s);
        }
        if (e instanceof Expr.TypeAssert ta) {
            raw(ta.x(), null);
            if (ta.type() == null) {
                c.error(ta.pos(), "use of .(type) outside type switch");
            } else {
                c.unsupported(ta.pos(), "a type assertion");
            }
            return Operand.invalid(e);
        }
        if (e instanceof Expr.Call call) {
            return c.calls.call(call);
        }
        if (e instanceof Expr.Star s) {
            return star(s);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u);
        }
        if (e instanceof Expr.Binary b) {
            return binary.binary(b, b.x(), b.y(), b.op());
        }
        if (e instanceof Expr.KeyValue kv) {
            c.error(kv.pos(), "unexpected key:value expression");
            return Operand.invalid(e);
        }
        if (e instanceof Expr.Ellipsis) {
            c.error(e.pos(), "invalid use of ...");
            return Operand.invalid(e);
        }
        Type t = c.types.typExpr(e);
        return Types.isValid(t) ? Operand.of(Operand.Mode.TYPEXPR, e, t) : Operand.invalid(e);
    }

    private Operand ident(Expr.Ident id) {
        if (id.name().equals("_")) {
            c.error(id.pos(), "cannot use _ as value");
            return Operand.invalid(id);
        }
        Obj o = c.lookup(id.name());
        if (o == null) {
            c.error(id.pos(), "undefined: " + id.name());
            return Operand.invalid(id);
        }
        c.info.recordUse(id, o);
        c.decls.resolve(o);
        if (o instanceof Obj.Var v) {
            v.used = true;
            if (v.type == null) {
                c.error(id.pos(), "initialization cycle or refers to itself: " + id.name());
                return Operand.invalid(id);
            }
            return Types.isValid(v.type) ? Operand.of(Operand.Mode.VARIABLE, id, v.type) : Operand.invalid(id);
        }
        if (o instanceof Obj.Const k) {
            if (o == Universe.IOTA) {
                if (c.iota == null) {
                    c.error(id.pos(), "cannot use iota outside constant declaration");
                    return Operand.invalid(id);
                }
                return Operand.constant(id, Types.UNTYPED_INT, c.iota);
            }
            if (k.type == null) {
                c.error(id.pos(), "initialization cycle or refers to itself: " + id.name());
                return Operand.invalid(id);
            }
            return Types.isValid(k.type) ? Operand.constant(id, k.type, k.value) : Operand.invalid(id);
        }
        if (o instanceof Obj.TypeName) {
            Type t = c.types.typExpr(id);
            return Types.isValid(t) ? Operand.of(Operand.Mode.TYPEXPR, id, t) : Operand.invalid(id);
        }
        if (o instanceof Obj.Func f) {
            return f.sig == null ? Operand.invalid(id) : Operand.of(Operand.Mode.VALUE, id, f.sig);
        }
        if (o instanceof Obj.Builtin b) {
            if (b.id() == Obj.BuiltinId.COMPLEX || b.id() == Obj.BuiltinId.REAL || b.id() == Obj.BuiltinId.IMAG) {
                c.unsupported(id.pos(), "the built-in " + b.name() + " (complex numbers)");
                return Operand.invalid(id);
            }
            return new Operand(Operand.Mode.BUILTIN, id, null, null, b);
        }
        if (o instanceof Obj.Nil) {
            return Operand.of(Operand.Mode.VALUE, id, Types.UNTYPED_NIL);
        }
        c.error(id.pos(), "use of package " + id.name() + " not in selector");
        return Operand.invalid(id);
    }

    private Operand basicLit(Expr.BasicLit l) {
        return switch (l.kind()) {
            case INT -> Operand.constant(l, Types.UNTYPED_INT, l.value());
            case FLOAT -> Operand.constant(l, Types.UNTYPED_FLOAT, l.value());
            case CHAR -> Operand.constant(l, Types.UNTYPED_RUNE, BigInteger.valueOf((Integer) l.value()));
            default -> Operand.constant(l, Types.UNTYPED_STRING, l.value());
        };
    }

    /** {@code x.sel}: a package member, a field or a method; {@code allowType} for {@code pkg.Type}. */
    Operand selector(Expr.Selector s, boolean allowType) {
        String name = s.sel().name();
        if (s.x() instanceof Expr.Ident id && c.lookup(id.name()) instanceof Obj.PkgName pn) {
            pn.used = true;
            c.info.recordUse(id, pn);
            if (pn.refused) {
                return Operand.invalid(s);
            }
            Obj m = pn.imported.members().get(name);
            if (m == null || !exported(name)) {
                c.error(s.sel().pos(), m == null ? "undefined: " + ExprPrinter.print(s)
                        : "name " + name + " not exported by package " + pn.imported.name());
                return Operand.invalid(s);
            }
            c.info.recordUse(s.sel(), m);
            if (m instanceof Obj.TypeName tn) {
                return Operand.of(Operand.Mode.TYPEXPR, s, tn.type);
            }
            if (m instanceof Obj.Func f) {
                return Operand.of(Operand.Mode.VALUE, s, f.sig);
            }
            if (m instanceof Obj.Var v) {
                return Operand.of(Operand.Mode.VARIABLE, s, v.type);
            }
            Obj.Const k = (Obj.Const) m;
            return Operand.constant(s, k.type, k.value);
        }
        Operand x = exprOrType(s.x());
        if (x.invalid()) {
            return Operand.invalid(s);
        }
        if (x.mode() == Operand.Mode.TYPEXPR) {
            c.unsupported(s.pos(), "a method expression (" + ExprPrinter.print(s) + ")");
            return Operand.invalid(s);
        }
        if (x.mode() == Operand.Mode.BUILTIN) {
            c.error(s.x().pos(), x + " must be called");
            return Operand.invalid(s);
        }
        Types.Selection sel = Types.lookup(x.type(), name);
        if (sel == null) {
            String hint = Types.caseHint(x.type(), name);
            if (hint != null && foreign(x.type())) {
                // across packages the go tool points to an exported near-miss, or to foo for Foo as unexported
                String alt = hint.substring(hint.indexOf(' ') + 1);
                boolean lowerFirst = exported(name) && alt.equals(Character.toLowerCase(name.charAt(0))
                        + name.substring(1));
                hint = exported(alt) ? hint : lowerFirst ? "unexported " + hint : null;
            }
            c.error(s.sel().pos(), ExprPrinter.print(s) + " undefined (type " + x.type() + " has no field or method "
                    + name + (hint != null ? ", but does have " + hint : "") + ")");
            return Operand.invalid(s);
        }
        if (!exported(name) && foreign(x.type())) {
            c.error(s.sel().pos(), ExprPrinter.print(s) + " undefined (cannot refer to unexported "
                    + (sel.kind() == Types.Selection.Kind.FIELD ? "field " : "method ") + name + ")");
            return Operand.invalid(s);
        }
        c.info.recordSelection(s, sel);
        switch (sel.kind()) {
            case FIELD -> {
                boolean addressable = x.mode() == Operand.Mode.VARIABLE || sel.indirect();
                return Operand.of(addressable ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, s, sel.type());
            }
            case METHOD -> {
                if (sel.method().pointerReceiver() && !sel.indirect() && x.mode() != Operand.Mode.VARIABLE) {
                    c.error(s.pos(), "cannot call pointer method " + name + " on " + x.type());
                    return Operand.invalid(s);
                }
                return Operand.of(Operand.Mode.VALUE, s, sel.type());
            }
            default -> {
                return Operand.of(Operand.Mode.VALUE, s, sel.type());
            }
        }
    }

    private boolean foreign(Type t) {
        Type base = t.underlying() instanceof Type.Pointer p && !(t instanceof Type.Named) ? p.elem() : t;
        return base instanceof Type.Named n && !n.pkg().equals(c.pkgPath) && !n.pkg().isEmpty();
    }

    static boolean exported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    private Operand index(Expr.Index ix) {
        Operand x = exprOrType(ix.x());
        if (x.invalid()) {
            ix.indices().forEach(this::expr);
            return Operand.invalid(ix);
        }
        if (x.mode() == Operand.Mode.TYPEXPR || ix.indices().size() > 1 || x.type() instanceof Type.Signature) {
            c.unsupported(ix.pos(), "generic instantiation");
            return Operand.invalid(ix);
        }
        Expr i = ix.indices().get(0);
        Type u = x.type().underlying();
        if (u instanceof Type.MapT m) {
            Operand k = expr(i);
            c.assign.convert(k, m.key(), "map index");
            return Operand.of(Operand.Mode.MAPINDEX, ix, m.value());
        }
        if (Types.isString(u)) {
            checkIndex(i, "index");
            return Operand.of(Operand.Mode.VALUE, ix, Types.BYTE);
        }
        if (u instanceof Type.Slice sl) {
            checkIndex(i, "index");
            return Operand.of(Operand.Mode.VARIABLE, ix, sl.elem());
        }
        if (u instanceof Type.Array a) {
            checkIndex(i, "index");
            return Operand.of(x.mode() == Operand.Mode.VARIABLE ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, ix,
                    a.elem());
        }
        expr(i);
        c.error(ix.x().pos(), "invalid operation: cannot index " + x);
        return Operand.invalid(ix);
    }

    /** An index or size argument: an integer, not a negative constant. */
    void checkIndex(Expr e, String what) {
        Operand x = expr(e);
        if (x.invalid()) {
            return;
        }
        if (x.mode() == Operand.Mode.CONSTANT && Types.isUntyped(x.type())) {
            x = c.assign.convert(x, Types.INT, what);
            if (x.invalid()) {
                return;
            }
        }
        if (!Types.isInteger(x.type())) {
            c.error(e.pos(), "invalid argument: " + what + " " + x + " must be integer");
            return;
        }
        if (x.mode() == Operand.Mode.CONSTANT && ((BigInteger) x.value()).signum() < 0) {
            c.error(e.pos(), "invalid argument: " + what + " " + x + " must not be negative");
        }
    }

    private Operand slice(Expr.SliceExpr s) {
        Operand x = expr(s.x());
        for (Expr b : new Expr[] {s.lo(), s.hi(), s.max()}) {
            if (b != null) {
                checkIndex(b, "index");
            }
        }
        if (x.invalid()) {
            return Operand.invalid(s);
        }
        Type u = x.type().underlying();
        if (Types.isString(u)) {
            if (s.full()) {
                c.error(s.pos(), "invalid operation: 3-index slice of string");
                return Operand.invalid(s);
            }
            return Operand.of(Operand.Mode.VALUE, s, Types.isUntyped(x.type()) ? Types.STRING : x.type());
        }
        if (u instanceof Type.Slice) {
            return Operand.of(Operand.Mode.VALUE, s, x.type());
        }
        c.error(s.x().pos(), "cannot slice " + x);
        return Operand.invalid(s);
    }

    private Operand star(Expr.Star s) {
        Operand x = exprOrType(s.x());
        if (x.invalid()) {
            return Operand.invalid(s);
        }
        if (x.mode() == Operand.Mode.TYPEXPR) {
            Type t = c.types.typExpr(s);
            return Types.isValid(t) ? Operand.of(Operand.Mode.TYPEXPR, s, t) : Operand.invalid(s);
        }
        if (x.isNil()) {
            c.error(x.expr().pos(), "invalid operation: cannot indirect nil");
            return Operand.invalid(s);
        }
        if (!(x.type().underlying() instanceof Type.Pointer p)) {
            c.error(x.expr().pos(), "invalid operation: cannot indirect " + x);
            return Operand.invalid(s);
        }
        return Operand.of(Operand.Mode.VARIABLE, s, p.elem());
    }

    private Operand unary(Expr.Unary u) {
        if (u.op() == TokenKind.AND) {
            Expr inner = Expr.unparen(u.x());
            Operand x = inner instanceof Expr.CompositeLit ? raw(inner, null) : expr(inner);
            if (x.invalid()) {
                return Operand.invalid(u);
            }
            if (x.mode() != Operand.Mode.VARIABLE && !(inner instanceof Expr.CompositeLit)) {
                c.error(x.expr().pos(), "invalid operation: cannot take address of " + x);
                return Operand.invalid(u);
            }
            if (!c.std && !(x.type().underlying() instanceof Type.Struct)) {
                c.unsupported(u.pos(), "a pointer to a non-struct type (*" + x.type() + ")");
                return Operand.invalid(u);
            }
            return Operand.of(Operand.Mode.VALUE, u, new Type.Pointer(x.type()));
        }
        Operand x = expr(u.x());
        if (x.invalid()) {
            return Operand.invalid(u);
        }
        if (u.op() == TokenKind.ARROW) {
            if (!(x.type().underlying() instanceof Type.Chan ch)) {
                c.error(x.expr().pos(), "invalid operation: cannot receive from non-channel " + x);
                return Operand.invalid(u);
            }
            if (ch.dir() == Expr.ChanDir.SEND) {
                c.error(x.expr().pos(), "invalid operation: cannot receive from send-only channel " + x);
                return Operand.invalid(u);
            }
            return Operand.of(Operand.Mode.COMMAOK, u, ch.elem());
        }
        if (u.op() == TokenKind.TILDE) {
            c.error(u.pos(), "cannot use ~ outside of interface or type constraint");
            return Operand.invalid(u);
        }
        return binary.unaryOp(u, x);
    }
}
