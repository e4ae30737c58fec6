package dev.podium.world.goruntime.lang;

import java.util.List;

/**
 * The Go spec's terminating statements, which decide {@code missing return}: a return, a call of the builtin
 * panic, a block or if/else ending in one, an endless for without a break, a switch with a default or a select
 * whose every clause terminates and which no break leaves.
 */
final class Terminating {

    private final TypeInfo info;

    Terminating(TypeInfo info) {
        this.info = info;
    }

    boolean terminating(Stmt s, String label) {
        if (s instanceof Stmt.Return) {
            return true;
        }
        if (s instanceof Stmt.Branch b) {
            return b.kind() == TokenKind.GOTO || b.kind() == TokenKind.FALLTHROUGH;
        }
        if (s instanceof Stmt.ExprStmt es) {
            return Expr.unparen(es.x()) instanceof Expr.Call call && Expr.unparen(call.fun()) instanceof Expr.Ident id
                    && info.objectOf(id) instanceof Obj.Builtin b && b.id() == Obj.BuiltinId.PANIC;
        }
        if (s instanceof Stmt.Block b) {
            return list(b.stmts());
        }
        if (s instanceof Stmt.If i) {
            return i.els() != null && terminating(i.then(), null) && terminating(i.els(), null);
        }
        if (s instanceof Stmt.Labeled l) {
            return terminating(l.stmt(), l.label().name());
        }
        if (s instanceof Stmt.For f) {
            return f.cond() == null && !hasBreak(f.body(), label, true);
        }
        if (s instanceof Stmt.Switch sw) {
            boolean hasDefault = false;
            for (Stmt.CaseClause cc : sw.clauses()) {
                hasDefault |= cc.isDefault();
                if (!list(cc.body()) && !endsInFallthrough(cc.body()) || hasBreakList(cc.body(), label, true)) {
                    return false;
                }
            }
            return hasDefault;
        }
        if (s instanceof Stmt.Select sel) {
            for (Stmt.CommClause cc : sel.clauses()) {
                if (!list(cc.body()) || hasBreakList(cc.body(), label, true)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private boolean list(List<Stmt> stmts) {
        int i = stmts.size() - 1;
        while (i >= 0 && stmts.get(i) instanceof Stmt.Empty) {
            i--;
        }
        return i >= 0 && terminating(stmts.get(i), null);
    }

    private static boolean endsInFallthrough(List<Stmt> stmts) {
        return !stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.Branch b
                && b.kind() == TokenKind.FALLTHROUGH;
    }

    private static boolean hasBreakList(List<Stmt> stmts, String label, boolean implicit) {
        for (Stmt s : stmts) {
            if (hasBreak(s, label, implicit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} contains a break that leaves the statement labelled {@code label} (or, if implicit, any). */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        if (s instanceof Stmt.Branch b && b.kind() == TokenKind.BREAK) {
            return b.label() == null ? implicit : b.label().name().equals(label);
        }
        if (s instanceof Stmt.Block b) {
            return hasBreakList(b.stmts(), label, implicit);
        }
        if (s instanceof Stmt.If i) {
            return hasBreak(i.then(), label, implicit) || (i.els() != null && hasBreak(i.els(), label, implicit));
        }
        if (s instanceof Stmt.Labeled l) {
            return hasBreak(l.stmt(), label, implicit);
        }
        if (label == null) {
            return false; // an unlabelled break inside a nested loop, switch or select leaves that one
        }
        if (s instanceof Stmt.For f) {
            return hasBreak(f.body(), label, false);
        }
        if (s instanceof Stmt.Range r) {
            return hasBreak(r.body(), label, false);
        }
        if (s instanceof Stmt.Switch sw) {
            return sw.clauses().stream().anyMatch(cc -> hasBreakList(cc.body(), label, false));
        }
        if (s instanceof Stmt.Select sel) {
            return sel.clauses().stream().anyMatch(cc -> hasBreakList(cc.body(), label, false));
        }
        return false;
    }
}
