package dev.podium.world.goruntime.lang;

import java.util.List;

/**
 * The predeclared types and Go's type relations: identity, default types, comparability, method lookup,
 * interface satisfaction with the go tool's reasons ({@code (missing method Error)}), assignability and
 * convertibility. Stateless apart from the predeclared instances.
 */
public final class Types {

    static final Type.Basic INVALID = new Type.Basic(BasicKind.INVALID, "invalid type");
    static final Type.Basic BOOL = new Type.Basic(BasicKind.BOOL, "bool");
    static final Type.Basic INT = new Type.Basic(BasicKind.INT, "int");
    static final Type.Basic INT8 = new Type.Basic(BasicKind.INT8, "int8");
    static final Type.Basic INT16 = new Type.Basic(BasicKind.INT16, "int16");
    static final Type.Basic INT32 = new Type.Basic(BasicKind.INT32, "int32");
    static final Type.Basic INT64 = new Type.Basic(BasicKind.INT64, "int64");
    static final Type.Basic UINT = new Type.Basic(BasicKind.UINT, "uint");
    static final Type.Basic UINT8 = new Type.Basic(BasicKind.UINT8, "uint8");
    static final Type.Basic UINT16 = new Type.Basic(BasicKind.UINT16, "uint16");
    static final Type.Basic UINT32 = new Type.Basic(BasicKind.UINT32, "uint32");
    static final Type.Basic UINT64 = new Type.Basic(BasicKind.UINT64, "uint64");
    static final Type.Basic UINTPTR = new Type.Basic(BasicKind.UINTPTR, "uintptr");
    static final Type.Basic FLOAT32 = new Type.Basic(BasicKind.FLOAT32, "float32");
    static final Type.Basic FLOAT64 = new Type.Basic(BasicKind.FLOAT64, "float64");
    static final Type.Basic STRING = new Type.Basic(BasicKind.STRING, "string");
    static final Type.Basic BYTE = new Type.Basic(BasicKind.UINT8, "byte");
    static final Type.Basic RUNE = new Type.Basic(BasicKind.INT32, "rune");
    static final Type.Basic UNTYPED_BOOL = new Type.Basic(BasicKind.UNTYPED_BOOL, "untyped bool");
    static final Type.Basic UNTYPED_INT = new Type.Basic(BasicKind.UNTYPED_INT, "untyped int");
    static final Type.Basic UNTYPED_RUNE = new Type.Basic(BasicKind.UNTYPED_RUNE, "untyped rune");
    static final Type.Basic UNTYPED_FLOAT = new Type.Basic(BasicKind.UNTYPED_FLOAT, "untyped float");
    static final Type.Basic UNTYPED_STRING = new Type.Basic(BasicKind.UNTYPED_STRING, "untyped string");
    static final Type.Basic UNTYPED_NIL = new Type.Basic(BasicKind.UNTYPED_NIL, "untyped nil");
    static final Type.Interface ANY = new Type.Interface(List.of(), true);
    static final Type.Interface EMPTY_INTERFACE = new Type.Interface(List.of(), false);
    /** The predeclared {@code error}. */
    static final Type.Named ERROR = new Type.Named("", "error");

    static {
        ERROR.setUnderlying(new Type.Interface(List.of(new Type.MethodT("Error",
                new Type.Signature(List.of(), List.of(STRING), false))), false));
    }

    private Types() {
    }

    static boolean identical(Type a, Type b) {
        return a.equals(b);
    }

    static BasicKind kind(Type t) {
        return t.underlying() instanceof Type.Basic b ? b.kind() : null;
    }

    static boolean isValid(Type t) {
        return t != null && kind(t) != BasicKind.INVALID;
    }

    static boolean isUntyped(Type t) {
        return t instanceof Type.Basic b && b.kind().isUntyped();
    }

    static boolean isNumeric(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isNumeric();
    }

    static boolean isInteger(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isInteger();
    }

    static boolean isString(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isString();
    }

    static boolean isBoolean(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isBoolean();
    }

    static boolean isInterface(Type t) {
        return t.underlying() instanceof Type.Interface;
    }

    /** Named types in the spec's sense: defined types and the predeclared typed basic types. */
    static boolean isNamed(Type t) {
        return t instanceof Type.Named || (t instanceof Type.Basic b && !b.kind().isUntyped());
    }

    /** The type an untyped constant takes where a type is needed. */
    static Type defaultType(Type t) {
        if (!(t instanceof Type.Basic b)) {
            return t;
        }
        return switch (b.kind()) {
            case UNTYPED_BOOL -> BOOL;
            case UNTYPED_INT -> INT;
            case UNTYPED_RUNE -> RUNE;
            case UNTYPED_FLOAT -> FLOAT64;
            case UNTYPED_STRING -> STRING;
            default -> t;
        };
    }

    static boolean hasNil(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Pointer || u instanceof Type.Slice || u instanceof Type.MapT
                || u instanceof Type.Chan || u instanceof Type.Signature || u instanceof Type.Interface;
    }

