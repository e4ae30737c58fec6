package dev.podium.world.goruntime.lang;

import java.util.List;

/** A declaration: package level, or inside a function through {@link Stmt.DeclStmt}. Immutable. */
public sealed interface Decl {

    /** Where the declaration's keyword is. */
    Pos pos();

    /** {@code var ( specs )}. */
    record Var(Pos pos, List<VarSpec> specs) implements Decl {
    }

    /** {@code names [type] [= values]}. */
    record VarSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values) {
    }

    /** {@code const ( specs )}. */
    record Const(Pos pos, List<ConstSpec> specs) implements Decl {
    }

    /**
     * {@code names [type] = values}, with its {@code iota}. A spec that repeats the previous one's type and values
     * implicitly (as Go allows in a group) carries them with {@code inherited} set.
     */
    record ConstSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota, boolean inherited) {
    }

    /** {@code type ( specs )}. */
    record Type(Pos pos, List<TypeSpec> specs) implements Decl {
    }

    /** {@code name type} or {@code name = type} (an alias). */
    record TypeSpec(Pos pos, Expr.Ident name, Expr type, boolean alias) {
    }

    /** {@code func (recv) name(params) results { body }}; recv null for a function, body null if missing. */
    record Func(Pos pos, Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body) implements Decl {
    }
}
