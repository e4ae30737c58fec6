package dev.podium.world.goruntime.lang;

/** The kinds of basic types, typed and untyped. */
public enum BasicKind {
    INVALID, BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, FLOAT32, FLOAT64,
    STRING, UNSAFE_POINTER,
    UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_STRING, UNTYPED_NIL;

    boolean isInteger() {
        return (ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal()) || this == UNTYPED_INT
                || this == UNTYPED_RUNE;
    }

    boolean isUnsigned() {
        return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
    }

    boolean isNumeric() {
        return isInteger() || isFloat();
    }

    boolean isString() {
        return this == STRING || this == UNTYPED_STRING;
    }

    boolean isBoolean() {
        return this == BOOL || this == UNTYPED_BOOL;
    }

    boolean isUntyped() {
        return ordinal() >= UNTYPED_BOOL.ordinal();
    }

    /** Whether values of this kind are ordered ({@code < <= > >=}). */
    boolean isOrdered() {
        return isNumeric() || isString();
    }
}
