package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parses {@code var}, {@code const} and {@code type} declarations, single or grouped, at package level or in a
 * function. A const spec that omits its values repeats the previous spec's type and values with the next iota.
 */
abstract class DeclParser extends ExprParser {

    DeclParser(String src) {
        super(src);
    }

    /** {@code f} or {@code ( { f ; } )}. */
    protected final void group(Runnable f) {
        if (got(TokenKind.LPAREN)) {
            list("grouped declaration", TokenKind.SEMI, TokenKind.RPAREN, () -> {
                f.run();
                return false;
            });
        } else {
            f.run();
        }
    }

    /** Like {@code got(ASSIGN)}, but {@code :=} is an error {@code unexpected :=, expected =}. */
    private boolean gotAssign() {
        if (at(TokenKind.DEFINE)) {
            throw syntaxError("expected =");
        }
        return got(TokenKind.ASSIGN);
    }

    private List<Expr.Ident> nameList() {
        List<Expr.Ident> names = new ArrayList<>();
        names.add(name());
        while (got(TokenKind.COMMA)) {
            names.add(name());
        }
        return names;
    }

    /** After {@code var}. */
    final Decl.Var varDecl(Pos pos) {
        List<Decl.VarSpec> specs = new ArrayList<>();
        group(() -> {
            Pos spos = tok.pos();
            List<Expr.Ident> names = nameList();
            Expr type = null;
            List<Expr> values = List.of();
            if (gotAssign()) {
                values = exprList();
            } else {
                type = type();
                if (gotAssign()) {
                    values = exprList();
                }
            }
            specs.add(new Decl.VarSpec(spos, names, type, values));
        });
        return new Decl.Var(pos, specs);
    }

    /** After {@code const}. */
    final Decl.Const constDecl(Pos pos) {
        List<Decl.ConstSpec> specs = new ArrayList<>();
        group(() -> {
            Pos spos = tok.pos();
            List<Expr.Ident> names = nameList();
            Expr type = null;
            List<Expr> values = List.of();
            if (!at(TokenKind.EOF) && !at(TokenKind.SEMI) && !at(TokenKind.RPAREN)) {
                type = typeOrNull();
                if (gotAssign()) {
                    values = exprList();
                }
            }
            int iota = specs.size();
            if (values.isEmpty()) {
                if (type != null || specs.isEmpty()) {
                    throw errorAt(names.get(0).pos(), "missing init expr for const declaration");
                }
                Decl.ConstSpec prev = specs.get(specs.size() - 1);
                specs.add(new Decl.ConstSpec(spos, names, prev.type(), prev.values(), iota, true));
            } else {
                specs.add(new Decl.ConstSpec(spos, names, type, values, iota, false));
            }
        });
        return new Decl.Const(pos, specs);
    }

    /** After {@code type}. */
    final Decl.Type typeDecl(Pos pos) {
        List<Decl.TypeSpec> specs = new ArrayList<>();
        group(() -> {
            Pos spos = tok.pos();
            Expr.Ident name = name();
            if (at(TokenKind.LBRACK)) {
                Pos lb = tok.pos();
                next();
                if (got(TokenKind.RBRACK)) {
                    specs.add(new Decl.TypeSpec(spos, name, new Expr.ArrayType(lb, null, type()), false));
                    return;
                }
                if (!at(TokenKind.INT) && !at(TokenKind.ELLIPSIS)) {
                    throw ParseStop.unsupported(lb, "a type parameter list (generics)");
                }
                Expr len = at(TokenKind.INT) ? expr() : new Expr.Ellipsis(tok.pos(), null);
                if (len instanceof Expr.Ellipsis) {
                    next();
                }
                want(TokenKind.RBRACK);
                specs.add(new Decl.TypeSpec(spos, name, new Expr.ArrayType(lb, len, type()), false));
                return;
            }
            boolean alias = got(TokenKind.ASSIGN);
            Expr type = typeOrNull();
            if (type == null) {
                throw syntaxError("in type declaration");
            }
            specs.add(new Decl.TypeSpec(spos, name, type, alias));
        });
        return new Decl.Type(pos, specs);
    }

    /** A {@code var}, {@code const} or {@code type} declaration at the current keyword, passed to {@code sink}. */
    final void declaration(Consumer<Decl> sink) {
        Pos pos = tok.pos();
        TokenKind k = tok.kind();
        next();
        switch (k) {
            case VAR -> sink.accept(varDecl(pos));
            case CONST -> sink.accept(constDecl(pos));
            case TYPE -> sink.accept(typeDecl(pos));
            default -> throw new IllegalStateException(k.toString());
        }
    }
}
