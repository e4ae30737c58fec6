package dev.podium.world.goruntime.lang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact constant arithmetic as Go does it at compile time: integers are {@link BigInteger}, floats
 * {@link BigDecimal} (division rounded to 34 digits), plus {@link String} and {@link Boolean}. Also says whether a
 * value fits a basic type, and prints values the way the go tool quotes them.
 */
final class Constants {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** Why a constant does not fit a type. */
    enum Misfit { NONE, TRUNCATED, OVERFLOWS, MISMATCH }

    private Constants() {
    }

    static boolean isNumber(Object v) {
        return v instanceof BigInteger || v instanceof BigDecimal;
    }

    static BigDecimal dec(Object v) {
        return v instanceof BigInteger i ? new BigDecimal(i) : (BigDecimal) v;
    }

    /** The integer value of an integral number, or null. */
    static BigInteger integral(Object v) {
        if (v instanceof BigInteger i) {
            return i;
        }
        if (v instanceof BigDecimal d) {
            try {
                return d.toBigIntegerExact();
            } catch (ArithmeticException notIntegral) {
                return null;
            }
        }
        return null;
    }

    /** {@code a op b}; {@code intDiv} for integer division. Null for a division by zero. */
    static Object binary(TokenKind op, Object a, Object b, boolean intDiv) {
        if (a instanceof String s && b instanceof String t) {
            return s + t;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return op == TokenKind.LAND ? (Boolean) (x && y) : (Boolean) (x || y);
        }
        if (a instanceof BigInteger x && b instanceof BigInteger y && (intDiv || op != TokenKind.QUO)) {
            return switch (op) {
                case ADD -> x.add(y);
                case SUB -> x.subtract(y);
                case MUL -> x.multiply(y);
                case QUO -> y.signum() == 0 ? null : x.divide(y);
                case REM -> y.signum() == 0 ? null : x.remainder(y);
                case AND -> x.and(y);
                case OR -> x.or(y);
                case XOR -> x.xor(y);
                case AND_NOT -> x.andNot(y);
                case SHL -> x.shiftLeft(y.intValue());
                case SHR -> x.shiftRight(y.intValue());
                default -> throw new IllegalArgumentException(op.toString());
            };
        }
        BigDecimal x = dec(a);
        BigDecimal y = dec(b);
        return switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            case MUL -> x.multiply(y);
            case QUO -> y.signum() == 0 ? null : x.divide(y, MC);
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    static Boolean compare(TokenKind op, Object a, Object b) {
        int c;
        if (isNumber(a) && isNumber(b)) {
            c = dec(a).compareTo(dec(b));
        } else if (a instanceof String s && b instanceof String t) {
            c = s.compareTo(t);
        } else {
            c = a.equals(b) ? 0 : 1;
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            default -> c >= 0;
        };
    }

    /** {@code op a} for a value of basic kind {@code k}. */
    static Object unary(TokenKind op, Object a, BasicKind k) {
        switch (op) {
            case ADD:
                return a;
            case SUB:
                return a instanceof BigInteger i ? i.negate() : ((BigDecimal) a).negate();
            case NOT:
                return !(Boolean) a;
            default: // XOR: bitwise complement
                BigInteger i = (BigInteger) a;
                if (k.isUnsigned()) {
                    BigInteger mask = BigInteger.ONE.shiftLeft(bits(k)).subtract(BigInteger.ONE);
                    return i.xor(mask);
                }
                return i.not();
        }
    }

    static int bits(BasicKind k) {
        return switch (k) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            default -> 64;
        };
    }

    /** Whether {@code v} fits kind {@code k}. */
    static Misfit fits(Object v, BasicKind k) {
        if (k.isInteger()) {
            if (!isNumber(v)) {
                return Misfit.MISMATCH;
            }
            BigInteger i = integral(v);
            if (i == null) {
                return Misfit.TRUNCATED;
            }
            if (k == BasicKind.UNTYPED_INT || k == BasicKind.UNTYPED_RUNE) {
                return Misfit.NONE;
            }
            int n = bits(k);
            BigInteger min = k.isUnsigned() ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(n - 1).negate();
            BigInteger max = k.isUnsigned() ? BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(n - 1).subtract(BigInteger.ONE);
            return i.compareTo(min) < 0 || i.compareTo(max) > 0 ? Misfit.OVERFLOWS : Misfit.NONE;
        }
        if (k.isFloat()) {
            if (!isNumber(v)) {
                return Misfit.MISMATCH;
            }
            double max = k == BasicKind.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
            return k != BasicKind.UNTYPED_FLOAT && dec(v).abs().compareTo(new BigDecimal(max)) > 0
                    ? Misfit.OVERFLOWS : Misfit.NONE;
        }
        if (k.isString()) {
            return v instanceof String ? Misfit.NONE : Misfit.MISMATCH;
        }
        if (k.isBoolean()) {
            return v instanceof Boolean ? Misfit.NONE : Misfit.MISMATCH;
        }
        return Misfit.MISMATCH;
    }

    /** The value as it is stored for kind {@code k}: integers for integer kinds, rounded floats for float32/64. */
    static Object convert(Object v, BasicKind k) {
        if (k.isInteger() && isNumber(v)) {
            BigInteger i = integral(v);
            return i != null ? i : v;
        }
        if (k.isFloat() && isNumber(v)) {
            BigDecimal d = dec(v);
            if (k == BasicKind.FLOAT64) {
                return new BigDecimal(d.doubleValue());
            }
            if (k == BasicKind.FLOAT32) {
                return new BigDecimal(d.floatValue());
            }
            return d;
        }
        return v;
    }

    /** How the go tool prints a constant value in a message. */
    static String show(Object v) {
        if (v instanceof BigDecimal d) {
            BigDecimal r = d.round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            int exp = r.precision() - r.scale() - 1;
            if (exp < -4 || exp >= 21) {
                String m = r.movePointLeft(exp).stripTrailingZeros().toPlainString();
                return m + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
            }
            return r.toPlainString();
        }
        if (v instanceof String s) {
            return quote(s);
        }
        return String.valueOf(v);
    }

    /** Go's {@code strconv.Quote}, for messages. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
