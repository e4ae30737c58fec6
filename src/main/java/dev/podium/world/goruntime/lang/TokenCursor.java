package dev.podium.world.goruntime.lang;

/**
 * The bottom of the parser: the current token, moving on, and syntax errors worded as the go tool words them
 * ({@code syntax error: unexpected newline, expected comma or )}). The parser stops at the first error.
 */
abstract class TokenCursor {

    private final Lexer lexer;
    /** The current token. */
    protected Token tok;
    /**
     * Expression nesting: -1 inside an {@code if}/{@code for}/{@code switch} header, where {@code T {} } opens a
     * block rather than a composite literal; raised inside parentheses, brackets and literals.
     */
    protected int xnest;

    TokenCursor(String src) {
        this.lexer = new Lexer(src);
        this.tok = lexer.next();
    }

    protected final void next() {
        tok = lexer.next();
    }

    protected final boolean at(TokenKind k) {
        return tok.kind() == k;
    }

    protected final boolean got(TokenKind k) {
        if (tok.kind() == k) {
            next();
            return true;
        }
        return false;
    }

    /** Consumes a token of kind {@code k} or stops with {@code unexpected X, expected k}. */
    protected final Pos want(TokenKind k) {
        Pos p = tok.pos();
        if (!got(k)) {
            throw syntaxError("expected " + k.spelling());
        }
        return p;
    }

    /** A syntax error at the current token, completed as the go tool completes it. */
    protected final ParseStop syntaxError(String msg) {
        return syntaxErrorAt(tok.pos(), msg);
    }

    /**
     * A syntax error at {@code pos}: {@code in ...}, {@code at ...}, {@code after ...} and {@code expected ...}
     * messages name the current token ({@code unexpected X in ...}); any other message stands alone.
     */
    protected final ParseStop syntaxErrorAt(Pos pos, String msg) {
        String tail;
        if (msg.isEmpty()) {
            tail = "";
        } else if (msg.startsWith("in ") || msg.startsWith("at ") || msg.startsWith("after ")) {
            tail = " " + msg;
        } else if (msg.startsWith("expected ")) {
            tail = ", " + msg;
        } else {
            return new ParseStop(pos, "syntax error: " + msg);
        }
        return new ParseStop(pos, "syntax error: unexpected " + tok.describe() + tail);
    }

    /** A plain error (no {@code syntax error:} prefix), as the go tool reports some parse problems. */
    protected static ParseStop errorAt(Pos pos, String msg) {
        return new ParseStop(pos, msg);
    }

    protected final Expr.Ident name() {
        if (tok.kind() != TokenKind.IDENT) {
            throw syntaxError("expected name");
        }
        Expr.Ident n = new Expr.Ident(tok.pos(), tok.text());
        next();
        return n;
    }
}
