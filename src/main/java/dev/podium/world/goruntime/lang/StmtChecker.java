package dev.podium.world.goruntime.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks function bodies statement by statement: scopes, conditions ({@code non-boolean condition in if
 * statement}), sends, short variable declarations, returns ({@code not enough return values}), switch, select,
 * for and range, go and defer; then {@code missing return} and {@code declared and not used: x}.
 */
final class StmtChecker {

    private final Checker c;
    /** The signature and results of the function being checked. */
    private Type.Signature sig;
    private List<Obj.Var> namedResults = List.of();

    StmtChecker(Checker c) {
        this.c = c;
    }

    /** Checks every function and method body, in source order. */
    void checkBodies() {
        List<Obj.Func> fs = new ArrayList<>(c.decls.bodies);
        fs.sort(Comparator.comparing(f -> f.decl().pos()));
        for (Obj.Func f : fs) {
            if (f.sig == null) {
                continue;
            }
            c.scope = c.fileScope;
            body(f.sig, f.decl().type(), f.decl().recv(), f.receiver(), f.decl().body());
        }
    }

    /** A function literal's body, checked where it appears (it sees the enclosing function's variables). */
    void funcLit(Type.Signature s, Expr.FuncLit f) {
        body(s, f.type(), null, null, f.body());
    }

    private void body(Type.Signature s, Expr.FuncType ft, Field recv, Type recvType, Stmt.Block block) {
        Type.Signature savedSig = sig;
        List<Obj.Var> savedResults = namedResults;
        Scope saved = c.scope;
        Object savedIota = c.iota;
        c.iota = null;
        Scope fn = c.openScope(true);
        sig = s;
        if (recv != null && !recv.names().isEmpty()) {
            param(recv.names().get(0), recvType == null ? Types.INVALID : recvType);
        }
        int i = 0;
        for (Field p : ft.params()) {
            for (Expr.Ident n : p.names()) {
                param(n, s.params().get(i++));
            }
            if (p.names().isEmpty()) {
                i++;
            }
        }
        List<Obj.Var> results = new ArrayList<>();
        i = 0;
        for (Field r : ft.results()) {
            for (Expr.Ident n : r.names()) {
                results.add(param(n, s.results().get(i++)));
            }
            if (r.names().isEmpty()) {
                i++;
            }
        }
        namedResults = results;
        stmtList(block.stmts(), 0);
        if (!s.results().isEmpty() && !new Terminating(c.info).terminating(block, null)) {
            c.error(block.rbrace(), "missing return");
        }
        usage(fn);
        c.scope = saved;
        sig = savedSig;
        namedResults = savedResults;
        c.iota = savedIota;
    }

    private Obj.Var param(Expr.Ident n, Type t) {
        Obj.Var v = new Obj.Var(n.name(), n.pos(), t, false, c.pkgPath);
        v.used = true; // parameters and results are never reported unused
        c.declare(n, v);
        return v;
    }

    /** Reports unused variables of a function's scopes, in position order, not descending into closures. */
    private void usage(Scope s) {
        List<Obj.Var> unused = new ArrayList<>();
        collectUnused(s, unused);
        unused.sort(Comparator.comparing(Obj.Var::pos));
        for (Obj.Var v : unused) {
            c.error(v.pos(), "declared and not used: " + v.name());
        }
    }

    private static void collectUnused(Scope s, List<Obj.Var> out) {
        for (Obj o : s.objects()) {
            if (o instanceof Obj.Var v && !v.used && !v.global) {
                out.add(v);
            }
        }
        for (Scope child : s.children) {
            if (!child.isFunc) {
                collectUnused(child, out);
            }
        }
    }

    // ---- statements

    private static final int BREAK_OK = 1;
    private static final int CONTINUE_OK = 2;
    private static final int FALLTHROUGH_OK = 4;
    private static final int FINAL_CASE = 8;

