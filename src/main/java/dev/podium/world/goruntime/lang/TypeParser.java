package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Parses types: names, {@code pkg.T}, pointers, slices, arrays, maps, channels, functions, structs and interfaces,
 * and parameter lists. Type parameters (generics) are refused here.
 */
abstract class TypeParser extends TokenCursor {

    TypeParser(String src) {
        super(src);
    }

    /** An expression; implemented by the expression parser (array lengths need it). */
    abstract Expr expr();

    /** {@code list = [ f { sep f } [sep] ] close}; returns the position of {@code close}. */
    protected final Pos list(String context, TokenKind sep, TokenKind close, BooleanSupplier f) {
        boolean done = false;
        while (!at(TokenKind.EOF) && !at(close) && !done) {
            done = f.getAsBoolean();
            if (!got(sep) && !at(close)) {
                throw syntaxError("in " + context + "; possibly missing " + sep.spelling() + " or " + close.spelling());
            }
        }
        Pos p = tok.pos();
        want(close);
        return p;
    }

    /** A type, or a syntax error {@code unexpected X, expected type}. */
    final Expr type() {
        Expr t = typeOrNull();
        if (t == null) {
            throw syntaxError("expected type");
        }
        return t;
    }

    /** A type if one starts here, else null (nothing consumed). */
    final Expr typeOrNull() {
        Pos pos = tok.pos();
        switch (tok.kind()) {
            case MUL -> {
                next();
                return new Expr.Star(pos, type());
            }
            case ARROW -> {
                next();
                want(TokenKind.CHAN);
                return new Expr.ChanType(pos, Expr.ChanDir.RECV, chanElem());
            }
            case FUNC -> {
                next();
                return funcType(pos);
            }
            case LBRACK -> {
                next();
                return arrayOrSlice(pos);
            }
            case CHAN -> {
                next();
                Expr.ChanDir dir = got(TokenKind.ARROW) ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH;
                return new Expr.ChanType(pos, dir, chanElem());
            }
            case MAP -> {
                next();
                want(TokenKind.LBRACK);
                Expr key = type();
                want(TokenKind.RBRACK);
                return new Expr.MapType(pos, key, type());
            }
            case STRUCT -> {
                return structType();
            }
            case INTERFACE -> {
                return interfaceType();
            }
            case IDENT -> {
                Expr t = qualifiedName(name());
                if (at(TokenKind.LBRACK)) {
                    throw ParseStop.unsupported(tok.pos(), "generic type instantiation");
                }
                return t;
            }
            case LPAREN -> {
                next();
                Expr t = type();
                want(TokenKind.RPAREN);
                return new Expr.Paren(pos, t);
            }
            default -> {
                return null;
            }
        }
    }

    final Expr qualifiedName(Expr.Ident name) {
        if (got(TokenKind.DOT)) {
            return new Expr.Selector(name.pos(), name, name());
        }
        return name;
    }

    private Expr arrayOrSlice(Pos pos) {
        if (got(TokenKind.RBRACK)) {
            return new Expr.ArrayType(pos, null, type());
        }
        Expr len;
        if (at(TokenKind.ELLIPSIS)) {
            len = new Expr.Ellipsis(tok.pos(), null);
            next();
        } else {
            xnest++;
            len = expr();
            xnest--;
        }
        want(TokenKind.RBRACK);
        return new Expr.ArrayType(pos, len, type());
    }

    private Expr chanElem() {
        Expr t = typeOrNull();
        if (t == null) {
            throw syntaxError("missing channel element type");
        }
        return t;
    }

    /** After {@code func} (or a method name): {@code (params) results}. */
    final Expr.FuncType funcType(Pos pos) {
        if (at(TokenKind.LBRACK)) {
            throw ParseStop.unsupported(tok.pos(), "a type parameter list (generics)");
        }
        want(TokenKind.LPAREN);
        List<Field> params = paramList(TokenKind.RPAREN);
        List<Field> results = List.of();
        if (got(TokenKind.LPAREN)) {
            results = paramList(TokenKind.RPAREN);
        } else {
            Pos rp = tok.pos();
            Expr t = typeOrNull();
            if (t != null) {
                results = List.of(new Field(rp, List.of(), t));
            }
        }
        return new Expr.FuncType(pos, params, results);
    }

    /** One entry of a parameter list before names and types are matched up. */
    private record Param(Pos pos, Expr.Ident name, Expr type) {
    }

