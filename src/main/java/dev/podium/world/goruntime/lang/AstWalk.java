package dev.podium.world.goruntime.lang;

import java.util.List;
import java.util.function.Consumer;

/** Small traversals of the syntax tree: nested statements, and the function literals an expression contains. */
final class AstWalk {

    private AstWalk() {
    }

    /** Visits {@code s} and every statement nested in it, not entering function literals. */
    static void stmts(Stmt s, Consumer<Stmt> f) {
        if (s == null) {
            return;
        }
        f.accept(s);
        if (s instanceof Stmt.Block b) {
            b.stmts().forEach(x -> stmts(x, f));
        } else if (s instanceof Stmt.If i) {
            stmts(i.init(), f);
            stmts(i.then(), f);
            stmts(i.els(), f);
        } else if (s instanceof Stmt.For fr) {
            stmts(fr.init(), f);
            stmts(fr.post(), f);
            stmts(fr.body(), f);
        } else if (s instanceof Stmt.Range r) {
            stmts(r.body(), f);
        } else if (s instanceof Stmt.Switch sw) {
            stmts(sw.init(), f);
            sw.clauses().forEach(cc -> cc.body().forEach(x -> stmts(x, f)));
        } else if (s instanceof Stmt.Select sel) {
            sel.clauses().forEach(cc -> {
                stmts(cc.comm(), f);
                cc.body().forEach(x -> stmts(x, f));
            });
        } else if (s instanceof Stmt.Labeled l) {
            stmts(l.stmt(), f);
        }
    }

    /** The function literals in the expressions of {@code s} itself (not of nested blocks' statements). */
    static void funcLitsOfStmt(Stmt s, Consumer<Expr.FuncLit> f) {
        if (s instanceof Stmt.ExprStmt es) {
            exprs(es.x(), f);
        } else if (s instanceof Stmt.Send snd) {
            exprs(snd.chan(), f);
            exprs(snd.value(), f);
        } else if (s instanceof Stmt.IncDec i) {
            exprs(i.x(), f);
        } else if (s instanceof Stmt.Assign a) {
            a.lhs().forEach(e -> exprs(e, f));
            a.rhs().forEach(e -> exprs(e, f));
        } else if (s instanceof Stmt.Go g) {
            exprs(g.call(), f);
        } else if (s instanceof Stmt.Defer d) {
            exprs(d.call(), f);
        } else if (s instanceof Stmt.Return r) {
            r.results().forEach(e -> exprs(e, f));
        } else if (s instanceof Stmt.If i) {
            funcLitsOfStmt(i.init(), f);
            exprs(i.cond(), f);
        } else if (s instanceof Stmt.For fr) {
            funcLitsOfStmt(fr.init(), f);
            exprs(fr.cond(), f);
            funcLitsOfStmt(fr.post(), f);
        } else if (s instanceof Stmt.Range r) {
            exprs(r.x(), f);
        } else if (s instanceof Stmt.Switch sw) {
            funcLitsOfStmt(sw.init(), f);
            exprs(sw.tag(), f);
            sw.clauses().forEach(cc -> cc.exprs().forEach(e -> exprs(e, f)));
        } else if (s instanceof Stmt.Select sel) {
            sel.clauses().forEach(cc -> funcLitsOfStmt(cc.comm(), f));
        } else if (s instanceof Stmt.DeclStmt d) {
            funcLits(d.decl(), f);
        }
    }

    /** The function literals in a declaration's initialisers. */
    static void funcLits(Decl d, Consumer<Expr.FuncLit> f) {
        if (d instanceof Decl.Var v) {
            v.specs().forEach(s -> s.values().forEach(e -> exprs(e, f)));
        } else if (d instanceof Decl.Const k) {
            k.specs().forEach(s -> s.values().forEach(e -> exprs(e, f)));
        }
    }

    /** The outermost function literals inside {@code e}. */
    static void exprs(Expr e, Consumer<Expr.FuncLit> f) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.FuncLit lit) {
            f.accept(lit);
        } else if (e instanceof Expr.CompositeLit c) {
            each(c.elements(), f);
        } else if (e instanceof Expr.KeyValue kv) {
            exprs(kv.key(), f);
            exprs(kv.value(), f);
        } else if (e instanceof Expr.Paren p) {
            exprs(p.x(), f);
        } else if (e instanceof Expr.Selector s) {
            exprs(s.x(), f);
        } else if (e instanceof Expr.Index ix) {
            exprs(ix.x(), f);
            each(ix.indices(), f);
        } else if (e instanceof Expr.SliceExpr s) {
            exprs(s.x(), f);
            exprs(s.lo(), f);
            exprs(s.hi(), f);
            exprs(s.max(), f);
        } else if (e instanceof Expr.TypeAssert t) {
            exprs(t.x(), f);
        } else if (e instanceof Expr.Call c) {
            exprs(c.fun(), f);
            each(c.args(), f);
        } else if (e instanceof Expr.Star s) {
            exprs(s.x(), f);
        } else if (e instanceof Expr.Unary u) {
            exprs(u.x(), f);
        } else if (e instanceof Expr.Binary b) {
            exprs(b.x(), f);
            exprs(b.y(), f);
        }
    }

    private static void each(List<Expr> es, Consumer<Expr.FuncLit> f) {
        es.forEach(e -> exprs(e, f));
    }
}