    private void stmtList(List<Stmt> list, int ctx) {
        boolean fallOk = (ctx & FALLTHROUGH_OK) != 0;
        int inner = ctx & ~FALLTHROUGH_OK & ~FINAL_CASE;
        int last = list.size() - 1;
        while (last >= 0 && list.get(last) instanceof Stmt.Empty) {
            last--;
        }
        for (int i = 0; i < list.size(); i++) {
            int k = inner;
            if (i == last) {
                k |= ctx & FINAL_CASE;
                if (fallOk) {
                    k |= FALLTHROUGH_OK;
                }
            }
            stmt(list.get(i), k);
        }
    }

    private void stmt(Stmt s, int ctx) {
        if (s instanceof Stmt.Empty) {
            return;
        }
        if (s instanceof Stmt.ExprStmt es) {
            exprStmt(es);
        } else if (s instanceof Stmt.Send snd) {
            send(snd);
        } else if (s instanceof Stmt.IncDec id) {
            Operand x = c.exprs.expr(id.x());
            if (x.invalid()) {
                return;
            }
            if (!Types.isNumeric(x.type())) {
                String op = id.inc() ? "++" : "--";
                c.error(id.x().pos(), "invalid operation: " + ExprPrinter.print(id.x()) + op + " (non-numeric type "
                        + x.type() + ")");
                return;
            }
            c.assign.assignTo(c.assign.lhsVar(id.x()), x, "assignment");
        } else if (s instanceof Stmt.Assign a) {
            assign(a);
        } else if (s instanceof Stmt.Go g) {
            suspended("go", g.call());
        } else if (s instanceof Stmt.Defer d) {
            suspended("defer", d.call());
        } else if (s instanceof Stmt.Return r) {
            ret(r);
        } else if (s instanceof Stmt.Branch b) {
            if (b.kind() == TokenKind.FALLTHROUGH && (ctx & FALLTHROUGH_OK) == 0) {
                c.error(b.pos(), (ctx & FINAL_CASE) != 0 ? "cannot fallthrough final case in switch"
                        : "fallthrough statement out of place");
            }
        } else if (s instanceof Stmt.Block b) {
            c.openScope(false);
            stmtList(b.stmts(), ctx);
            c.closeScope();
        } else if (s instanceof Stmt.If i) {
            ifStmt(i, ctx);
        } else if (s instanceof Stmt.Switch sw) {
            switchStmt(sw, ctx);
        } else if (s instanceof Stmt.Select sel) {
            selectStmt(sel, ctx);
        } else if (s instanceof Stmt.For f) {
            forStmt(f, ctx);
        } else if (s instanceof Stmt.Range r) {
            rangeStmt(r, ctx);
        } else if (s instanceof Stmt.Labeled l) {
            stmt(l.stmt(), ctx);
        } else if (s instanceof Stmt.DeclStmt d) {
            new LocalDecls(c).decl(d.decl());
        }
    }

    private void exprStmt(Stmt.ExprStmt es) {
        Operand x = c.exprs.raw(es.x(), null);
        if (x.invalid()) {
            return;
        }
        Expr e = Expr.unparen(es.x());
        boolean statement = false;
        if (e instanceof Expr.Call call) {
            TypeInfo.TypeAndValue fun = c.info.typeOf(call.fun());
            if (fun != null && fun.kind() == TypeInfo.Kind.BUILTIN) {
                Obj.BuiltinId id = ((Obj.Builtin) c.info.objectOf(builtinName(call.fun()))).id();
                statement = switch (id) {
                    case CLOSE, DELETE, PANIC, PRINT, PRINTLN, RECOVER, CLEAR, COPY -> true;
                    default -> false;
                };
            } else {
                statement = fun == null || fun.kind() != TypeInfo.Kind.TYPE;
            }
        } else if (e instanceof Expr.Unary u && u.op() == TokenKind.ARROW) {
            statement = true;
        }
        if (statement) {
            return;
        }
        String what = switch (x.mode()) {
            case BUILTIN -> "must be called";
            case TYPEXPR -> "is not an expression";
            default -> "is not used";
        };
        c.error(es.x().pos(), x + " " + what);
    }

