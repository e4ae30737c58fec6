package dev.podium.world.goruntime.lang;

/**
 * The universe scope: the predeclared types ({@code int}, {@code string}, {@code error}, {@code any}, ...),
 * constants ({@code true}, {@code false}, {@code iota}), {@code nil} and the builtin functions. Complex types and
 * builtins are declared so that using them is refused rather than undefined. Immutable after class
 * initialisation.
 */
final class Universe {

    static final Scope SCOPE = new Scope(null, false);
    /** Stands for {@code complex64} and {@code complex128}, which the subset refuses. */
    static final Type.Named COMPLEX = new Type.Named("", "complex128");
    static final Obj.Const IOTA = new Obj.Const("iota", null, Types.UNTYPED_INT, java.math.BigInteger.ZERO, "");

    static {
        COMPLEX.setUnderlying(Types.INVALID);
        for (Type.Basic b : new Type.Basic[] {Types.BOOL, Types.INT, Types.INT8, Types.INT16, Types.INT32, Types.INT64,
            Types.UINT, Types.UINT8, Types.UINT16, Types.UINT32, Types.UINT64, Types.UINTPTR, Types.FLOAT32,
            Types.FLOAT64, Types.STRING, Types.BYTE, Types.RUNE}) {
            SCOPE.insert(new Obj.TypeName(b.name(), null, b, ""));
        }
        SCOPE.insert(new Obj.TypeName("error", null, Types.ERROR, ""));
        SCOPE.insert(new Obj.TypeName("any", null, Types.ANY, ""));
        SCOPE.insert(new Obj.TypeName("complex64", null, COMPLEX, ""));
        SCOPE.insert(new Obj.TypeName("complex128", null, COMPLEX, ""));
        SCOPE.insert(new Obj.Const("true", null, Types.UNTYPED_BOOL, Boolean.TRUE, ""));
        SCOPE.insert(new Obj.Const("false", null, Types.UNTYPED_BOOL, Boolean.FALSE, ""));
        SCOPE.insert(IOTA);
        SCOPE.insert(new Obj.Nil());
        for (Obj.BuiltinId id : Obj.BuiltinId.values()) {
            SCOPE.insert(new Obj.Builtin(id.name().toLowerCase(java.util.Locale.ROOT), id));
        }
    }

    private Universe() {
    }
}
