package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Stmt;
import dev.podium.world.goruntime.lang.TokenKind;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.rt.Hchan;
import dev.podium.world.goruntime.rt.Op;
import java.util.ArrayList;
import java.util.List;

/** Compiles {@code switch} and {@code select} statements. */
final class Switches {
    private final FnCompiler fc;

    Switches(FnCompiler fc) {
        this.fc = fc;
    }

    void switchStmt(Stmt.Switch sw, String label) throws GoProblems {
        ExprCompiler ex = fc.ex;
        if (sw.init() != null) {
            fc.stmt(sw.init());
        }
        fc.at(sw.pos());
        int tag = -1;
        Type tagType = null;
        if (sw.tag() != null) {
            tagType = ExprCompiler.defaulted(ex.typeOf(sw.tag()));
            ex.exprAs(sw.tag(), tagType);
            tag = fc.temp();
            fc.storeTemp(tag);
        }
        List<Stmt.CaseClause> cs = sw.clauses();
        List<FnCompiler.Label> bodies = new ArrayList<>();
        FnCompiler.Label end = new FnCompiler.Label();
        FnCompiler.Label dflt = end;
        for (Stmt.CaseClause cc : cs) {
            FnCompiler.Label l = new FnCompiler.Label();
            bodies.add(l);
            if (cc.isDefault()) {
                dflt = l;
            }
        }
        for (int i = 0; i < cs.size(); i++) {
            for (Expr e : cs.get(i).exprs()) {
                fc.at(e.pos());
                if (tag >= 0) {
                    fc.loadTemp(tag);
                    ex.exprAs(e, tagType);
                    fc.emit(Ops.equality(TokenKind.EQL, tagType));
                } else {
                    ex.expr(e);
                }
                fc.jumpIfTrue(bodies.get(i));
            }
        }
        fc.jump(dflt);
        fc.pushTarget(label, end, null);
        FnCompiler.Label savedFall = fc.fallthroughTo;
        for (int i = 0; i < cs.size(); i++) {
            fc.mark(bodies.get(i));
            fc.fallthroughTo = i + 1 < cs.size() ? bodies.get(i + 1) : end;
            fc.block(cs.get(i).body());
            fc.jump(end);
        }
        fc.fallthroughTo = savedFall;
        fc.popTarget();
        fc.mark(end);
    }

    void select(Stmt.Select sel, String label) throws GoProblems {
        ExprCompiler ex = fc.ex;
        fc.at(sel.pos());
        List<Stmt.CommClause> cs = new ArrayList<>();
        Stmt.CommClause dfltClause = null;
        for (Stmt.CommClause cc : sel.clauses()) {
            if (cc.comm() == null) {
                dfltClause = cc;
            } else {
                cs.add(cc);
            }
        }
        int k = cs.size();
        boolean[] send = new boolean[k];
        Type[] elems = new Type[k];
        for (int i = 0; i < k; i++) {
            Stmt comm = cs.get(i).comm();
            fc.at(comm.pos());
            if (comm instanceof Stmt.Send s) {
                send[i] = true;
                ex.expr(s.chan());
                elems[i] = ((Type.Chan) ex.typeOf(s.chan()).underlying()).elem();
                ex.exprAs(s.value(), elems[i]);
            } else {
                Expr.Unary recv = recvOf(comm);
                ex.expr(recv.x());
                elems[i] = ((Type.Chan) ex.typeOf(recv.x()).underlying()).elem();
                fc.push(null);
            }
        }
        boolean hasDefault = dfltClause != null;
        fc.at(sel.pos());
        fc.emit((m, f) -> {
            List<Op.SelectCase> cases = new ArrayList<>(k);
            Object[] a = CallCompiler.popArgs(f, 2 * k);
            for (int i = 0; i < k; i++) {
                cases.add(new Op.SelectCase((Hchan) a[2 * i], send[i], send[i] ? a[2 * i + 1] : null,
                        send[i] ? null : Values.zero(elems[i])));
            }
            m.call(new Op.Select(f.line(), cases, hasDefault), Machine.A_SELECT);
        });
        int selTmp = fc.temp();
        fc.storeTemp(selTmp);
        FnCompiler.Label end = new FnCompiler.Label();
        List<FnCompiler.Label> bodies = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            FnCompiler.Label l = new FnCompiler.Label();
            bodies.add(l);
            int idx = i;
            fc.emit((m, f) -> {
                if (((Op.Selected) f.s[selTmp]).index() == idx) {
                    f.pc = l.pc;
                }
            });
        }
        FnCompiler.Label dfl = new FnCompiler.Label();
        fc.jump(hasDefault ? dfl : end);
        fc.pushTarget(label, end, null);
        for (int i = 0; i < k; i++) {
            fc.mark(bodies.get(i));
            Stmt comm = cs.get(i).comm();
            if (comm instanceof Stmt.Assign a) {
                Assigner as = new Assigner(fc);
                boolean define = a.op() == TokenKind.DEFINE;
                List<Expr> lhs = a.lhs();
                for (int j = 0; j < lhs.size(); j++) {
                    var loc = as.loc(lhs.get(j), define);
                    loc.prep();
                    if (j == 0) {
                        fc.emit((m, f) -> f.push(((Op.Selected) f.s[selTmp]).value()));
                    } else {
                        fc.emit((m, f) -> f.push(((Op.Selected) f.s[selTmp]).ok()));
                    }
                    loc.store();
                }
            }
            fc.block(cs.get(i).body());
            fc.jump(end);
        }
        if (hasDefault) {
            fc.mark(dfl);
            fc.block(dfltClause.body());
        }
        fc.popTarget();
        fc.mark(end);
    }

    private Expr.Unary recvOf(Stmt comm) throws GoProblems {
        Expr e = null;
        if (comm instanceof Stmt.ExprStmt es) {
            e = es.x();
        } else if (comm instanceof Stmt.Assign a) {
            e = a.rhs().get(0);
        }
        e = e == null ? null : ExprCompiler.unparen(e);
        if (e instanceof Expr.Unary u && u.op() == TokenKind.ARROW) {
            return u;
        }
        throw fc.unsupported(comm.pos(), "this select case");
    }
}