    private static Expr.Ident builtinName(Expr fun) {
        return (Expr.Ident) Expr.unparen(fun);
    }

    private void send(Stmt.Send snd) {
        Operand ch = c.exprs.expr(snd.chan());
        Operand v = c.exprs.expr(snd.value());
        if (ch.invalid() || v.invalid()) {
            return;
        }
        if (!(ch.type().underlying() instanceof Type.Chan t)) {
            c.error(snd.pos(), "invalid operation: cannot send to non-channel " + ch);
            return;
        }
        if (t.dir() == Expr.ChanDir.RECV) {
            c.error(snd.pos(), "invalid operation: cannot send to receive-only channel " + ch);
            return;
        }
        c.assign.convert(v, t.elem(), "send");
    }

    private void assign(Stmt.Assign a) {
        if (a.op() == TokenKind.DEFINE) {
            shortVarDecl(a.opPos(), a.lhs(), a.rhs());
        } else if (a.op() == TokenKind.ASSIGN) {
            c.assign.assign(a.lhs(), a.rhs());
        } else {
            if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                c.error(a.opPos(), "assignment operation " + a.op().spelling() + " requires single-valued expressions");
                return;
            }
            Operand x = c.exprs.binary().binary(null, a.lhs().get(0), a.rhs().get(0), a.op().binaryOfAssign());
            if (x.invalid()) {
                return;
            }
            c.assign.assignTo(c.assign.lhsVar(a.lhs().get(0)), x.withExpr(a.rhs().get(0)), "assignment operation");
        }
    }

    /** {@code a, b := values}: at least one new variable, declared after the values are checked. */
    void shortVarDecl(Pos opPos, List<Expr> lhs, List<Expr> rhs) {
        List<Obj.Var> vars = new ArrayList<>();
        List<Obj.Var> newVars = new ArrayList<>();
        List<Expr.Ident> newIds = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        boolean hasErr = false;
        for (Expr e : lhs) {
            if (!(e instanceof Expr.Ident id)) {
                c.assign.lhsVar(e);
                c.error(e.pos(), "non-name " + ExprPrinter.print(e) + " on left side of :=");
                hasErr = true;
                vars.add(new Obj.Var("_", e.pos(), null, false, c.pkgPath));
                continue;
            }
            if (!id.name().equals("_") && seen.put(id.name(), true) != null) {
                c.error(e.pos(), id.name() + " repeated on left side of :=");
                hasErr = true;
                vars.add(new Obj.Var("_", e.pos(), null, false, c.pkgPath));
                continue;
            }
            Obj alt = c.scope.lookupLocal(id.name());
            if (alt != null) {
                c.info.recordUse(id, alt);
                if (alt instanceof Obj.Var v) {
                    vars.add(v);
                } else {
                    c.error(e.pos(), "cannot assign to " + id.name());
                    hasErr = true;
                    vars.add(new Obj.Var("_", e.pos(), null, false, c.pkgPath));
                }
                continue;
            }
            Obj.Var v = new Obj.Var(id.name(), id.pos(), null, false, c.pkgPath);
            vars.add(v);
            if (!id.name().equals("_")) {
                newVars.add(v);
                newIds.add(id);
            } else {
                v.used = true;
            }
            c.info.recordDef(id, v);
        }
        List<Boolean> wasUsed = new ArrayList<>();
        vars.forEach(v -> wasUsed.add(v.used));
        int before = c.errorCount();
        c.assign.initVars(vars, null, rhs, "assignment");
        if (c.errorCount() == before) {
            for (int i = 0; i < vars.size(); i++) {
                vars.get(i).used = wasUsed.get(i); // assigning is not using
            }
        }
        if (newVars.isEmpty() && !hasErr) {
            c.error(opPos, "no new variables on left side of :=");
            return;
        }
        for (int i = 0; i < newVars.size(); i++) {
            c.scope.insert(newVars.get(i));
        }
    }

    private void suspended(String keyword, Expr.Call call) {
        Operand x = c.exprs.raw(call, null);
        if (x.invalid()) {
            return;
        }
        TypeInfo.TypeAndValue fun = c.info.typeOf(call.fun());
        if (fun != null && fun.kind() == TypeInfo.Kind.TYPE) {
            c.error(call.pos(), keyword + " requires function call, not conversion");
        } else if (fun != null && fun.kind() == TypeInfo.Kind.BUILTIN) {
            Obj.BuiltinId id = ((Obj.Builtin) c.info.objectOf(builtinName(call.fun()))).id();
            boolean ok = switch (id) {
                case CLOSE, DELETE, PANIC, PRINT, PRINTLN, RECOVER, CLEAR, COPY -> true;
                default -> false;
            };
            if (!ok) {
                c.error(call.pos(), keyword + " discards result of " + x);
            }
        }
    }

    private void ret(Stmt.Return r) {
        List<Type> want = sig.results();
        if (r.results().isEmpty() && !want.isEmpty() && !namedResults.isEmpty()) {
            for (Obj.Var v : namedResults) {
                Obj alt = c.lookup(v.name());
                if (alt != null && alt != v) {
                    c.error(r.pos(), "result parameter " + v.name() + " not in scope at return\n\t" + c.file + ":"
                            + alt.pos() + ": inner declaration of " + v.name());
                }
            }
            return;
        }
        if (r.results().isEmpty() && want.isEmpty()) {
            return;
        }
        List<Operand> xs = new ArrayList<>();
        if (r.results().size() == 1 && want.size() != 1) {
            xs.addAll(c.exprs.multi(r.results().get(0), false));
        } else {
            r.results().forEach(e -> xs.add(c.exprs.expr(e)));
        }
        if (xs.stream().anyMatch(Operand::invalid)) {
            return;
        }
        if (xs.size() != want.size()) {
            boolean tooMany = xs.size() > want.size();
            Pos at = tooMany ? xs.get(want.size()).expr().pos() : xs.isEmpty() ? r.pos()
                    : xs.get(xs.size() - 1).expr().pos();
            c.error(at, (tooMany ? "too many" : "not enough") + " return values\n\thave "
                    + CallChecker.summary(xs) + "\n\twant " + new Type.Tuple(want));
            return;
        }
        for (int i = 0; i < xs.size(); i++) {
            c.assign.convert(xs.get(i), want.get(i), "return statement");
        }
    }

    private void condition(Expr cond, String what) {
        Operand x = c.exprs.expr(cond);
        if (!x.invalid() && !Types.isBoolean(x.type())) {
            c.error(cond.pos(), "non-boolean condition in " + what + " statement");
        }
    }

    private void ifStmt(Stmt.If i, int ctx) {
        c.openScope(false);
        if (i.init() != null) {
            stmt(i.init(), 0);
        }
        condition(i.cond(), "if");
        stmt(i.then(), ctx & ~FALLTHROUGH_OK);
        if (i.els() != null) {
            stmt(i.els(), ctx & ~FALLTHROUGH_OK);
        }
        c.closeScope();
    }

    private void switchStmt(Stmt.Switch sw, int ctx) {
        c.openScope(false);
        if (sw.init() != null) {
            stmt(sw.init(), 0);
        }
        Operand tag = null;
        if (sw.tag() != null) {
            tag = c.assign.convert(c.exprs.expr(sw.tag()), null, "switch expression");
            if (!tag.invalid() && !Types.comparable(tag.type())) {
                c.error(sw.tag().pos(), "cannot switch on " + tag);
                tag = Operand.invalid(sw.tag());
            }
        }
        Stmt.CaseClause firstDefault = null;
        Map<Object, Pos> seen = new HashMap<>();
        for (int k = 0; k < sw.clauses().size(); k++) {
            Stmt.CaseClause cc = sw.clauses().get(k);
            if (cc.isDefault()) {
                if (firstDefault != null) {
                    c.error(cc.pos(), "multiple defaults (first at " + c.file + ":" + firstDefault.pos() + ")");
                } else {
                    firstDefault = cc;
                }
            }
            for (Expr e : cc.exprs()) {
                caseValue(e, tag, seen);
            }
            c.openScope(false);
            boolean last = k == sw.clauses().size() - 1;
            stmtList(cc.body(), (ctx & CONTINUE_OK) | BREAK_OK | (last ? FINAL_CASE : FALLTHROUGH_OK));
            c.closeScope();
        }
        c.closeScope();
    }

    private void caseValue(Expr e, Operand tag, Map<Object, Pos> seen) {
        Operand v = c.exprs.expr(e);
        if (v.invalid() || (tag != null && tag.invalid())) {
            return;
        }
        if (tag == null) {
            Operand conv = c.exprs.binary().convertUntyped(v, Types.BOOL);
            if (conv != null && !Types.isBoolean(conv.type())) {
                c.error(e.pos(), "invalid case " + ExprPrinter.print(e) + " in switch (mismatched types "
                        + conv.type() + " and bool)");
            }
            return;
        }
        Operand conv = c.exprs.binary().convertUntyped(v, tag.type());
        if (conv == null) {
            return;
        }
        String[] ignored = new String[1];
        if (!Types.assignable(conv.type(), tag.type(), ignored) && !Types.assignable(tag.type(), conv.type(), ignored)) {
            c.error(e.pos(), "invalid case " + ExprPrinter.print(e) + " in switch on "
                    + ExprPrinter.print(tag.expr()) + " (mismatched types " + conv.type() + " and " + tag.type() + ")");
            return;
        }
        if (conv.mode() == Operand.Mode.CONSTANT) {
            Object key = conv.value() instanceof BigInteger || conv.value() instanceof java.math.BigDecimal
                    ? Constants.dec(conv.value()).stripTrailingZeros() : conv.value();
            Pos prev = seen.putIfAbsent(key, e.pos());
            if (prev != null) {
                c.error(e.pos(), "duplicate case " + conv + " in expression switch\n\t" + c.file + ":" + prev
                        + ": previous case");
            }
        }
    }

    private void selectStmt(Stmt.Select sel, int ctx) {
        Stmt.CommClause firstDefault = null;
        for (Stmt.CommClause cc : sel.clauses()) {
            c.openScope(false);
            if (cc.comm() == null) {
                if (firstDefault != null) {
                    c.error(cc.pos(), "multiple defaults in select (first at " + c.file + ":" + firstDefault.pos()
                            + ")");
                } else {
                    firstDefault = cc;
                }
            } else if (!validComm(cc.comm())) {
                c.error(cc.comm().pos(), "select case must be receive, send or assign recv");
            } else {
                stmt(cc.comm(), 0);
            }
            stmtList(cc.body(), (ctx & CONTINUE_OK) | BREAK_OK);
            c.closeScope();
        }
    }

    private static boolean validComm(Stmt s) {
        if (s instanceof Stmt.Send) {
            return true;
        }
        if (s instanceof Stmt.ExprStmt es) {
            return Expr.unparen(es.x()) instanceof Expr.Unary u && u.op() == TokenKind.ARROW;
        }
        if (s instanceof Stmt.Assign a && (a.op() == TokenKind.ASSIGN || a.op() == TokenKind.DEFINE)) {
            return a.rhs().size() == 1 && a.lhs().size() <= 2 && Expr.unparen(a.rhs().get(0)) instanceof Expr.Unary u
                    && u.op() == TokenKind.ARROW;
        }
        return false;
    }

    private void forStmt(Stmt.For f, int ctx) {
        c.openScope(false);
        if (f.init() != null) {
            stmt(f.init(), 0);
        }
        if (f.cond() != null) {
            condition(f.cond(), "for");
        }
        if (f.post() != null) {
            stmt(f.post(), 0);
        }
        stmt(f.body(), BREAK_OK | CONTINUE_OK);
        c.closeScope();
    }

    private void rangeStmt(Stmt.Range r, int ctx) {
        new RangeClauses(c).check(r);
        stmt(r.body(), BREAK_OK | CONTINUE_OK);
        c.closeScope();
    }
}
