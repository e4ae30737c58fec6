package dev.podium.world.goruntime.lang;

import java.util.List;

/** A Go statement. Every node knows where it starts. Immutable. */
public sealed interface Stmt {

    /** Where the statement starts. */
    Pos pos();

    /** An empty statement (a lone semicolon). */
    record Empty(Pos pos) implements Stmt {
    }

    /** An expression used as a statement: a call or a receive. */
    record ExprStmt(Pos pos, Expr x) implements Stmt {
    }

    /** {@code ch <- value}. */
    record Send(Pos pos, Expr chan, Expr value, Pos arrow) implements Stmt {
    }

    /** {@code x++} or {@code x--}. */
    record IncDec(Pos pos, Expr x, boolean inc, Pos opPos) implements Stmt {
    }

    /** {@code lhs = rhs}, {@code lhs := rhs} or {@code x op= y}; {@code op} is the assignment token. */
    record Assign(Pos pos, List<Expr> lhs, TokenKind op, List<Expr> rhs, Pos opPos) implements Stmt {
    }

    /** {@code go f(x)}. */
    record Go(Pos pos, Expr.Call call) implements Stmt {
    }

    /** {@code defer f(x)}. */
    record Defer(Pos pos, Expr.Call call) implements Stmt {
    }

    /** {@code return results}. */
    record Return(Pos pos, List<Expr> results) implements Stmt {
    }

    /** {@code break}, {@code continue}, {@code goto} or {@code fallthrough}, with an optional label. */
    record Branch(Pos pos, TokenKind kind, Expr.Ident label) implements Stmt {
    }

    /** {@code { stmts }}. */
    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {
    }

    /** {@code if init; cond { then } else els}; {@code els} is an {@link If}, a {@link Block} or null. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {
    }

    /** {@code switch init; tag { clauses }}; tag null means {@code switch {}}, i.e. {@code switch true}. */
    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {
    }

    /** {@code case a, b:} or {@code default:} (exprs empty, {@code isDefault}). */
    record CaseClause(Pos pos, List<Expr> exprs, boolean isDefault, List<Stmt> body, Pos colon) {
    }

    /** {@code select { clauses }}. */
    record Select(Pos pos, List<CommClause> clauses, Pos rbrace) implements Stmt {
    }

    /** {@code case comm:} (a send, a receive statement or expression) or {@code default:} (comm null). */
    record CommClause(Pos pos, Stmt comm, List<Stmt> body, Pos colon) {
    }

    /** {@code for init; cond; post { body }}; each part may be null. */
    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {
    }

    /** {@code for key, value := range x { body }}; {@code tok} is DEFINE, ASSIGN or null (no variables). */
    record Range(Pos pos, Expr key, Expr value, TokenKind tok, Expr x, Block body) implements Stmt {
    }

    /** {@code label: stmt}. */
    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {
    }

    /** A {@code var}, {@code const} or {@code type} declaration inside a function. */
    record DeclStmt(Pos pos, Decl decl) implements Stmt {
    }
}
