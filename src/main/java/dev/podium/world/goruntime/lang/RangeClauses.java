package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The clause of {@code for k, v := range x}: what x may be (an integer, slice, string, map or channel) and what
 * the iteration variables get. Opens the loop's scope, which the caller closes after the body.
 */
final class RangeClauses {

    private final Checker c;

    RangeClauses(Checker c) {
        this.c = c;
    }

    void check(Stmt.Range r) {
        Operand x = c.exprs.expr(r.x());
        Type key = Types.INVALID;
        Type value = null;
        boolean one = false;
        if (!x.invalid()) {
            Type u = x.type().underlying();
            if (Types.isString(u)) {
                key = Types.INT;
                value = Types.RUNE;
            } else if (Types.isInteger(u)) {
                key = Types.isUntyped(x.type()) ? Types.INT : x.type();
                one = true;
                if (Types.isUntyped(x.type())) {
                    c.assign.convert(x, Types.INT, "range clause");
                }
            } else if (u instanceof Type.Slice s) {
                key = Types.INT;
                value = s.elem();
            } else if (u instanceof Type.Array a) {
                key = Types.INT;
                value = a.elem();
            } else if (u instanceof Type.MapT m) {
                key = m.key();
                value = m.value();
            } else if (u instanceof Type.Chan ch) {
                key = ch.elem();
                one = true;
                if (ch.dir() == Expr.ChanDir.SEND) {
                    c.error(r.x().pos(), "cannot range over " + x + " (receive from send-only channel)");
                    key = Types.INVALID;
                }
            } else if (u instanceof Type.Signature) {
                c.unsupported(r.x().pos(), "range over a function (an iterator)");
            } else {
                c.error(r.x().pos(), "cannot range over " + x);
            }
        }
        if (one && r.value() != null) {
            c.error(r.value().pos(), "range over " + x + " permits only one iteration variable");
            value = Types.INVALID;
        }
        if (!Types.isValid(key)) {
            value = Types.INVALID;
        }
        c.openScope(false);
        if (r.tok() == null) {
            return;
        }
        Expr[] lhs = {r.key(), r.value()};
        Type[] types = {key, value == null ? Types.INVALID : value};
        if (r.tok() == TokenKind.DEFINE) {
            List<Obj.Var> vars = new ArrayList<>();
            List<Expr.Ident> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                if (!(lhs[i] instanceof Expr.Ident id)) {
                    c.error(lhs[i].pos(), "non-name " + ExprPrinter.print(lhs[i]) + " on left side of :=");
                    continue;
                }
                Obj.Var v = new Obj.Var(id.name(), id.pos(), types[i], false, c.pkgPath);
                c.info.recordDef(id, v);
                if (!id.name().equals("_")) {
                    vars.add(v);
                    ids.add(id);
                }
            }
            if (vars.isEmpty() && lhs[0] instanceof Expr.Ident) {
                c.error(r.pos(), "no new variables on left side of :=");
            }
            for (int i = 0; i < vars.size(); i++) {
                c.declare(ids.get(i), vars.get(i));
            }
            return;
        }
        for (int i = 0; i < 2; i++) {
            if (lhs[i] != null) {
                Type t = c.assign.lhsVar(lhs[i]);
                if (Types.isValid(types[i])) {
                    c.assign.assignTo(t, Operand.of(Operand.Mode.VALUE, lhs[i], types[i]), "range clause");
                }
            }
        }
    }
}
