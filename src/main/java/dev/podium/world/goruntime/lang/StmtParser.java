package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses statements and blocks: simple statements (expressions, sends, {@code ++ --}, assignments, short variable
 * declarations), {@code if}, {@code for} (three clauses, condition, infinite, range), {@code switch},
 * {@code select}, {@code go}, {@code defer}, {@code return}, branches and labels. {@code goto} and type switches
 * are refused.
 */
abstract class StmtParser extends DeclParser {

    StmtParser(String src) {
        super(src);
    }

    /** A {@code for ... range x} clause, before the body is known. */
    private record RangeClause(Pos pos, Expr key, Expr value, TokenKind tok, Expr x) implements StmtLike {
    }

    /** What a header's simple statement may be: a statement or a range clause. */
    private sealed interface StmtLike permits RangeClause, Simple {
    }

    private record Simple(Stmt stmt) implements StmtLike {
    }

    private record Header(Stmt init, Expr cond, Stmt post, RangeClause range) {
    }

    @Override
    final Stmt.Block funcBody() {
        return block("");
    }

    final Stmt.Block block(String context) {
        Pos pos = tok.pos();
        if (!got(TokenKind.LBRACE)) {
            throw syntaxError("expected { after " + context);
        }
        List<Stmt> stmts = stmtList();
        Pos rbrace = want(TokenKind.RBRACE);
        return new Stmt.Block(pos, stmts, rbrace);
    }

    private List<Stmt> stmtList() {
        List<Stmt> list = new ArrayList<>();
        while (!at(TokenKind.EOF) && !at(TokenKind.RBRACE) && !at(TokenKind.CASE) && !at(TokenKind.DEFAULT)) {
            Stmt s = stmtOrNull();
            if (s == null) {
                break;
            }
            list.add(s);
            if (!got(TokenKind.SEMI) && !at(TokenKind.RBRACE)) {
                throw syntaxError("at end of statement");
            }
        }
        return list;
    }

    private Stmt stmtOrNull() {
        Pos pos = tok.pos();
        switch (tok.kind()) {
            case IDENT -> {
                List<Expr> lhs = exprList();
                if (lhs.size() == 1 && lhs.get(0) instanceof Expr.Ident label && at(TokenKind.COLON)) {
                    return labeled(label);
                }
                return simple(simpleStmt(lhs, null));
            }
            case VAR, CONST, TYPE -> {
                Decl[] d = new Decl[1];
                declaration(x -> d[0] = x);
                return new Stmt.DeclStmt(pos, d[0]);
            }
            case LBRACE -> {
                return block("");
            }
            case ADD, SUB, MUL, AND, XOR, NOT, INT, FLOAT, CHAR, STRING, FUNC, LPAREN, LBRACK, STRUCT, MAP, CHAN,
                    INTERFACE, ARROW -> {
                return simple(simpleStmt(null, null));
            }
            case FOR -> {
                return forStmt();
            }
            case SWITCH -> {
                return switchStmt();
            }
            case SELECT -> {
                return selectStmt();
            }
            case IF -> {
                return ifStmt();
            }
            case FALLTHROUGH, BREAK, CONTINUE -> {
                TokenKind k = tok.kind();
                next();
                Expr.Ident label = k != TokenKind.FALLTHROUGH && at(TokenKind.IDENT) ? name() : null;
                return new Stmt.Branch(pos, k, label);
            }
            case GOTO -> throw ParseStop.unsupported(pos, "goto");
            case GO, DEFER -> {
                return callStmt();
            }
            case RETURN -> {
                next();
                List<Expr> results = at(TokenKind.SEMI) || at(TokenKind.RBRACE) ? List.of() : exprList();
                return new Stmt.Return(pos, results);
            }
            case SEMI -> {
                return new Stmt.Empty(pos);
            }
            default -> {
                return null;
            }
        }
    }

    private Stmt simple(StmtLike s) {
        return ((Simple) s).stmt();
    }

    private Stmt labeled(Expr.Ident label) {
        want(TokenKind.COLON);
        if (at(TokenKind.RBRACE)) {
            return new Stmt.Labeled(label.pos(), label, new Stmt.Empty(tok.pos()));
        }
        Stmt s = stmtOrNull();
        if (s == null) {
            throw syntaxErrorAt(label.pos(), "missing statement after label");
        }
        return new Stmt.Labeled(label.pos(), label, s);
    }

