package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.BasicKind;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.rt.Hchan;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's fmt: Print, Println and Printf of interface values, with Go's output for every kind of value (structs
 * {@code {1 2}}, {@code %+v}, maps sorted by key, floats in strconv's shortest form, errors and Stringers through
 * their methods). Works on strings of bytes (one per char).
 */
final class GoFmt {
    private final Machine m;
    private final StringBuilder out = new StringBuilder();
    // flags of the verb in progress
    private boolean minus;
    private boolean plus;
    private boolean plusV;
    private boolean sharp;
    private boolean space;
    private boolean zero;
    private int width = -1;
    private int prec = -1;
    /** Errorf: the operand of %w. */
    Object wrapped;

    GoFmt(Machine m) {
        this.m = m;
    }

    static String sprint(Machine m, Object[] args, boolean ln) {
        GoFmt g = new GoFmt(m);
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            boolean isString = a instanceof Iface iv && Values.isString(Values.kind(iv.type()))
                    && iv.type() instanceof Type.Basic;
            if (i > 0 && (ln || !isString && !prevString)) {
                g.out.append(' ');
            }
            g.printArg(a, 'v');
            prevString = isString;
        }
        if (ln) {
            g.out.append('\n');
        }
        return g.out.toString();
    }

    static String sprintf(Machine m, String format, Object[] args) {
        GoFmt g = new GoFmt(m);
        g.doPrintf(format, args);
        return g.out.toString();
    }

    static GoError errorf(Machine m, String format, Object[] args) {
        GoFmt g = new GoFmt(m);
        g.doPrintf(format, args);
        return new GoError(g.out.toString(), g.wrapped, g.wrapped != null ? "*fmt.wrapError"
                : "*errors.errorString");
    }

    /** A panic value as the runtime prints it after {@code panic: }. */
    static String panicValue(Machine m, Object v) {
        if (v instanceof GoError e) {
            return e.msg;
        }
        if (v instanceof Iface i) {
            Object err = Dispatch.method(m.p, i.type(), "Error");
            if (err != null) {
                return callString(m, err, i);
            }
            Object str = Dispatch.method(m.p, i.type(), "String");
            if (str != null) {
                return callString(m, str, i);
            }
            Type t = i.type();
            String plain = new GoFmt(m).valueString(i.value(), t);
            if (t instanceof Type.Named) {
                if (t.underlying() instanceof Type.Basic b) {
                    return typeName(t) + "(" + (b.kind() == BasicKind.STRING ? quote(plain) : plain) + ")";
                }
                return "(" + typeName(t) + ") " + plain;
            }
            if (t.underlying() instanceof Type.Basic) {
                return plain;
            }
            return "(" + typeName(t) + ") " + plain;
        }
        if (v == null) {
            return "nil";
        }
        return String.valueOf(v);
    }

    private String valueString(Object v, Type t) {
        printValue(v, t, 'v', 0);
        return out.toString();
    }

    private static String callString(Machine m, Object fn, Iface i) {
        Object recv = i.value();
        if (fn instanceof Funcs.Closure c && !c.code().name.contains("(*")) {
            recv = Values.copyIfStruct(recv);
        }
        Object[] r = m.callSync(fn, recv);
        return (String) r[0];
    }

    // ---- Printf

    private void doPrintf(String format, Object[] args) {
        int argNum = 0;
        int n = format.length();
        for (int i = 0; i < n; ) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            minus = plus = sharp = space = zero = false;
            width = -1;
            prec = -1;
            flags:
            while (i < n) {
                switch (format.charAt(i)) {
                    case '-' -> minus = true;
                    case '+' -> plus = true;
                    case '#' -> sharp = true;
                    case ' ' -> space = true;
                    case '0' -> zero = !minus;
                    default -> {
                        break flags;
                    }
                }
                i++;
            }
            if (i < n && format.charAt(i) == '*') {
                i++;
                if (argNum < args.length && args[argNum] instanceof Iface iv && iv.value() instanceof Long w) {
                    width = (int) (long) w;
                    if (width < 0) {
                        minus = true;
                        width = -width;
                    }
                } else {
                    out.append("%!(BADWIDTH)");
                }
                argNum++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(format.substring(start, i));
                }
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    i++;
                    if (argNum < args.length && args[argNum] instanceof Iface iv && iv.value() instanceof Long p) {
                        prec = (int) (long) p;
                    }
                    argNum++;
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    prec = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
                }
            }
            if (i >= n) {
                out.append("%!(NOVERB)");
                break;
            }
            char verb = format.charAt(i);
            i++;
            if (verb >= 0x80) {
                long d = Values.decodeRune(format, i - 1);
                i += (int) (d & 0xff) - 1;
                verb = (char) (d >> 8);
            }
            if (verb == '%') {
                out.append('%');
                continue;
            }
            if (argNum >= args.length) {
                out.append("%!").append(verb).append("(MISSING)");
                continue;
            }
            Object arg = args[argNum++];
            plusV = false;
            if (verb == 'v' && plus) {
                plus = false;
                plusV = true;
            }
            if (verb == 'w') {
                wrapped = arg;
                verb = 'v';
            }
            printArg(arg, verb);
        }
        if (argNum < args.length) {
            out.append("%!(EXTRA ");
            for (int k = argNum; k < args.length; k++) {
                if (k > argNum) {
                    out.append(", ");
                }
                Object a = args[k];
                out.append(typeName(a));
                out.append('=');
                width = -1;
                prec = -1;
                minus = plus = sharp = space = zero = false;
                printArg(a, 'v');
            }
            out.append(')');
        }
    }

    // ---- one operand

    private void printArg(Object a, char verb) {
        if (a == null) {
            if (verb == 'T' || verb == 'v') {
                pad("<nil>");
            } else {
                badVerb(verb, a);
            }
            return;
        }
        if (verb == 'T') {
            pad(typeName(a));
            return;
        }
        if (verb == 'p') {
            pad("0xc000010000");
            return;
        }
        if (handleMethods(a, verb)) {
            return;
        }
        if (a instanceof Iface i) {
            printValue(i.value(), i.type(), verb, 0);
        } else if (a instanceof Natives.Ctx c) {
            pad(c.ctx() == null ? "context.Background" : "context.Context");
        } else {
            pad(String.valueOf(a));
        }
    }

    /** error and Stringer, as fmt's handleMethods: for %v %s %q %x %X (not %#v). */
    private boolean handleMethods(Object a, char verb) {
        if (sharp && verb == 'v') {
            return false;
        }
        if (verb != 'v' && verb != 's' && verb != 'q' && verb != 'x' && verb != 'X') {
            return false;
        }
        String s = null;
        if (a instanceof GoError e) {
            s = e.msg;
        } else if (a instanceof Iface i) {
            Object fn = Dispatch.method(m.p, i.type(), "Error");
            if (fn == null) {
                fn = Dispatch.method(m.p, i.type(), "String");
            }
            if (fn != null) {
                try {
                    s = callString(m, fn, i);
                } catch (GoPanic p) {
                    if (i.value() == null && i.type() instanceof Type.Pointer) {
                        out.append("<nil>");
                        return true;
                    }
                    out.append("%!").append(verb).append("(PANIC=")
                            .append(Dispatch.method(m.p, i.type(), "Error") != null ? "Error" : "String")
                            .append(" method: ").append(panicValue(m, p.value)).append(')');
                    return true;
                }
            }
        }
        if (s == null) {
            return false;
        }
        fmtString(s, verb);
        return true;
    }

    /** Prints a value of static type {@code t}; {@code depth} > 0 inside a composite. */
    private void printValue(Object v, Type t, char verb, int depth) {
        if (depth > 0 && !Values.isIface(t) && t instanceof Type.Named || depth > 0 && t instanceof Type.Pointer) {
            if (v != null || !(t.underlying() instanceof Type.Pointer)) {
                if (handleMethods(new Iface(t, v), verb)) {
                    return;
                }
            }
        }
        if (Values.isIface(t)) {
            if (v == null) {
                if (depth == 0 || verb == 'v') {
                    pad("<nil>");
                } else {
                    badVerb(verb, null);
                }
                return;
            }
            if (depth > 0 && handleMethods(v, verb)) {
                return;
            }
            if (v instanceof Iface i) {
                printValue(i.value(), i.type(), verb, depth + 1);
            } else {
                printArg(v, verb);
            }
            return;
        }
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            basic(v, b.kind(), t, verb);
            return;
        }
        if (sharp && verb == 'v') {
            out.append(goSyntax(v, t));
            return;
        }
        if (u instanceof Type.Pointer p) {
            if (v == null) {
                pad("<nil>");
                return;
            }
            if (depth == 0 && v instanceof StructVal && (verb == 'v')) {
                out.append('&');
                printValue(v, p.elem(), verb, depth + 1);
                return;
            }
            pad("0xc000010000");
            return;
        }
        if (u instanceof Type.Struct st) {
            out.append('{');
            StructVal sv = (StructVal) v;
            for (int i = 0; i < st.fields().size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                Type.FieldT fld = st.fields().get(i);
                if (plusV) {
                    out.append(fld.name()).append(':');
                }
                Object fv = sv.f[i];
                if (!exported(fld.name()) && fld.type() instanceof Type.Named && !Values.isIface(fld.type())) {
                    // fmt cannot call methods through unexported fields
                    plainValue(fv, fld.type(), verb, depth + 1);
                } else {
                    printValue(fv, fld.type(), verb, depth + 1);
                }
            }
            out.append('}');
            return;
        }
        if (u instanceof Type.Slice sl) {
            SliceVal s = (SliceVal) v;
            if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
                    && Values.kind(sl.elem()) == BasicKind.UINT8) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; s != null && i < s.len; i++) {
                    sb.append((char) (long) (Long) s.arr[s.off + i]);
                }
                fmtString(sb.toString(), verb);
                return;
            }
            out.append('[');
            for (int i = 0; s != null && i < s.len; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                printValue(s.arr[s.off + i], sl.elem(), verb, depth + 1);
            }
            out.append(']');
            return;
        }
        if (u instanceof Type.MapT mt) {
            MapVal mv = (MapVal) v;
            out.append("map[");
            if (mv != null) {
                List<Map.Entry<Object, Object>> es = new ArrayList<>(mv.m.entrySet());
                es.sort((x, y) -> compareKeys(x.getKey(), y.getKey()));
                boolean first = true;
                for (Map.Entry<Object, Object> e : es) {
                    if (!first) {
                        out.append(' ');
                    }
                    first = false;
                    printValue(e.getKey(), mt.key(), verb, depth + 1);
                    out.append(':');
                    printValue(e.getValue(), mt.value(), verb, depth + 1);
                }
            }
            out.append(']');
            return;
        }
        if (u instanceof Type.Chan || u instanceof Type.Signature) {
            pad(v == null ? "<nil>" : v instanceof Hchan ? "0xc000020060" : "0x47b0e0");
            return;
        }
        pad(String.valueOf(v));
    }

    private void plainValue(Object v, Type t, char verb, int depth) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            basic(v, b.kind(), t, verb);
        } else {
            printValue(v, u, verb, depth);
        }
    }

    private static boolean exported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

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

    private void basic(Object v, BasicKind k, Type t, char verb) {
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
                pad(quote((String) v));
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

    private void fmtString(String s, char verb) {
        switch (verb) {
            case 'q' -> pad(quote(s));
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

    private void fmtInt(long v, boolean unsigned, char verb, Type t) {
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
                pad(quoteRune(v));
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

    private void padNumber(String sign, String digits) {
        padNumber(sign, digits, prec < 0);
    }

    /** Pads a number; zeros go after the sign ({@code zeroOk}: ints only without a precision, floats always). */
    private void padNumber(String sign, String digits, boolean zeroOk) {
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

    private void fmtFloat(double d, boolean f32, char verb, Type t) {
        String s;
        switch (verb) {
            case 'v', 'g', 'G' -> s = formatG(d, prec, f32);
            case 'f', 'F' -> s = formatF(d, prec < 0 ? 6 : prec);
            case 'e', 'E' -> s = formatE(d, prec < 0 ? 6 : prec);
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

    /** strconv.FormatFloat(d, 'f', prec, 64). */
    static String formatF(double d, int prec) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        String s = new BigDecimal(d).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            return s.startsWith("-") ? s : "-" + s;
        }
        return s;
    }

    /** strconv.FormatFloat(d, 'e', prec, 64). */
    static String formatE(double d, int prec) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return formatF(d, 0);
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String digits;
        int exp;
        if (a == 0) {
            digits = "0".repeat(prec + 1);
            exp = 0;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            digits = bd.unscaledValue().toString();
            exp = digits.length() - 1 - bd.scale();
            while (digits.length() < prec + 1) {
                digits += "0";
            }
            digits = digits.substring(0, prec + 1);
        }
        return (neg ? "-" : "") + eForm(digits, exp);
    }

    private static String eForm(String digits, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int ax = Math.abs(exp);
        if (ax < 10) {
            sb.append('0');
        }
        sb.append(ax);
        return sb.toString();
    }

    /** The shortest decimal digits that read back as {@code a} (> 0), and the exponent of the first digit. */
    private static Object[] shortest(double a, boolean f32) {
        for (int p = 1; p <= 17; p++) {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            boolean same = f32 ? (float) bd.doubleValue() == (float) a : bd.doubleValue() == a;
            if (same) {
                String digits = bd.unscaledValue().toString();
                int exp = digits.length() - 1 - bd.scale();
                digits = digits.replaceAll("0+$", "");
                if (digits.isEmpty()) {
                    digits = "0";
                }
                return new Object[] {digits, exp};
            }
        }
        throw new IllegalStateException();
    }

    /** strconv.FormatFloat(d, 'g', prec, 64) (prec -1: shortest), as %v prints floats. */
    static String formatG(double d, int prec, boolean f32) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String digits;
        int exp;
        int eprec;
        if (a == 0) {
            digits = "0";
            exp = 0;
            eprec = prec < 0 ? 6 : prec == 0 ? 1 : prec;
        } else if (prec < 0) {
            Object[] sh = shortest(a, f32);
            digits = (String) sh[0];
            exp = (Integer) sh[1];
            eprec = 6;
        } else {
            int p = prec == 0 ? 1 : prec;
            BigDecimal bd = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            digits = bd.unscaledValue().toString();
            exp = digits.length() - 1 - bd.scale();
            digits = digits.replaceAll("0+$", "");
            if (digits.isEmpty()) {
                digits = "0";
            }
            eprec = p;
            if (eprec > digits.length() && digits.length() >= exp + 1) {
                eprec = digits.length();
            }
        }
        String s;
        if (exp < -4 || exp >= eprec) {
            s = eForm(digits, exp);
        } else if (exp < 0) {
            s = "0." + "0".repeat(-exp - 1) + digits;
        } else if (digits.length() <= exp + 1) {
            s = digits + "0".repeat(exp + 1 - digits.length());
        } else {
            s = digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
        }
        return (neg ? "-" : "") + s;
    }

    /** The runtime's print of a float (println): +1.500000e+000. */
    static String printFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        String e = formatE(d, 6);
        String sign = e.startsWith("-") ? "-" : "+";
        if (e.startsWith("-")) {
            e = e.substring(1);
        }
        int at = e.indexOf('e');
        String mant = e.substring(0, at);
        int exp = Integer.parseInt(e.substring(at + 1));
        return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%03d", Math.abs(exp));
    }

    private String goSyntax(Object v, Type t) {
        GoFmt g = new GoFmt(m);
        g.sharp = true;
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) {
            if (v == null) {
                return "(" + typeName(t) + ")(nil)";
            }
            return "&" + g.goSyntax(v, p.elem());
        }
        if (u instanceof Type.Struct st) {
            StringBuilder sb = new StringBuilder(typeName(t)).append('{');
            StructVal sv = (StructVal) v;
            for (int i = 0; i < st.fields().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(st.fields().get(i).name()).append(':')
                        .append(new GoFmt(m).sharpValue(sv.f[i], st.fields().get(i).type()));
            }
            return sb.append('}').toString();
        }
        if (u instanceof Type.Slice sl) {
            SliceVal s = (SliceVal) v;
            if (s == null) {
                return typeName(t) + "(nil)";
            }
            StringBuilder sb = new StringBuilder(typeName(t)).append('{');
            for (int i = 0; i < s.len; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(new GoFmt(m).sharpValue(s.arr[s.off + i], sl.elem()));
            }
            return sb.append('}').toString();
        }
        if (u instanceof Type.MapT mt) {
            MapVal mv = (MapVal) v;
            if (mv == null) {
                return typeName(t) + "(nil)";
            }
            StringBuilder sb = new StringBuilder(typeName(t)).append('{');
            List<Map.Entry<Object, Object>> es = new ArrayList<>(mv.m.entrySet());
            es.sort((x, y) -> compareKeys(x.getKey(), y.getKey()));
            boolean first = true;
            for (Map.Entry<Object, Object> e : es) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(new GoFmt(m).sharpValue(e.getKey(), mt.key())).append(':')
                        .append(new GoFmt(m).sharpValue(e.getValue(), mt.value()));
            }
            return sb.append('}').toString();
        }
        return new GoFmt(m).sharpValue(v, t);
    }

    private String sharpValue(Object v, Type t) {
        sharp = true;
        if (Values.isIface(t)) {
            if (v == null) {
                return "interface {}(nil)";
            }
            if (v instanceof Iface i) {
                return sharpValue(i.value(), i.type());
            }
            return String.valueOf(v);
        }
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            if (Values.isString(b.kind())) {
                return quote((String) v);
            }
            GoFmt g = new GoFmt(m);
            g.sharp = false;
            g.basic(v, b.kind(), t, 'v');
            String s = g.out.toString();
            if (t instanceof Type.Named) {
                return typeName(t) + "(" + s + ")";
            }
            return s;
        }
        return goSyntax(v, t);
    }

    private void badVerb(char verb, Object a) {
        out.append("%!").append(verb).append('(');
        if (a == null) {
            out.append("<nil>");
        } else {
            out.append(typeName(a)).append('=');
            GoFmt g = new GoFmt(m);
            g.printArg(a, 'v');
            out.append(g.out);
        }
        out.append(')');
    }

    private void pad(String s) {
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

    // ---- quoting and type names

    /** strconv.Quote of Go bytes. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); ) {
            long d = Values.decodeRune(s, i);
            int w = (int) (d & 0xff);
            int r = (int) (d >> 8);
            if (r == 0xFFFD && w == 1 && !s.startsWith("\u00ef\u00bf\u00bd", i)) {
                sb.append(String.format("\\x%02x", (int) s.charAt(i)));
                i++;
                continue;
            }
            appendEscaped(sb, r, '"');
            i += w;
        }
        return sb.append('"').toString();
    }

    static String quoteRune(long r) {
        StringBuilder sb = new StringBuilder("'");
        appendEscaped(sb, (int) r, '\'');
        return sb.append('\'').toString();
    }

    private static void appendEscaped(StringBuilder sb, int r, char q) {
        switch (r) {
            case '\u0007' -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 0x0b -> sb.append("\\v");
            case '\\' -> sb.append("\\\\");
            default -> {
                if (r == q) {
                    sb.append('\\').append(q);
                } else if (r < 0x20 || r == 0x7f) {
                    sb.append(String.format("\\x%02x", r));
                } else if (r < 0x80) {
                    sb.append((char) r);
                } else if (Character.isISOControl(r) || !Character.isDefined(r)) {
                    sb.append(r < 0x10000 ? String.format("\\u%04x", r) : String.format("\\U%08x", r));
                } else {
                    sb.append(Values.runeBytes(r));
                }
            }
        }
    }

    /** %T of an interface value. */
    static String typeName(Object a) {
        if (a == null) {
            return "<nil>";
        }
        if (a instanceof Iface i) {
            return typeName(i.type());
        }
        if (a instanceof GoError e) {
            return e.typeName;
        }
        if (a instanceof Natives.Ctx c) {
            return c.ctx() == null ? "context.backgroundCtx" : "*context.cancelCtx";
        }
        return a.getClass().getSimpleName();
    }

    /** A type as %T prints it: main.T, []int, map[string]main.T, *main.T. */
    static String typeName(Type t) {
        if (t instanceof Type.Named n) {
            if (n.pkg().isEmpty()) {
                return n.name().equals("error") ? "error" : "main." + n.name();
            }
            return n.toString();
        }
        if (t instanceof Type.Pointer p) {
            return "*" + typeName(p.elem());
        }
        if (t instanceof Type.Slice s) {
            return "[]" + typeName(s.elem());
        }
        if (t instanceof Type.MapT mt) {
            return "map[" + typeName(mt.key()) + "]" + typeName(mt.value());
        }
        if (t instanceof Type.Chan c) {
            return switch (c.dir()) {
                case BOTH -> "chan " + typeName(c.elem());
                case SEND -> "chan<- " + typeName(c.elem());
                case RECV -> "<-chan " + typeName(c.elem());
            };
        }
        if (t instanceof Type.Interface i && i.methods().isEmpty()) {
            return "interface {}";
        }
        if (t instanceof Type.Basic b) {
            return switch (b.kind()) {
                case UINT8 -> "uint8";
                case INT32 -> "int32";
                default -> b.name();
            };
        }
        if (t instanceof Type.Struct st) {
            StringBuilder sb = new StringBuilder("struct {");
            for (int i = 0; i < st.fields().size(); i++) {
                sb.append(i > 0 ? "; " : " ").append(st.fields().get(i).name()).append(' ')
                        .append(typeName(st.fields().get(i).type()));
            }
            return sb.append(st.fields().isEmpty() ? "}" : " }").toString();
        }
        return t.toString();
    }
}
