package dev.podium.world.goruntime.lang;

/**
 * Scans string and rune literals for the {@link Lexer}, decoding escapes. A string's value is a Java string of the
 * code points it holds; byte escapes ({@code \xff}, {@code \377}) above 0x7f in a string, which would make it
 * something other than UTF-8, are refused.
 */
final class StringScanner {

    private StringScanner() {
    }

    static Token interpreted(Lexer lx, Pos start) {
        int from = lx.index();
        lx.advance();
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = lx.peek();
            if (c == '"') {
                lx.advance();
                break;
            }
            if (c < 0) {
                throw new ParseStop(start, "string not terminated");
            }
            if (c == '\n') {
                throw new ParseStop(lx.here(), "newline in string");
            }
            if (c == '\\') {
                lx.advance();
                escape(lx, '"', value, true);
                continue;
            }
            value.appendCodePoint(c);
            lx.advance();
        }
        return Lexer.literal(TokenKind.STRING, lx.text(from), value.toString(), start);
    }

    static Token raw(Lexer lx, Pos start) {
        int from = lx.index();
        lx.advance();
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = lx.peek();
            if (c < 0) {
                throw new ParseStop(start, "string not terminated");
            }
            lx.advance();
            if (c == '`') {
                break;
            }
            if (c != '\r') {
                value.appendCodePoint(c);
            }
        }
        return Lexer.literal(TokenKind.STRING, lx.text(from), value.toString(), start);
    }

    static Token rune(Lexer lx, Pos start) {
        int from = lx.index();
        lx.advance();
        StringBuilder value = new StringBuilder();
        int n = 0;
        while (true) {
            int c = lx.peek();
            if (c == '\'') {
                if (n == 0) {
                    throw new ParseStop(start, "empty rune literal or unescaped ' in rune literal");
                }
                lx.advance();
                break;
            }
            if (c < 0) {
                throw new ParseStop(start, "rune literal not terminated");
            }
            if (c == '\n') {
                throw new ParseStop(lx.here(), "newline in rune literal");
            }
            if (c == '\\') {
                lx.advance();
                escape(lx, '\'', value, false);
            } else {
                value.appendCodePoint(c);
                lx.advance();
            }
            n++;
        }
        if (n != 1) {
            throw new ParseStop(start, "more than one character in rune literal");
        }
        return Lexer.literal(TokenKind.CHAR, lx.text(from), value.codePointAt(0), start);
    }

    /** Decodes one escape; the cursor is just past the backslash. */
    private static void escape(Lexer lx, int quote, StringBuilder out, boolean inString) {
        Pos at = lx.here();
        int c = lx.peek();
        int simple = switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> c == quote ? quote : -1;
        };
        if (simple >= 0) {
            lx.advance();
            out.appendCodePoint(simple);
            return;
        }
        int count;
        int base;
        long max;
        switch (c) {
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                count = 3;
                base = 8;
                max = 255;
            }
            case 'x' -> {
                lx.advance();
                count = 2;
                base = 16;
                max = 255;
            }
            case 'u' -> {
                lx.advance();
                count = 4;
                base = 16;
                max = Character.MAX_CODE_POINT;
            }
            case 'U' -> {
                lx.advance();
                count = 8;
                base = 16;
                max = Character.MAX_CODE_POINT;
            }
            default -> {
                if (c < 0) {
                    return; // the caller reports the missing end
                }
                throw new ParseStop(at, "unknown escape");
            }
        }
        long v = 0;
        for (int k = 0; k < count; k++) {
            int d = Character.digit(lx.peek(), base);
            if (d < 0) {
                if (lx.peek() < 0) {
                    return;
                }
                throw new ParseStop(lx.here(), "invalid character " + Lexer.describeChar(lx.peek())
                        + " in " + (base == 8 ? "octal" : "hexadecimal") + " escape");
            }
            v = v * base + d;
            lx.advance();
        }
        if (v > max || (v >= 0xD800 && v < 0xE000 && max > 255)) {
            throw new ParseStop(at, base == 8 ? "octal escape value " + v + " > 255"
                    : "escape is invalid Unicode code point " + Lexer.describeChar((int) Math.min(v, 0x10FFFF)));
        }
        if (inString && max == 255 && v > 0x7f) {
            throw ParseStop.unsupported(at, "a byte escape above \\x7f in a string");
        }
        out.appendCodePoint((int) v);
    }
}
