package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.BasicKind;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.rt.Hchan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's fmt: Print, Println and Printf of interface values, with Go's output for every kind of value (structs
 * {@code {1 2}}, {@code %+v}, maps sorted by key, floats in strconv's shortest form, errors and Stringers through
 * their methods). Works on strings of bytes (one per char).
 */
final class GoFmt extends FmtVerbs {
    private final Machine m;
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
                    String shown = b.kind() == BasicKind.STRING ? GoNames.quote(plain) : plain;
                    return GoNames.typeName(t) + "(" + shown + ")";
                }
                return "(" + GoNames.typeName(t) + ") " + plain;
            }
            if (t.underlying() instanceof Type.Basic) {
                return plain;
            }
            return "(" + GoNames.typeName(t) + ") " + plain;
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
                out.append(GoNames.typeName(a));
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
            pad(GoNames.typeName(a));
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

    private String goSyntax(Object v, Type t) {
        GoFmt g = new GoFmt(m);
        g.sharp = true;
        Type u = t.underlying();
        if (u instanceof Type.Pointer p) {
            if (v == null) {
                return "(" + GoNames.typeName(t) + ")(nil)";
            }
            return "&" + g.goSyntax(v, p.elem());
        }
        if (u instanceof Type.Struct st) {
            StringBuilder sb = new StringBuilder(GoNames.typeName(t)).append('{');
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
                return GoNames.typeName(t) + "(nil)";
            }
            StringBuilder sb = new StringBuilder(GoNames.typeName(t)).append('{');
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
                return GoNames.typeName(t) + "(nil)";
            }
            StringBuilder sb = new StringBuilder(GoNames.typeName(t)).append('{');
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
                return GoNames.quote((String) v);
            }
            GoFmt g = new GoFmt(m);
            g.sharp = false;
            g.basic(v, b.kind(), t, 'v');
            String s = g.out.toString();
            if (t instanceof Type.Named) {
                return GoNames.typeName(t) + "(" + s + ")";
            }
            return s;
        }
        return goSyntax(v, t);
    }

    @Override
    void badVerb(char verb, Object a) {
        out.append("%!").append(verb).append('(');
        if (a == null) {
            out.append("<nil>");
        } else {
            out.append(GoNames.typeName(a)).append('=');
            GoFmt g = new GoFmt(m);
            g.printArg(a, 'v');
            out.append(g.out);
        }
        out.append(')');
    }

}
