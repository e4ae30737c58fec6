package dev.podium.world.goruntime.lang;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Scans one number literal for the {@link Lexer}: decimal, {@code 0x}, {@code 0o}, {@code 0b} and legacy {@code 0}
 * octal integers with {@code _} separators, decimal and hexadecimal floats. Imaginary literals are refused.
 * Errors use the go tool's wording ({@code invalid digit '8' in octal literal}).
 */
final class NumberScanner {

    private final Lexer lx;
    private final Pos start;
    private final int from;
    private int base = 10;
    private char prefix;
    private Pos invalidDigit;
    private int invalidChar;

    NumberScanner(Lexer lx, Pos start) {
        this.lx = lx;
        this.start = start;
        this.from = lx.index();
    }

    Token scan() {
        boolean isFloat = false;
        if (lx.peek() != '.') {
            if (lx.peek() == '0') {
                lx.advance();
                switch (Character.toLowerCase(lx.peek())) {
                    case 'x' -> prefix(16, 'x');
                    case 'o' -> prefix(8, 'o');
                    case 'b' -> prefix(2, 'b');
                    default -> {
                        base = 8;
                        prefix = '0';
                    }
                }
            }
            int n = digits();
            if (n == 0 && prefix != 0 && prefix != '0' && lx.peek() != '.') {
                throw new ParseStop(lx.here(), litName() + " has no digits");
            }
        }
        if (lx.peek() == '.') {
            if (prefix == 'o' || prefix == 'b') {
                throw new ParseStop(lx.here(), "invalid radix point in " + litName());
            }
            lx.advance();
            isFloat = true;
            digits();
        }
        int e = Character.toLowerCase(lx.peek());
        if (e == 'e' || e == 'p') {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                throw new ParseStop(lx.here(), "'" + (char) lx.peek() + "' exponent requires decimal mantissa");
            }
            if (e == 'p' && prefix != 'x') {
                throw new ParseStop(lx.here(), "'" + (char) lx.peek() + "' exponent requires hexadecimal mantissa");
            }
            lx.advance();
            isFloat = true;
            if (lx.peek() == '+' || lx.peek() == '-') {
                lx.advance();
            }
            int saved = base;
            base = 10;
            int n = digits();
            base = saved;
            if (n == 0) {
                throw new ParseStop(lx.here(), "exponent has no digits");
            }
        } else if (prefix == 'x' && isFloat) {
            throw new ParseStop(lx.here(), "hexadecimal mantissa requires a 'p' exponent");
        }
        String text = lx.text(from);
        if (lx.peek() == 'i') {
            lx.advance();
            throw ParseStop.unsupported(start, "imaginary number literal " + text + "i");
        }
        if (prefix == '0' && isFloat) {
            invalidDigit = null; // 089.5 is a valid decimal float
        }
        if (invalidDigit != null) {
            throw new ParseStop(invalidDigit, "invalid digit '" + new String(Character.toChars(invalidChar))
                    + "' in " + litName());
        }
        checkSeparators(text);
        String clean = text.replace("_", "");
        if (isFloat) {
            BigDecimal v;
            try {
                v = prefix == 'x' ? new BigDecimal(Double.parseDouble(clean)) : Lexer.bigDec(clean);
            } catch (NumberFormatException tooLarge) { // an exponent beyond an int, or a hex float beyond a double
                throw new ParseStop(start, "floating-point constant " + text + " is out of range");
            }
            return Lexer.literal(TokenKind.FLOAT, text, v, start);
        }
        BigInteger v = switch (prefix) {
            case 'x', 'o', 'b' -> clean.length() == 2 ? BigInteger.ZERO : Lexer.bigInt(clean.substring(2), base);
            case '0' -> clean.length() == 1 ? BigInteger.ZERO : Lexer.bigInt(clean.substring(1), 8);
            default -> Lexer.bigInt(clean, 10);
        };
        return Lexer.literal(TokenKind.INT, text, v, start);
    }

    private void prefix(int b, char p) {
        lx.advance();
        base = b;
        prefix = p;
    }

    /** Reads digits and separators; remembers the first digit too large for the base. Returns the digit count. */
    private int digits() {
        int n = 0;
        while (true) {
            int c = lx.peek();
            int d = Character.digit(c, 16);
            if (c == '_') {
                lx.advance();
                continue;
            }
            if (d < 0 || (base <= 10 && !Lexer.isDecimal(c))) {
                return n;
            }
            if (d >= base && invalidDigit == null) {
                invalidDigit = lx.here();
                invalidChar = c;
            }
            lx.advance();
            n++;
        }
    }

    private void checkSeparators(String text) {
        // '_' must sit between two digits, or between the prefix and a digit
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) != '_') {
                continue;
            }
            boolean after = k + 1 < text.length() && Character.digit(text.charAt(k + 1), 16) >= 0;
            boolean before = k > 0 && (Character.digit(text.charAt(k - 1), 16) >= 0
                    || (k == 1 && text.charAt(0) == '0') || (k == 2 && text.charAt(0) == '0'));
            if (!after || !before) {
                throw new ParseStop(new Pos(start.line(), start.column() + k), "'_' must separate successive digits");
            }
        }
    }

    private String litName() {
        return switch (prefix) {
            case 'x' -> "hexadecimal literal";
            case 'o', '0' -> "octal literal";
            case 'b' -> "binary literal";
            default -> "decimal literal";
        };
    }
}
