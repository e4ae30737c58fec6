package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses expressions by precedence climbing: operands, selectors, index and slice expressions, calls, composite
 * literals (not in a statement header unless parenthesised, as Go decides), closures, unary and binary operators.
 */
abstract class ExprParser extends TypeParser {

    ExprParser(String src) {
        super(src);
    }

    /** A function body {@code { ... }}; implemented by the statement parser. */
    abstract Stmt.Block funcBody();

    @Override
    final Expr expr() {
        return binaryExpr(null, 0);
    }

    final List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        while (got(TokenKind.COMMA)) {
            list.add(expr());
        }
        return list;
    }

    private Expr binaryExpr(Expr x, int prec) {
        if (x == null) {
            x = unaryExpr();
        }
        while (tok.kind().precedence() > prec) {
            TokenKind op = tok.kind();
            Pos opPos = tok.pos();
            int p = op.precedence();
            next();
            Expr y = binaryExpr(null, p);
            x = new Expr.Binary(x.pos(), op, x, y, opPos);
        }
        return x;
    }

    final Expr unaryExpr() {
        Pos pos = tok.pos();
        switch (tok.kind()) {
            case MUL -> {
                next();
                return new Expr.Star(pos, unaryExpr());
            }
            case ADD, SUB, NOT, XOR, TILDE -> {
                TokenKind op = tok.kind();
                next();
                return new Expr.Unary(pos, op, unaryExpr());
            }
            case AND -> {
                next();
                return new Expr.Unary(pos, TokenKind.AND, Expr.unparen(unaryExpr()));
            }
            case ARROW -> {
                next();
                Expr x = unaryExpr();
                if (x instanceof Expr.ChanType c) {
                    // <-chan T: a receive-only channel type, not a receive
                    if (c.dir() != Expr.ChanDir.BOTH) {
                        throw syntaxErrorAt(c.pos(), "unexpected <-, expected chan");
                    }
                    return new Expr.ChanType(pos, Expr.ChanDir.RECV, c.elem());
                }
                return new Expr.Unary(pos, TokenKind.ARROW, x);
            }
            default -> {
                return primaryExpr(operand());
            }
        }
    }

    private Expr operand() {
        Pos pos = tok.pos();
        switch (tok.kind()) {
            case IDENT -> {
                return name();
            }
            case INT, FLOAT, CHAR, STRING -> {
                Expr x = new Expr.BasicLit(pos, tok.kind(), tok.text(), tok.value());
                next();
                return x;
            }
            case LPAREN -> {
                next();
                xnest++;
                Expr x = expr();
                xnest--;
                want(TokenKind.RPAREN);
                return new Expr.Paren(pos, x);
            }
            case FUNC -> {
                next();
                Expr.FuncType ft = funcType(pos);
                if (at(TokenKind.LBRACE)) {
                    xnest++;
                    Stmt.Block body = funcBody();
                    xnest--;
                    return new Expr.FuncLit(pos, ft, body);
                }
                return ft;
            }
            case LBRACK, CHAN, MAP, STRUCT, INTERFACE -> {
                return type();
            }
            default -> throw syntaxError("expected expression");
        }
    }

    private Expr primaryExpr(Expr x) {
        while (true) {
            Pos pos = tok.pos();
            switch (tok.kind()) {
                case DOT -> {
                    next();
                    if (at(TokenKind.IDENT)) {
                        x = new Expr.Selector(x.pos(), x, name());
                    } else if (got(TokenKind.LPAREN)) {
                        Expr t = got(TokenKind.TYPE) ? null : type();
                        want(TokenKind.RPAREN);
                        x = new Expr.TypeAssert(x.pos(), x, t);
                    } else {
                        throw syntaxError("expected name or (");
                    }
                }
                case LBRACK -> x = indexOrSlice(x, pos);
                case LPAREN -> {
                    next();
                    List<Expr> args = new ArrayList<>();
                    boolean[] dots = {false};
                    xnest++;
                    Pos rparen = list("argument list", TokenKind.COMMA, TokenKind.RPAREN, () -> {
                        args.add(expr());
                        dots[0] = got(TokenKind.ELLIPSIS);
                        return dots[0];
                    });
                    xnest--;
                    x = new Expr.Call(x.pos(), x, args, dots[0], pos, rparen);
                }
                case LBRACE -> {
                    Expr t = Expr.unparen(x);
                    boolean complit = (t instanceof Expr.Ident || t instanceof Expr.Selector) ? xnest >= 0
                            : t instanceof Expr.ArrayType || t instanceof Expr.StructType || t instanceof Expr.MapType;
                    if (!complit) {
                        return x;
                    }
                    if (t != x) {
                        throw syntaxError("cannot parenthesize type in composite literal");
                    }
                    x = compositeLit(x);
                }
                default -> {
                    return x;
                }
            }
        }
    }

    private Expr indexOrSlice(Expr x, Pos lbrack) {
        next();
        Expr lo = null;
        if (!at(TokenKind.COLON)) {
            if (at(TokenKind.RBRACK)) {
                throw syntaxError("expected operand");
            }
            xnest++;
            List<Expr> indices = new ArrayList<>();
            indices.add(expr());
            boolean comma = false;
            while (got(TokenKind.COMMA)) {
                comma = true;
                if (at(TokenKind.RBRACK)) {
                    break;
                }
                indices.add(expr());
            }
            xnest--;
            if (comma || at(TokenKind.RBRACK)) {
                Pos rbrack = want(TokenKind.RBRACK);
                return new Expr.Index(x.pos(), x, indices, lbrack, rbrack);
            }
            lo = indices.get(0);
        }
        if (!got(TokenKind.COLON)) {
            throw syntaxError("expected comma, : or ]");
        }
        xnest++;
        Expr hi = null;
        Expr max = null;
        boolean full = false;
        if (!at(TokenKind.COLON) && !at(TokenKind.RBRACK)) {
            hi = expr();
        }
        if (at(TokenKind.COLON)) {
            full = true;
            if (hi == null) {
                throw errorAt(tok.pos(), "middle index required in 3-index slice");
            }
            next();
            if (at(TokenKind.RBRACK)) {
                throw errorAt(tok.pos(), "final index required in 3-index slice");
            }
            max = expr();
        }
        xnest--;
        want(TokenKind.RBRACK);
        return new Expr.SliceExpr(x.pos(), x, lo, hi, max, full, lbrack);
    }

    /** {@code { elements }} after the literal's type (null when elided inside another literal). */
    private Expr.CompositeLit compositeLit(Expr type) {
        Pos lbrace = tok.pos();
        xnest++;
        want(TokenKind.LBRACE);
        List<Expr> elements = new ArrayList<>();
        Pos rbrace = list("composite literal", TokenKind.COMMA, TokenKind.RBRACE, () -> {
            Expr e = element();
            if (at(TokenKind.COLON)) {
                Pos colon = tok.pos();
                next();
                e = new Expr.KeyValue(e.pos(), e, element(), colon);
            }
            elements.add(e);
            return false;
        });
        xnest--;
        return new Expr.CompositeLit(type != null ? type.pos() : lbrace, type, elements, lbrace, rbrace);
    }

    private Expr element() {
        return at(TokenKind.LBRACE) ? compositeLit(null) : expr();
    }
}
