package dev.podium.world.goruntime.lang;

/**
 * The result of checking an expression: what kind of thing it is, its type and constant value. Its
 * {@link #toString()} is the go tool's description of an operand in messages:
 * {@code x (variable of type int)}, {@code "a" (untyped string constant)}, {@code c (constant 3 of type int)},
 * {@code f() (value of type string)}, {@code nil}.
 *
 * @param mode what the expression denotes
 * @param expr the expression (null for a synthesised operand)
 * @param type its type (null for no value, a builtin or an invalid operand)
 * @param value its constant value, when {@code mode} is CONSTANT
 * @param builtin the builtin, when {@code mode} is BUILTIN
 */
record Operand(Mode mode, Expr expr, Type type, Object value, Obj.Builtin builtin) {

    /** What an operand is, with the go tool's words for it. */
    enum Mode {
        INVALID("invalid operand"), NOVALUE("no value"), BUILTIN("built-in"), TYPEXPR("type"),
        CONSTANT("constant"), VARIABLE("variable"), MAPINDEX("map index expression"), VALUE("value"),
        COMMAOK("comma, ok expression");

        final String words;

        Mode(String words) {
            this.words = words;
        }
    }

    static Operand invalid(Expr e) {
        return new Operand(Mode.INVALID, e, Types.INVALID, null, null);
    }

    static Operand of(Mode m, Expr e, Type t) {
        return new Operand(m, e, t, null, null);
    }

    static Operand constant(Expr e, Type t, Object v) {
        return new Operand(Mode.CONSTANT, e, t, v, null);
    }

    Operand withType(Type t) {
        return new Operand(mode, expr, t, value, builtin);
    }

    Operand withMode(Mode m) {
        return new Operand(m, expr, type, value, builtin);
    }

    Operand withExpr(Expr e) {
        return new Operand(mode, e, type, value, builtin);
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    boolean isNil() {
        return type instanceof Type.Basic b && b.kind() == BasicKind.UNTYPED_NIL;
    }

    /** Whether it yields a value (not a type, builtin, or nothing). */
    boolean isValue() {
        return mode == Mode.CONSTANT || mode == Mode.VARIABLE || mode == Mode.MAPINDEX || mode == Mode.VALUE
                || mode == Mode.COMMAOK;
    }

    @Override
    public String toString() {
        String e = expr == null ? "" : ExprPrinter.print(expr);
        if (isNil() && mode == Mode.VALUE) {
            return "nil";
        }
        StringBuilder sb = new StringBuilder();
        if (!e.isEmpty()) {
            sb.append(e).append(" (");
        }
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {
            }
            default -> {
                if (type != null && Types.isUntyped(type)) {
                    sb.append(type).append(' ');
                } else if (type != null) {
                    hasType = true;
                }
            }
        }
        sb.append(mode.words);
        if (mode == Mode.CONSTANT && value != null) {
            String v = Constants.show(value);
            if (!v.equals(e)) {
                sb.append(' ').append(v);
            }
        }
        if (hasType) {
            sb.append(Types.isValid(type) ? " of type " + type : " with invalid type");
        }
        if (!e.isEmpty()) {
            sb.append(')');
        }
        return sb.toString();
    }
}
