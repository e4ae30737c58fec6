package dev.podium.world.goruntime.lang;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the checker learned about a program, for the compiler: the type (and constant value) of every expression,
 * what every name denotes, and what every selector selects. Keys are syntax nodes by identity. Filled by one
 * checking thread, then only read.
 */
public final class TypeInfo {

    /** What an expression is, as far as the compiler cares. */
    public enum Kind { TYPE, CONSTANT, VARIABLE, VALUE, NOVALUE, BUILTIN, MAP_INDEX, COMMA_OK }

    /**
     * The type and, for a constant, value of an expression.
     *
     * @param kind what it is
     * @param type its type (null for no value or a builtin)
     * @param value a constant's value ({@link java.math.BigInteger}, {@link java.math.BigDecimal}, String,
     *     Boolean), else null
     */
    public record TypeAndValue(Kind kind, Type type, Object value) {
    }

    private final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
    private final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
    private final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
    private final Map<Expr.Selector, Types.Selection> selections = new IdentityHashMap<>();

    void recordType(Expr e, Operand.Mode mode, Type t, Object value) {
        Kind k = switch (mode) {
            case TYPEXPR -> Kind.TYPE;
            case CONSTANT -> Kind.CONSTANT;
            case VARIABLE -> Kind.VARIABLE;
            case NOVALUE -> Kind.NOVALUE;
            case BUILTIN -> Kind.BUILTIN;
            case MAPINDEX -> Kind.MAP_INDEX;
            case COMMAOK -> Kind.COMMA_OK;
            default -> Kind.VALUE;
        };
        types.put(e, new TypeAndValue(k, t, value));
    }

    void recordDef(Expr.Ident id, Obj o) {
        defs.put(id, o);
    }

    void recordUse(Expr.Ident id, Obj o) {
        uses.put(id, o);
    }

    void recordSelection(Expr.Selector s, Types.Selection sel) {
        selections.put(s, sel);
    }

    /** The type and value of an expression, or null if it was not checked (e.g. dead after an error). */
    public TypeAndValue typeOf(Expr e) {
        return types.get(e);
    }

    /** The object a name declares, or null if it declares none (or is not a declaration). */
    public Obj defOf(Expr.Ident id) {
        return defs.get(id);
    }

    /** The object a name refers to (declared or used), or null. */
    public Obj objectOf(Expr.Ident id) {
        Obj o = uses.get(id);
        return o != null ? o : defs.get(id);
    }

    /** For a field or method selector, its kind, type and method; null for a package member ({@code fmt.Println}). */
    public Types.Selection selectionOf(Expr.Selector s) {
        return selections.get(s);
    }
}