    static boolean comparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Basic b) {
            return b.kind() != BasicKind.UNTYPED_NIL;
        }
        if (u instanceof Type.Struct s) {
            return s.fields().stream().allMatch(f -> comparable(f.type()));
        }
        if (u instanceof Type.Array a) {
            return comparable(a.elem());
        }
        return u instanceof Type.Pointer || u instanceof Type.Chan || u instanceof Type.Interface;
    }

    // ---- selectors

    /**
     * What {@code x.name} selects: a field, a declared method or an interface's method; {@code indirect} when
     * {@code x} is a pointer.
     */
    public record Selection(Kind kind, String name, Type type, Obj.Func method, boolean indirect) {
        /** What is selected. */
        public enum Kind { FIELD, METHOD, INTERFACE_METHOD }
    }

    /** Looks up a field or method of {@code t} (through one pointer), or null. */
    static Selection lookup(Type t, String name) {
        boolean indirect = false;
        Type base = t;
        if (t.underlying() instanceof Type.Pointer p && !(t instanceof Type.Named)) {
            base = p.elem();
            indirect = true;
        }
        if (base instanceof Type.Named n) {
            Obj.Func m = n.method(name);
            if (m != null) {
                return new Selection(Selection.Kind.METHOD, name, m.sig, m, indirect);
            }
        }
        Type u = base.underlying();
        if (u instanceof Type.Struct s) {
            Type.FieldT f = s.field(name);
            if (f != null) {
                return new Selection(Selection.Kind.FIELD, name, f.type(), null, indirect);
            }
        }
        if (u instanceof Type.Interface i && !indirect) {
            for (Type.MethodT m : i.methods()) {
                if (m.name().equals(name)) {
                    return new Selection(Selection.Kind.INTERFACE_METHOD, name, m.sig(), null, false);
                }
            }
        }
        return null;
    }

    /** A field or method whose name differs from {@code name} only in case, for the go tool's hint, or null. */
    static String caseHint(Type t, String name) {
        Type base = t.underlying() instanceof Type.Pointer p ? p.elem() : t;
        if (base instanceof Type.Named n) {
            for (Obj.Func m : n.methods()) {
                if (m.name().equalsIgnoreCase(name)) {
                    return "method " + m.name();
                }
            }
        }
        if (base.underlying() instanceof Type.Struct s) {
            for (Type.FieldT f : s.fields()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return "field " + f.name();
                }
            }
        }
        return null;
    }

    // ---- interfaces

    /** Why {@code v} does not implement {@code iface} ({@code (missing method Error)}), or null if it does. */
    static String missingMethod(Type v, Type iface) {
        Type.Interface it = (Type.Interface) iface.underlying();
        for (Type.MethodT want : it.methods()) {
            Type.Signature have = null;
            boolean pointerOnly = false;
            if (v.underlying() instanceof Type.Interface vi) {
                for (Type.MethodT m : vi.methods()) {
                    if (m.name().equals(want.name())) {
                        have = m.sig();
                    }
                }
            } else {
                Selection s = lookup(v, want.name());
                if (s != null && s.kind() == Selection.Kind.METHOD) {
                    have = s.method().sig;
                    pointerOnly = s.method().pointerReceiver() && !(v.underlying() instanceof Type.Pointer);
                }
            }
            if (have == null) {
                return "(missing method " + want.name() + ")";
            }
            if (!identical(have, want.sig())) {
                return "(wrong type for method " + want.name() + ")\n\t\thave " + want.name() + have.paramString()
                        + have.resultString() + "\n\t\twant " + want.name() + want.sig().paramString()
                        + want.sig().resultString();
            }
            if (pointerOnly) {
                return "(method " + want.name() + " has pointer receiver)";
            }
        }
        return null;
    }

    // ---- assignability and conversion of non-constant values

    /**
     * Whether a value of type {@code v} may be assigned to {@code t}; on failure {@code cause[0]} may hold the go
     * tool's explanation. Untyped constants are handled by the checker before this.
     */
    static boolean assignable(Type v, Type t, String[] cause) {
        if (!isValid(v) || !isValid(t) || identical(v, t)) {
            return true;
        }
        if (v instanceof Type.Basic b && b.kind() == BasicKind.UNTYPED_NIL) {
            return hasNil(t);
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (identical(vu, tu) && (!isNamed(v) || !isNamed(t)) && !(tu instanceof Type.Interface)) {
            return true;
        }
        if (tu instanceof Type.Interface) {
            String why = missingMethod(v, t);
            if (why == null) {
                return true;
            }
            cause[0] = v + " does not implement " + t + " " + why;
            return false;
        }
        if (vu instanceof Type.Chan vc && vc.dir() == Expr.ChanDir.BOTH && tu instanceof Type.Chan tc
                && identical(vc.elem(), tc.elem()) && (!isNamed(v) || !isNamed(t))) {
            return true;
        }
        return false;
    }

    /** Whether a non-constant value of type {@code v} converts to {@code t}. */
    static boolean convertible(Type v, Type t) {
        if (assignable(v, t, new String[1])) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (identical(vu, tu)) {
            return true;
        }
        if (vu instanceof Type.Pointer vp && tu instanceof Type.Pointer tp && !(v instanceof Type.Named)
                && !(t instanceof Type.Named) && identical(vp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        if (isNumeric(vu) && isNumeric(tu)) {
            return true;
        }
        if (isString(tu) && (isInteger(vu) || isByteOrRuneSlice(vu))) {
            return true;
        }
        return isString(vu) && isByteOrRuneSlice(tu);
    }

    static boolean isByteOrRuneSlice(Type t) {
        if (t.underlying() instanceof Type.Slice s) {
            BasicKind k = kind(s.elem());
            return k == BasicKind.UINT8 || k == BasicKind.INT32;
        }
        return false;
    }
}
