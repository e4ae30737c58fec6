package dev.podium.world.goruntime.lang;

import java.util.List;

/**
 * A Go expression, or a type written where an expression may stand (Go's grammar mixes them: {@code int64(x)},
 * {@code make(chan int)}, {@code []int{1}}). Every node knows where it starts; nodes whose errors the go tool
 * reports elsewhere (a call's closing parenthesis, a binary operator) keep that position too. Immutable.
 */
public sealed interface Expr {

    /** Where the expression starts (its leftmost token). */
    Pos pos();

    /** A name: a variable, constant, type, function, package or builtin. */
    record Ident(Pos pos, String name) implements Expr {
    }

    /** A number, rune or string literal with its decoded {@link Token#value()}. */
    record BasicLit(Pos pos, TokenKind kind, String text, Object value) implements Expr {
    }

    /** {@code T{a, b}} or {@code T{k: v}}; {@code type} is null for an element whose type is elided. */
    record CompositeLit(Pos pos, Expr type, List<Expr> elements, Pos lbrace, Pos rbrace) implements Expr {
    }

    /** {@code key: value} inside a composite literal. */
    record KeyValue(Pos pos, Expr key, Expr value, Pos colon) implements Expr {
    }

    /** {@code func(...) ... { ... }}: a closure. */
    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {
    }

    /** {@code (x)}. */
    record Paren(Pos pos, Expr x) implements Expr {
    }

    /** {@code x.sel}: a field, a method or a package member. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {
    }

    /** {@code x[i]}; more than one index is a generic instantiation, which the checker refuses. */
    record Index(Pos pos, Expr x, List<Expr> indices, Pos lbrack, Pos rbrack) implements Expr {
    }

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]}; absent bounds are null. */
    record SliceExpr(Pos pos, Expr x, Expr lo, Expr hi, Expr max, boolean full, Pos lbrack) implements Expr {
    }

    /** {@code x.(T)}; refused by the checker. */
    record TypeAssert(Pos pos, Expr x, Expr type) implements Expr {
    }

    /** {@code f(args)} or {@code f(args...)}; also conversions and builtin calls. */
    record Call(Pos pos, Expr fun, List<Expr> args, boolean hasDots, Pos lparen, Pos rparen) implements Expr {
    }

    /** {@code *x}: a pointer type or an indirection. */
    record Star(Pos pos, Expr x) implements Expr {
    }

    /** {@code op x} for {@code + - ! ^ & <-}. */
    record Unary(Pos pos, TokenKind op, Expr x) implements Expr {
    }

    /** {@code x op y}. */
    record Binary(Pos pos, TokenKind op, Expr x, Expr y, Pos opPos) implements Expr {
    }

    /** {@code []T} (len null) or {@code [n]T}. */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {
    }

    /** {@code map[K]V}. */
    record MapType(Pos pos, Expr key, Expr value) implements Expr {
    }

    /** {@code chan T}, {@code <-chan T}, {@code chan<- T}. */
    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {
    }

    /** {@code func(params) results}; a variadic last parameter has an {@link Ellipsis} type. */
    record FuncType(Pos pos, List<Field> params, List<Field> results) implements Expr {
    }

    /** {@code struct { fields }}. */
    record StructType(Pos pos, List<Field> fields) implements Expr {
    }

    /** {@code interface { methods }}; only the empty interface is in the subset. */
    record InterfaceType(Pos pos, List<Field> methods) implements Expr {
    }

    /** {@code ...T} as the type of a variadic parameter, or {@code [...]} as an array length (elem null). */
    record Ellipsis(Pos pos, Expr elem) implements Expr {
    }

    /** A channel's direction. */
    enum ChanDir {
        BOTH, SEND, RECV
    }

    /** Strips parentheses. */
    static Expr unparen(Expr e) {
        while (e instanceof Paren p) {
            e = p.x();
        }
        return e;
    }
}
