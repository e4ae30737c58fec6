package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.BasicKind;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.rt.Mutex;
import dev.podium.world.goruntime.rt.RWMutex;
import dev.podium.world.goruntime.rt.WaitGroup;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Go values in the interpreter: zero values, equality, sized integers, and strings as bytes. */
final class Values {
    private Values() {
    }

    static final Object[] NONE = new Object[0];

    // ---- kinds

    static BasicKind kind(Type t) {
        return t != null && t.underlying() instanceof Type.Basic b ? b.kind() : null;
    }

    static boolean isInt(BasicKind k) {
        return k != null && (k.ordinal() >= BasicKind.INT.ordinal() && k.ordinal() <= BasicKind.UINTPTR.ordinal()
                || k == BasicKind.UNTYPED_INT || k == BasicKind.UNTYPED_RUNE);
    }

    static boolean isUnsigned(BasicKind k) {
        return k != null && k.ordinal() >= BasicKind.UINT.ordinal() && k.ordinal() <= BasicKind.UINTPTR.ordinal();
    }

    static boolean isFloat(BasicKind k) {
        return k == BasicKind.FLOAT32 || k == BasicKind.FLOAT64 || k == BasicKind.UNTYPED_FLOAT;
    }

    static boolean isString(BasicKind k) {
        return k == BasicKind.STRING || k == BasicKind.UNTYPED_STRING;
    }

    /** A standard-library named type ({@code sync.Mutex}, {@code time.Duration}): its "pkg.Name", else null. */
    static String stdName(Type t) {
        if (t instanceof Type.Pointer p) {
            t = p.elem();
        }
        return t instanceof Type.Named n && !n.pkg().isEmpty() ? n.pkg() + "." + n.name() : null;
    }

    /** Whether values of {@code t} are {@link StructVal}s (program structs), copied on assignment. */
    static boolean isStruct(Type t) {
        return t.underlying() instanceof Type.Struct && !(t instanceof Type.Named n && !n.pkg().isEmpty());
    }

    /** Whether {@code t} is an interface type. */
    static boolean isIface(Type t) {
        return t.underlying() instanceof Type.Interface;
    }

    // ---- zero values

    /** The zero value of {@code t}: a fresh object for structs and sync types. */
    static Object zero(Type t) {
        if (t instanceof Type.Named n && !n.pkg().isEmpty()) {
            switch (n.pkg() + "." + n.name()) {
                case "sync.Mutex":
                    return new Mutex();
                case "sync.RWMutex":
                    return new RWMutex();
                case "sync.WaitGroup":
                    return new WaitGroup();
                case "sync.Once":
                    return new Natives.Once();
                case "strings.Builder":
                    return new Natives.Builder();
                case "time.Time":
                    return Natives.Time.ZERO;
                default:
                    break;
            }
        }
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            BasicKind k = b.kind();
            if (isInt(k)) {
                return 0L;
            }
            if (isFloat(k)) {
                return 0.0;
            }
            if (isString(k)) {
                return "";
            }
            if (k == BasicKind.BOOL || k == BasicKind.UNTYPED_BOOL) {
                return Boolean.FALSE;
            }
            return null;
        }
        if (u instanceof Type.Struct s) {
            Object[] f = new Object[s.fields().size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = zero(s.fields().get(i).type());
            }
            return new StructVal(t, f);
        }
        return null;
    }


    static Object copyIfStruct(Object v) {
        return v instanceof StructVal s ? s.copy() : v;
    }

    // ---- equality (==) for comparable values

    static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Long || a instanceof String || a instanceof Boolean || a instanceof StructVal
                || a instanceof Iface) {
            return a.equals(b);
        }
        return false;
    }

    // ---- sized integers

    /** Wraps {@code v} to the size of integer kind {@code k}, as Go's arithmetic does. */
    static long wrap(long v, BasicKind k) {
        return switch (k) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            case UINT8 -> v & 0xff;
            case UINT16 -> v & 0xffff;
            case UINT32 -> v & 0xffffffffL;
            default -> v;
        };
    }

    static boolean needsWrap(BasicKind k) {
        return switch (k) {
            case INT8, INT16, INT32, UINT8, UINT16, UINT32 -> true;
            default -> false;
        };
    }

    // ---- constants

    /** A checked constant's value as the interpreter holds a value of type {@code t}. */
    static Object constant(Object v, Type t) {
        BasicKind k = kind(t);
        if (v instanceof Boolean) {
            return v;
        }
        if (v instanceof String s) {
            return bytes(s);
        }
        if (isFloat(k)) {
            double d = v instanceof BigInteger bi ? bi.doubleValue() : ((BigDecimal) v).doubleValue();
            return k == BasicKind.FLOAT32 ? (double) (float) d : d;
        }
        if (v instanceof BigInteger bi) {
            return bi.longValue();
        }
        if (v instanceof BigDecimal bd) {
            if (isInt(k)) {
                return bd.toBigInteger().longValue();
            }
            return bd.doubleValue();
        }
        return v;
    }

    // ---- strings: one byte per char

    /** A Java (UTF-16) string as Go's bytes: its UTF-8 encoding, one byte per char. */
    static String bytes(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        return ascii ? s : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Go bytes (one per char) as Java text, decoding UTF-8 (invalid bytes become U+FFFD). */
    static String text(String b) {
        boolean ascii = true;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        return ascii ? b : new String(b.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes of rune {@code r} (invalid runes encode U+FFFD). */
    static String runeBytes(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = 0xFFFD;
        }
        if (r < 0x80) {
            return String.valueOf((char) r);
        }
        return bytes(new String(Character.toChars((int) r)));
    }

    /**
     * Decodes the rune at byte {@code i} of Go string {@code s}: returns (rune << 8) | width, as Go's range does
     * (an invalid byte is U+FFFD of width 1).
     */
    static long decodeRune(String s, int i) {
        int b0 = s.charAt(i);
        if (b0 < 0x80) {
            return ((long) b0 << 8) | 1;
        }
        int n;
        int r;
        if ((b0 & 0xE0) == 0xC0) {
            n = 2;
            r = b0 & 0x1F;
        } else if ((b0 & 0xF0) == 0xE0) {
            n = 3;
            r = b0 & 0x0F;
        } else if ((b0 & 0xF8) == 0xF0) {
            n = 4;
            r = b0 & 0x07;
        } else {
            return (0xFFFDL << 8) | 1;
        }
        if (i + n > s.length()) {
            return (0xFFFDL << 8) | 1;
        }
        for (int j = 1; j < n; j++) {
            int c = s.charAt(i + j);
            if ((c & 0xC0) != 0x80) {
                return (0xFFFDL << 8) | 1;
            }
            r = (r << 6) | (c & 0x3F);
        }
        if ((n == 2 && r < 0x80) || (n == 3 && r < 0x800) || (n == 4 && (r < 0x10000 || r > 0x10FFFF))
                || (r >= 0xD800 && r <= 0xDFFF)) {
            return (0xFFFDL << 8) | 1;
        }
        return ((long) r << 8) | n;
    }

    /** The number of runes in Go string {@code s}. */
    static int runeCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); n++) {
            i += (int) (decodeRune(s, i) & 0xff);
        }
        return n;
    }
}
