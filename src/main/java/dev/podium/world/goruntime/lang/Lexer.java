package dev.podium.world.goruntime.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns Go source text into tokens, one at a time, with the automatic semicolons of the Go spec: after a line's
 * final name, literal, {@code break continue fallthrough return}, {@code ++ -- ) ] }}, and at the end of the
 * file. Positions are line and UTF-8 byte column, as the go tool reports them. Identifiers may use any Unicode
 * letter; digits are Unicode decimal digits. Imaginary literals are refused.
 *
 * <p>Errors (a character that starts no token, a string that never ends) are thrown as {@link ParseStop} with the
 * go tool's wording, when the parser asks for the token that contains them. Not thread-safe; one per parse.
 */
final class Lexer {

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : TokenKind.values()) {
            if (k.isKeyword()) {
                KEYWORDS.put(k.spelling(), k);
            }
        }
    }

    private final String src;
    private int i;
    private int line = 1;
    private int col = 1;
    /** Whether a newline here ends a statement. */
    private boolean nlsemi;

    Lexer(String src) {
        this.src = src;
        if (src.startsWith("\uFEFF")) {
            i = 1; // a byte order mark at the very start is ignored, as the go tool does
        }
    }

    /** The next token; after the end, EOF forever. */
    Token next() {
        boolean semi = nlsemi;
        nlsemi = false;
        while (true) {
            skipBlanks(semi);
            Pos pos = here();
            if (i >= src.length()) {
                return semi ? new Token(TokenKind.SEMI, "EOF", null, pos) : new Token(TokenKind.EOF, "EOF", null, pos);
            }
            int c = src.codePointAt(i);
            if (c == '\n') {
                if (semi) {
                    advance();
                    return new Token(TokenKind.SEMI, "newline", null, pos);
                }
                advance();
                continue;
            }
            if (c == '/' && peekAt(1) == '/') {
                skipLineComment(); // a newline after it ends the statement, at the newline's position
                continue;
            }
            if (c == '/' && peekAt(1) == '*') {
                boolean hadNewline = skipBlockComment(pos);
                if (hadNewline && semi) {
                    return new Token(TokenKind.SEMI, "newline", null, pos);
                }
                continue;
            }
            return token(c, pos);
        }
    }

    private Token token(int c, Pos pos) {
        if (isLetter(c)) {
            return identifier(pos);
        }
        if (isDigit(c) && !isDecimal(c)) {
            throw new ParseStop(pos, "identifier cannot begin with digit " + describeChar(c)); // as gc says
        }
        if (isDecimal(c) || (c == '.' && isDecimal(peekAt(1)))) {
            nlsemi = true;
            return new NumberScanner(this, pos).scan();
        }
        switch (c) {
            case '"':
                nlsemi = true;
                return StringScanner.interpreted(this, pos);
            case '`':
                nlsemi = true;
                return StringScanner.raw(this, pos);
            case '\'':
                nlsemi = true;
                return StringScanner.rune(this, pos);
            default:
                return operator(c, pos);
        }
    }

    private Token identifier(Pos pos) {
        int start = i;
        while (i < src.length()) {
            int c = src.codePointAt(i);
            if (isLetter(c) || isDigit(c)) {
                advance();
            } else if (c > 0x7f && !Character.isWhitespace(c) && Character.isLetterOrDigit(c)) {
                advance();
            } else if (c > 0x7f && isIdentifierJunk(c)) {
                throw new ParseStop(here(), "invalid character " + describeChar(c) + " in identifier");
            } else {
                break;
            }
        }
        String name = src.substring(start, i);
        TokenKind kw = KEYWORDS.get(name);
        if (kw != null) {
            nlsemi = kw == TokenKind.BREAK || kw == TokenKind.CONTINUE || kw == TokenKind.FALLTHROUGH
                    || kw == TokenKind.RETURN;
            return new Token(kw, name, null, pos);
        }
        nlsemi = true;
        return new Token(TokenKind.IDENT, name, null, pos);
    }

    private static boolean isIdentifierJunk(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.CONNECTOR_PUNCTUATION || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER || t == Character.ENCLOSING_MARK;
    }

    private Token operator(int c, Pos pos) {
        advance();
        TokenKind k;
        switch (c) {
            case '(' -> k = TokenKind.LPAREN;
            case ')' -> {
                k = TokenKind.RPAREN;
                nlsemi = true;
            }
            case '[' -> k = TokenKind.LBRACK;
            case ']' -> {
                k = TokenKind.RBRACK;
                nlsemi = true;
            }
            case '{' -> k = TokenKind.LBRACE;
            case '}' -> {
                k = TokenKind.RBRACE;
                nlsemi = true;
            }
            case ',' -> k = TokenKind.COMMA;
            case ';' -> {
                return new Token(TokenKind.SEMI, "semicolon", null, pos);
            }
            case ':' -> k = take('=') ? TokenKind.DEFINE : TokenKind.COLON;
            case '.' -> {
                if (peekAt(0) == '.' && peekAt(1) == '.') {
                    advance();
                    advance();
                    k = TokenKind.ELLIPSIS;
                } else {
                    k = TokenKind.DOT;
                }
            }
            case '+' -> {
                if (take('+')) {
                    k = TokenKind.INC;
                    nlsemi = true;
                } else {
                    k = take('=') ? TokenKind.ADD_ASSIGN : TokenKind.ADD;
                }
            }
            case '-' -> {
                if (take('-')) {
                    k = TokenKind.DEC;
                    nlsemi = true;
                } else {
                    k = take('=') ? TokenKind.SUB_ASSIGN : TokenKind.SUB;
                }
            }
            case '*' -> k = take('=') ? TokenKind.MUL_ASSIGN : TokenKind.MUL;
            case '/' -> k = take('=') ? TokenKind.QUO_ASSIGN : TokenKind.QUO;
            case '%' -> k = take('=') ? TokenKind.REM_ASSIGN : TokenKind.REM;
            case '^' -> k = take('=') ? TokenKind.XOR_ASSIGN : TokenKind.XOR;
            case '~' -> k = TokenKind.TILDE;
            case '!' -> k = take('=') ? TokenKind.NEQ : TokenKind.NOT;
            case '=' -> k = take('=') ? TokenKind.EQL : TokenKind.ASSIGN;
            case '&' -> {
                if (take('&')) {
                    k = TokenKind.LAND;
                } else if (take('^')) {
                    k = take('=') ? TokenKind.AND_NOT_ASSIGN : TokenKind.AND_NOT;
                } else {
                    k = take('=') ? TokenKind.AND_ASSIGN : TokenKind.AND;
                }
            }
            case '|' -> k = take('|') ? TokenKind.LOR : take('=') ? TokenKind.OR_ASSIGN : TokenKind.OR;
            case '<' -> {
                if (take('-')) {
                    k = TokenKind.ARROW;
                } else if (take('<')) {
                    k = take('=') ? TokenKind.SHL_ASSIGN : TokenKind.SHL;
                } else {
                    k = take('=') ? TokenKind.LEQ : TokenKind.LSS;
                }
            }
            case '>' -> {
                if (take('>')) {
                    k = take('=') ? TokenKind.SHR_ASSIGN : TokenKind.SHR;
                } else {
                    k = take('=') ? TokenKind.GEQ : TokenKind.GTR;
                }
            }
            default -> {
                if (c == 0xFEFF) {
                    throw new ParseStop(pos, "invalid BOM in the middle of the file");
                }
                throw new ParseStop(pos, "invalid character " + describeChar(c));
            }
        }
        return new Token(k, k.spelling(), null, pos);
    }

    // ---- comments and blanks

    private void skipBlanks(boolean semi) {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !semi)) {
                advance();
            } else {
                return;
            }
        }
    }

    private void skipLineComment() {
        while (i < src.length() && src.charAt(i) != '\n') {
            advance();
        }
    }

    /** Skips a general comment; says whether it spanned a newline. */
    private boolean skipBlockComment(Pos start) {
        advance();
        advance();
        boolean newline = false;
        while (i < src.length()) {
            if (src.charAt(i) == '*' && peekAt(1) == '/') {
                advance();
                advance();
                return newline;
            }
            if (src.charAt(i) == '\n') {
                newline = true;
            }
            advance();
        }
        throw new ParseStop(start, "comment not terminated");
    }

    // ---- cursor, shared with the literal scanners

    Pos here() {
        return new Pos(line, col);
    }

    boolean atEnd() {
        return i >= src.length();
    }

    /** The code point {@code ahead} code units from the cursor, or -1 past the end. */
    int peekAt(int ahead) {
        int j = i + ahead;
        return j < src.length() ? src.codePointAt(j) : -1;
    }

    int peek() {
        return peekAt(0);
    }

    int index() {
        return i;
    }

    String text(int from) {
        return src.substring(from, i);
    }

    /** Moves past one code point, counting its UTF-8 bytes in the column. */
    void advance() {
        int c = src.codePointAt(i);
        i += Character.charCount(c);
        if (c == '\n') {
            line++;
            col = 1;
        } else {
            col += utf8Length(c);
        }
    }

    boolean take(int c) {
        if (peek() == c) {
            advance();
            return true;
        }
        return false;
    }

    static int utf8Length(int c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }

    static boolean isLetter(int c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 0x7f && Character.isLetter(c));
    }

    static boolean isDigit(int c) {
        return (c >= '0' && c <= '9') || (c > 0x7f && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    }

    static boolean isDecimal(int c) {
        return c >= '0' && c <= '9';
    }

    /** Go's {@code %#U}: {@code U+0040 '@'}. */
    static String describeChar(int c) {
        String hex = String.format("U+%04X", c);
        return Character.isISOControl(c) || !Character.isDefined(c) ? hex : hex + " '" + new String(Character.toChars(c))
                + "'";
    }

    /** Values for literal tokens, built by the scanners. */
    static Token literal(TokenKind kind, String text, Object value, Pos pos) {
        return new Token(kind, text, value, pos);
    }

    static BigInteger bigInt(String digits, int radix) {
        return new BigInteger(digits, radix);
    }

    static BigDecimal bigDec(String text) {
        return new BigDecimal(text);
    }
}