    /** A simple statement; {@code keyword} is the header it sits in (FOR allows a range clause), or null. */
    private StmtLike simpleStmt(List<Expr> lhs, TokenKind keyword) {
        if (keyword == TokenKind.FOR && at(TokenKind.RANGE)) {
            return rangeClause(tok.pos(), List.of(), null);
        }
        if (lhs == null) {
            lhs = exprList();
        }
        Pos pos = tok.pos();
        if (lhs.size() == 1 && !at(TokenKind.ASSIGN) && !at(TokenKind.DEFINE)) {
            Expr x = lhs.get(0);
            TokenKind k = tok.kind();
            if (k.isOpAssign()) {
                next();
                return new Simple(new Stmt.Assign(x.pos(), lhs, k, List.of(expr()), pos));
            }
            if (k == TokenKind.INC || k == TokenKind.DEC) {
                next();
                return new Simple(new Stmt.IncDec(x.pos(), x, k == TokenKind.INC, pos));
            }
            if (k == TokenKind.ARROW) {
                next();
                return new Simple(new Stmt.Send(x.pos(), x, expr(), pos));
            }
            return new Simple(new Stmt.ExprStmt(x.pos(), x));
        }
        if (at(TokenKind.ASSIGN) || at(TokenKind.DEFINE)) {
            TokenKind op = tok.kind();
            next();
            if (keyword == TokenKind.FOR && at(TokenKind.RANGE)) {
                return rangeClause(lhs.get(0).pos(), lhs, op);
            }
            List<Expr> rhs = exprList();
            if (rhs.size() == 1 && rhs.get(0) instanceof Expr.TypeAssert ta && ta.type() == null
                    && keyword == TokenKind.SWITCH) {
                throw ParseStop.unsupported(ta.pos(), "a type switch");
            }
            return new Simple(new Stmt.Assign(lhs.get(0).pos(), lhs, op, rhs, pos));
        }
        throw syntaxError("expected := or = or comma");
    }

    private RangeClause rangeClause(Pos pos, List<Expr> lhs, TokenKind op) {
        Pos rangePos = tok.pos();
        want(TokenKind.RANGE);
        Expr x = expr();
        if (lhs.size() > 2) {
            throw errorAt(lhs.get(2).pos(), "range clause permits at most two iteration variables");
        }
        return new RangeClause(lhs.isEmpty() ? rangePos : pos, lhs.isEmpty() ? null : lhs.get(0),
                lhs.size() > 1 ? lhs.get(1) : null, op, x);
    }

    private Header header(TokenKind keyword) {
        want(keyword);
        if (at(TokenKind.LBRACE)) {
            if (keyword == TokenKind.IF) {
                throw syntaxError("missing condition in if statement");
            }
            return new Header(null, null, null, null);
        }
        int outer = xnest;
        xnest = -1;
        StmtLike init = null;
        if (!at(TokenKind.SEMI)) {
            if (at(TokenKind.VAR)) {
                throw syntaxError("var declaration not allowed in " + keyword.spelling() + " initializer");
            }
            init = simpleStmt(null, keyword);
            if (init instanceof RangeClause r) {
                xnest = outer;
                return new Header(null, null, null, r);
            }
        }
        StmtLike condStmt = null;
        Stmt post = null;
        Token semi = null;
        if (!at(TokenKind.LBRACE)) {
            if (at(TokenKind.SEMI)) {
                semi = tok;
                next();
            } else {
                want(TokenKind.LBRACE);
            }
            if (keyword == TokenKind.FOR) {
                if (!at(TokenKind.SEMI)) {
                    if (at(TokenKind.LBRACE)) {
                        throw syntaxError("expected for loop condition");
                    }
                    condStmt = simpleStmt(null, null);
                }
                want(TokenKind.SEMI);
                if (!at(TokenKind.LBRACE)) {
                    post = simple(simpleStmt(null, null));
                    if (post instanceof Stmt.Assign a && a.op() == TokenKind.DEFINE) {
                        throw syntaxErrorAt(a.opPos(), "cannot declare in post statement of for loop");
                    }
                }
            } else if (!at(TokenKind.LBRACE)) {
                condStmt = simpleStmt(null, keyword);
            }
        } else {
            condStmt = init;
            init = null;
        }
        Expr cond = null;
        if (condStmt == null) {
            if (keyword == TokenKind.IF && semi != null) {
                throw semi.text().equals("semicolon") ? syntaxErrorAt(semi.pos(), "missing condition in if statement")
                        : errorAt(semi.pos(), "missing condition in if statement");
            }
        } else {
            Stmt s = simple(condStmt);
            if (s instanceof Stmt.ExprStmt e) {
                cond = e.x();
            } else {
                throw syntaxErrorAt(s instanceof Stmt.Assign a ? a.opPos() : s.pos(),
                        "cannot use " + describe(s) + " as value");
            }
        }
        if (cond instanceof Expr.TypeAssert ta && ta.type() == null && keyword == TokenKind.SWITCH) {
            throw ParseStop.unsupported(ta.pos(), "a type switch");
        }
        xnest = outer;
        return new Header(init == null ? null : simple(init), cond, post, null);
    }