    /** A parameter list after its opening parenthesis, through {@code close}. */
    final List<Field> paramList(TokenKind close) {
        List<Param> entries = new ArrayList<>();
        list("parameter list", TokenKind.COMMA, close, () -> {
            entries.add(paramDecl(close));
            return false;
        });
        boolean named = entries.stream().anyMatch(e -> e.name() != null && e.type() != null);
        List<Field> fields = new ArrayList<>();
        if (!named) {
            for (Param e : entries) {
                fields.add(new Field(e.pos(), List.of(), e.type() != null ? e.type() : e.name()));
            }
        } else {
            // a, b int, c string: names without a type take the next type
            List<Expr.Ident> pending = new ArrayList<>();
            Pos groupPos = null;
            for (Param e : entries) {
                Expr.Ident name = e.name();
                if (name == null && e.type() instanceof Expr.Ident lone) {
                    name = lone; // a name whose type follows: a, b int
                    e = new Param(e.pos(), lone, null);
                }
                if (name == null) {
                    throw syntaxErrorAt(e.pos(), "mixed named and unnamed parameters");
                }
                if (groupPos == null) {
                    groupPos = e.pos();
                }
                pending.add(name);
                if (e.type() != null) {
                    fields.add(new Field(groupPos, List.copyOf(pending), e.type()));
                    pending.clear();
                    groupPos = null;
                }
            }
            if (!pending.isEmpty()) {
                throw syntaxErrorAt(pending.get(pending.size() - 1).pos(), "mixed named and unnamed parameters");
            }
        }
        for (int k = 0; k < fields.size() - 1; k++) {
            if (fields.get(k).type() instanceof Expr.Ellipsis dots) {
                throw errorAt(dots.pos(), "can only use ... with final parameter in list");
            }
        }
        return fields;
    }

    private Param paramDecl(TokenKind close) {
        Pos pos = tok.pos();
        if (at(TokenKind.IDENT)) {
            Expr.Ident name = name();
            if (at(TokenKind.DOT)) {
                Expr t = qualifiedName(name);
                if (at(TokenKind.LBRACK)) {
                    throw ParseStop.unsupported(tok.pos(), "generic type instantiation");
                }
                return new Param(pos, null, t);
            }
            if (at(TokenKind.ELLIPSIS)) {
                return new Param(pos, name, dotsType());
            }
            Expr t = typeOrNull();
            return t != null ? new Param(pos, name, t) : new Param(pos, null, name);
        }
        if (at(TokenKind.ELLIPSIS)) {
            return new Param(pos, null, dotsType());
        }
        Expr t = typeOrNull();
        if (t == null) {
            throw syntaxError("expected " + close.spelling());
        }
        return new Param(pos, null, t);
    }

    private Expr dotsType() {
        Pos pos = tok.pos();
        want(TokenKind.ELLIPSIS);
        Expr t = typeOrNull();
        if (t == null) {
            throw syntaxError("expected type");
        }
        return new Expr.Ellipsis(pos, t);
    }

    private Expr structType() {
        Pos pos = tok.pos();
        want(TokenKind.STRUCT);
        want(TokenKind.LBRACE);
        List<Field> fields = new ArrayList<>();
        list("struct type", TokenKind.SEMI, TokenKind.RBRACE, () -> {
            fields.add(fieldDecl());
            return false;
        });
        return new Expr.StructType(pos, fields);
    }

    private Field fieldDecl() {
        Pos pos = tok.pos();
        if (at(TokenKind.IDENT)) {
            Expr.Ident name = name();
            if (at(TokenKind.DOT) || at(TokenKind.STRING) || at(TokenKind.SEMI) || at(TokenKind.RBRACE)) {
                Expr t = qualifiedName(name);
                got(TokenKind.STRING); // a tag
                return new Field(pos, List.of(), t);
            }
            List<Expr.Ident> names = new ArrayList<>();
            names.add(name);
            while (got(TokenKind.COMMA)) {
                names.add(name());
            }
            Expr t = type();
            got(TokenKind.STRING); // a tag
            return new Field(pos, names, t);
        }
        if (at(TokenKind.MUL)) {
            next();
            Expr t = new Expr.Star(pos, qualifiedName(name()));
            got(TokenKind.STRING);
            return new Field(pos, List.of(), t);
        }
        if (at(TokenKind.LPAREN)) {
            throw syntaxError("cannot parenthesize embedded type");
        }
        throw syntaxError("expected field name or embedded type");
    }

    private Expr interfaceType() {
        Pos pos = tok.pos();
        want(TokenKind.INTERFACE);
        want(TokenKind.LBRACE);
        List<Field> methods = new ArrayList<>();
        list("interface type", TokenKind.SEMI, TokenKind.RBRACE, () -> {
            Pos mpos = tok.pos();
            if (at(TokenKind.IDENT)) {
                Expr.Ident name = name();
                if (at(TokenKind.LPAREN)) {
                    methods.add(new Field(mpos, List.of(name), funcType(mpos)));
                } else {
                    methods.add(new Field(mpos, List.of(), qualifiedName(name)));
                }
            } else {
                Expr t = typeOrNull();
                if (t == null) {
                    throw ParseStop.unsupported(mpos, "a type constraint");
                }
                methods.add(new Field(mpos, List.of(), t));
            }
            if (at(TokenKind.OR)) {
                throw ParseStop.unsupported(tok.pos(), "a type constraint");
            }
            return false;
        });
        return new Expr.InterfaceType(pos, methods);
    }
}
