package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Type;

/** Go's spellings: strconv.Quote of byte strings and runes, and types as %T prints them. */
final class GoNames {
    private GoNames() {
    }

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