    /** How the go tool shows a statement used as a condition ({@code x := 1}, {@code assignment x = 1}). */
    private static String describe(Stmt s) {
        if (s instanceof Stmt.Assign a) {
            String lhs = ExprPrinter.list(a.lhs());
            String rhs = ExprPrinter.list(a.rhs());
            if (a.op() == TokenKind.ASSIGN) {
                return "assignment " + (a.lhs().size() > 1 || !(a.lhs().get(0) instanceof Expr.Ident)
                        ? "(" + lhs + ")" : lhs) + " = " + (a.rhs().size() > 1 ? "(" + rhs + ")" : rhs);
            }
            return lhs + " " + a.op().spelling() + " " + rhs;
        }
        if (s instanceof Stmt.IncDec i) {
            return ExprPrinter.print(i.x()) + (i.inc() ? "++" : "--");
        }
        if (s instanceof Stmt.Send snd) {
            return ExprPrinter.print(snd.chan()) + " <- " + ExprPrinter.print(snd.value());
        }
        return "statement";
    }

    private Stmt ifStmt() {
        Pos pos = tok.pos();
        Header h = header(TokenKind.IF);
        Stmt.Block then = block("if clause");
        Stmt els = null;
        if (got(TokenKind.ELSE)) {
            if (at(TokenKind.IF)) {
                els = ifStmt();
            } else if (at(TokenKind.LBRACE)) {
                els = block("");
            } else {
                throw syntaxError("else must be followed by if or statement block");
            }
        }
        return new Stmt.If(pos, h.init(), h.cond(), then, els);
    }

    private Stmt forStmt() {
        Pos pos = tok.pos();
        Header h = header(TokenKind.FOR);
        Stmt.Block body = block("for clause");
        if (h.range() != null) {
            RangeClause r = h.range();
            return new Stmt.Range(pos, r.key(), r.value(), r.tok(), r.x(), body);
        }
        return new Stmt.For(pos, h.init(), h.cond(), h.post(), body);
    }

    private Stmt switchStmt() {
        Pos pos = tok.pos();
        Header h = header(TokenKind.SWITCH);
        if (!got(TokenKind.LBRACE)) {
            throw syntaxError("missing { after switch clause");
        }
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        while (!at(TokenKind.EOF) && !at(TokenKind.RBRACE)) {
            Pos cpos = tok.pos();
            List<Expr> exprs = List.of();
            boolean isDefault = false;
            if (got(TokenKind.CASE)) {
                exprs = exprList();
            } else if (got(TokenKind.DEFAULT)) {
                isDefault = true;
            } else {
                throw syntaxError("expected case or default or }");
            }
            Pos colon = want(TokenKind.COLON);
            clauses.add(new Stmt.CaseClause(cpos, exprs, isDefault, stmtList(), colon));
        }
        Pos rbrace = want(TokenKind.RBRACE);
        return new Stmt.Switch(pos, h.init(), h.cond(), clauses, rbrace);
    }

    private Stmt selectStmt() {
        Pos pos = tok.pos();
        want(TokenKind.SELECT);
        if (!got(TokenKind.LBRACE)) {
            throw syntaxError("missing { after select clause");
        }
        List<Stmt.CommClause> clauses = new ArrayList<>();
        while (!at(TokenKind.EOF) && !at(TokenKind.RBRACE)) {
            Pos cpos = tok.pos();
            Stmt comm = null;
            if (got(TokenKind.CASE)) {
                comm = simple(simpleStmt(null, null));
            } else if (!got(TokenKind.DEFAULT)) {
                throw syntaxError("expected case or default or }");
            }
            Pos colon = want(TokenKind.COLON);
            clauses.add(new Stmt.CommClause(cpos, comm, stmtList(), colon));
        }
        Pos rbrace = want(TokenKind.RBRACE);
        return new Stmt.Select(pos, clauses, rbrace);
    }

    private Stmt callStmt() {
        Pos pos = tok.pos();
        TokenKind k = tok.kind();
        next();
        Expr x = primaryExprOf();
        if (x instanceof Expr.Paren) {
            throw errorAt(x.pos(), "expression in " + k.spelling() + " must not be parenthesized");
        }
        if (!(x instanceof Expr.Call call)) {
            // the go tool reports at the expression's own position: a selector's dot
            Pos at = x instanceof Expr.Selector s && s.sel().pos().line() == s.x().pos().line()
                    ? new Pos(s.sel().pos().line(), s.sel().pos().column() - 1) : x.pos();
            throw errorAt(at, "expression in " + k.spelling() + " must be function call");
        }
        return k == TokenKind.GO ? new Stmt.Go(pos, call) : new Stmt.Defer(pos, call);
    }

    /** The operand of {@code go} or {@code defer}: a primary expression. */
    private Expr primaryExprOf() {
        return unaryExpr();
    }
}
