package dev.podium.world.goruntime.lang;

import java.util.HashSet;
import java.util.Set;

/**
 * Composite literals of structs, slices and maps, with elided element types ({@code []Point{{1, 2}}},
 * {@code []*Point{{1, 2}}}) and the go tool's errors ({@code unknown field z in struct literal of type T},
 * {@code too few values in struct literal of type T}, {@code missing key in map literal}).
 */
final class CompositeLits {

    private final Checker c;

    CompositeLits(Checker c) {
        this.c = c;
    }

    Operand literal(Expr.CompositeLit lit, Type hint) {
        Type t;
        if (lit.type() != null) {
            t = c.types.typExpr(lit.type());
        } else if (hint != null) {
            t = hint;
        } else {
            c.error(lit.pos(), "invalid composite literal type: missing type");
            return Operand.invalid(lit);
        }
        if (!Types.isValid(t)) {
            lit.elements().forEach(e -> c.exprs.raw(e instanceof Expr.KeyValue kv ? kv.value() : e, null));
            return Operand.invalid(lit);
        }
        Type base = t;
        boolean pointer = false;
        if (lit.type() == null && t.underlying() instanceof Type.Pointer p) {
            base = p.elem(); // &T elided inside []*T{...}
            pointer = true;
        }
        Type u = base.underlying();
        if (u instanceof Type.Struct s) {
            struct(lit, base, s);
        } else if (u instanceof Type.Slice sl) {
            for (Expr e : lit.elements()) {
                Expr v = e;
                if (e instanceof Expr.KeyValue kv) {
                    c.exprs.checkIndex(kv.key(), "index");
                    v = kv.value();
                }
                c.assign.convert(c.exprs.exprWithHint(v, sl.elem()), sl.elem(), "array or slice literal");
            }
        } else if (u instanceof Type.MapT m) {
            map(lit, m);
        } else {
            c.error(lit.pos(), "invalid composite literal type " + t);
            return Operand.invalid(lit);
        }
        return Operand.of(Operand.Mode.VALUE, lit, pointer ? t : base);
    }

    private void struct(Expr.CompositeLit lit, Type t, Type.Struct s) {
        if (lit.elements().isEmpty()) {
            return;
        }
        boolean foreign = t instanceof Type.Named n && !n.pkg().equals(c.pkgPath) && !n.pkg().isEmpty();
        if (lit.elements().get(0) instanceof Expr.KeyValue) {
            Set<String> seen = new HashSet<>();
            for (Expr e : lit.elements()) {
                if (!(e instanceof Expr.KeyValue kv)) {
                    c.error(e.pos(), "mixture of field:value and value elements in struct literal");
                    c.exprs.expr(e);
                    continue;
                }
                if (!(kv.key() instanceof Expr.Ident key)) {
                    c.error(kv.key().pos(), "invalid field name " + ExprPrinter.print(kv.key())
                            + " in struct literal");
                    c.exprs.expr(kv.value());
                    continue;
                }
                Type.FieldT f = s.field(key.name());
                if (f == null) {
                    c.error(key.pos(), "unknown field " + key.name() + " in struct literal of type " + t);
                    c.exprs.expr(kv.value());
                    continue;
                }
                if (foreign && !ExprChecker.exported(key.name())) {
                    c.error(key.pos(), "cannot refer to unexported field " + key.name() + " in struct literal of type "
                            + t);
                    c.exprs.expr(kv.value());
                    continue;
                }
                if (!seen.add(key.name())) {
                    c.error(key.pos(), "duplicate field name " + key.name() + " in struct literal");
                }
                c.assign.convert(c.exprs.exprWithHint(kv.value(), f.type()), f.type(), "struct literal");
            }
            return;
        }
        int i = 0;
        for (Expr e : lit.elements()) {
            if (e instanceof Expr.KeyValue kv) {
                c.error(kv.pos(), "mixture of field:value and value elements in struct literal");
                c.exprs.expr(kv.value());
                i++;
                continue;
            }
            Operand x = c.exprs.exprWithHint(e, i < s.fields().size() ? s.fields().get(i).type() : null);
            if (i >= s.fields().size()) {
                c.error(e.pos(), "too many values in struct literal of type " + t);
                return;
            }
            Type.FieldT f = s.fields().get(i);
            if (foreign && !ExprChecker.exported(f.name())) {
                c.error(e.pos(), "implicit assignment to unexported field " + f.name() + " in struct literal of type "
                        + t);
            } else {
                c.assign.convert(x, f.type(), "struct literal");
            }
            i++;
        }
        if (i < s.fields().size()) {
            c.error(lit.rbrace(), "too few values in struct literal of type " + t);
        }
    }

    private void map(Expr.CompositeLit lit, Type.MapT m) {
        Set<Object> keys = new HashSet<>();
        for (Expr e : lit.elements()) {
            if (!(e instanceof Expr.KeyValue kv)) {
                c.error(e.pos(), "missing key in map literal");
                c.exprs.expr(e);
                continue;
            }
            Operand k = c.assign.convert(c.exprs.exprWithHint(kv.key(), m.key()), m.key(), "map literal");
            if (!k.invalid() && k.mode() == Operand.Mode.CONSTANT && !keys.add(k.value())) {
                c.error(kv.key().pos(), "duplicate key " + ExprPrinter.print(kv.key()) + " in map literal");
            }
            c.assign.convert(c.exprs.exprWithHint(kv.value(), m.value()), m.value(), "map literal");
        }
    }
}
