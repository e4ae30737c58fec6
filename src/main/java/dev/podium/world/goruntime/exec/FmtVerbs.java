package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.BasicKind;
import dev.podium.world.goruntime.lang.Type;

/**
 * The leaves of Go's fmt: one basic value (bool, integer, float, string) under a verb with its flags, width and
 * precision, padded as fmt pads; and the order fmt sorts map keys in. {@link GoFmt} walks composite values and
 * parses the format; this part only formats and pads.
 */
abstract class FmtVerbs {
    final StringBuilder out = new StringBuilder();
    // flags of the verb in progress
    boolean minus;
    boolean plus;
    boolean plusV;
    boolean sharp;
    boolean space;
    boolean zero;
    int width = -1;
    int prec = -1;

    /** Prints {@code %!verb(type=value)} for an operand the verb does not fit. */
    abstract void badVerb(char verb, Object a);

    /** The order fmt prints map keys in: numbers, strings and booleans by value, structs field by field. */
    static int compareKeys(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a instanceof StructVal x && b instanceof StructVal y) {
            for (int i = 0; i < x.f.length; i++) {
                int c = compareKeys(x.f[i], y.f[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        if (a instanceof Iface x && b instanceof Iface y) {
            return compareKeys(x.value(), y.value());
        }
        return 0;
    }

    final void basic(Object v, BasicKind k, Type t, char verb) {
        if (k == BasicKind.BOOL) {
            if (verb == 'v' || verb == 't') {
                pad(String.valueOf(v));
            } else {
                badVerb(verb, new Iface(t, v));
            }
            return;
        }
        if (Values.isInt(k)) {
            fmtInt((Long) v, Values.isUnsigned(k), verb, t);
            return;
        }
        if (Values.isFloat(k)) {
            fmtFloat((Double) v, k == BasicKind.FLOAT32, verb, t);
            return;
        }
        if (Values.isString(k)) {
            if (sharp && verb == 'v') {
                pad(GoNames.quote((String) v));
                return;
            }
            if ("vsqxX".indexOf(verb) < 0) {
                badVerb(verb, new Iface(t, v));
                return;
            }
            fmtString((String) v, verb);
            return;
        }
        pad(String.valueOf(v));
    }

    final void fmtString(String s, char verb) {
        switch (verb) {
            case 'q' -> pad(GoNames.quote(s));
            case 'x', 'X' -> {
                StringBuilder sb = new StringBuilder();
                int lim = prec >= 0 ? Math.min(prec, s.length()) : s.length();
                for (int i = 0; i < lim; i++) {
                    if (space && i > 0) {
                        sb.append(' ');
                    }
                    String h = String.format("%02x", (int) s.charAt(i));
                    sb.append(verb == 'X' ? h.toUpperCase() : h);
                }
                pad(sb.toString());
            }
            default -> {
                if (prec >= 0) {
                    StringBuilder sb = new StringBuilder();
                    int i = 0;
                    for (int r = 0; r < prec && i < s.length(); r++) {
                        int w = (int) (Values.decodeRune(s, i) & 0xff);
                        sb.append(s, i, i + w);
                        i += w;
                    }
                    s = sb.toString();
                }
                pad(s);
            }
        }
    }

    final void fmtInt(long v, boolean unsigned, char verb, Type t) {
        String digits;
        boolean neg = !unsigned && v < 0;
        String mag = unsigned ? Long.toUnsignedString(v) : neg ? (v == Long.MIN_VALUE ? "9223372036854775808"
                : Long.toString(-v)) : Long.toString(v);
        switch (verb) {
            case 'v', 'd' -> digits = mag;
            case 'x', 'X' -> {
                String h = unsigned || !neg ? Long.toHexString(v) : Long.toHexString(-v);
                digits = (sharp ? "0x" : "") + (verb == 'X' ? h.toUpperCase() : h);
            }
            case 'o' -> digits = (sharp ? "0" : "") + (unsigned || !neg ? Long.toOctalString(v)
                    : Long.toOctalString(-v));
            case 'b' -> digits = unsigned || !neg ? Long.toBinaryString(v) : Long.toBinaryString(-v);
            case 'c' -> {
                pad(Values.runeBytes(v));
                return;
            }
            case 'q' -> {
                pad(GoNames.quoteRune(v));
                return;
            }
            case 'U' -> {
                String h = Long.toHexString(v).toUpperCase();
                pad("U+" + "0".repeat(Math.max(0, 4 - h.length())) + h);
                return;
            }
            default -> {
                badVerb(verb, new Iface(t, v));
                return;
            }
        }
        if (prec >= 0) {
            StringBuilder zs = new StringBuilder();
            String pfx = digits.startsWith("0x") ? "0x" : "";
            String body = digits.substring(pfx.length());
            while (zs.length() + body.length() < prec) {
                zs.append('0');
            }
            digits = pfx + zs + body;
        }
        String sign = neg ? "-" : plus ? "+" : space ? " " : "";
        boolean z = zero;
        zero = zero && prec < 0;
        padNumber(sign, digits);
        zero = z;
    }

    final void padNumber(String sign, String digits) {
        padNumber(sign, digits, prec < 0);
    }

    /** Pads a number; zeros go after the sign ({@code zeroOk}: ints only without a precision, floats always). */
    final void padNumber(String sign, String digits, boolean zeroOk) {
        if (zero && !minus && width > 0 && zeroOk) {
            StringBuilder sb = new StringBuilder(sign);
            for (int i = sign.length() + digits.length(); i < width; i++) {
                sb.append('0');
            }
            out.append(sb).append(digits);
            return;
        }
        pad(sign + digits);
    }

    final void fmtFloat(double d, boolean f32, char verb, Type t) {
        String s;
        switch (verb) {
            case 'v', 'g', 'G' -> s = FloatFormat.formatG(d, prec, f32);
            case 'f', 'F' -> s = FloatFormat.formatF(d, prec < 0 ? 6 : prec);
            case 'e', 'E' -> s = FloatFormat.formatE(d, prec < 0 ? 6 : prec);
            default -> {
                badVerb(verb, new Iface(t, d));
                return;
            }
        }
        if (verb == 'E' || verb == 'G') {
            s = s.toUpperCase();
        }
        String sign = "";
        if (s.startsWith("-")) {
            sign = "-";
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            sign = "+";
            s = s.substring(1);
        } else if (plus) {
            sign = "+";
        } else if (space) {
            sign = " ";
        }
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            boolean z = zero;
            zero = false;
            padNumber(sign, s);
            zero = z;
            return;
        }
        padNumber(sign, s, true);
    }

    final void pad(String s) {
        if (width < 0) {
            out.append(s);
            return;
        }
        int n = Values.runeCount(s);
        if (n >= width) {
            out.append(s);
            return;
        }
        String fill = (zero && !minus ? "0" : " ").repeat(width - n);
        if (minus) {
            out.append(s).append(" ".repeat(width - n));
        } else {
            out.append(fill).append(s);
        }
    }
}
