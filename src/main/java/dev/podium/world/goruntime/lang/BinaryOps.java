package dev.podium.world.goruntime.lang;

import java.math.BigInteger;

/**
 * Binary and unary operators with the go tool's rules and words: untyped operands take the other side's type,
 * {@code invalid operation: x + y (mismatched types int and string)}, operators defined only on some types,
 * comparisons yielding untyped bool, shifts, division by a zero constant, and exact constant folding.
 */
final class BinaryOps {

    private final Checker c;

    BinaryOps(Checker c) {
        this.c = c;
    }

    /** {@code x op y}; {@code e} is the binary expression, or null for {@code x op= y}. */
    Operand binary(Expr e, Expr lhs, Expr rhs, TokenKind op) {
        Operand x = c.exprs.expr(lhs);
        Operand y = c.exprs.expr(rhs);
        Expr at = e != null ? e : lhs;
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(at);
        }
        if (op == TokenKind.SHL || op == TokenKind.SHR) {
            return shift(at, x, y, op);
        }
        Operand[] xy = matchTypes(x, y);
        if (xy == null) {
            return Operand.invalid(at);
        }
        x = xy[0];
        y = xy[1];
        if (op.precedence() == 3) {
            return comparison(at, x, y, op);
        }
        if (!Types.identical(x.type(), y.type())) {
            String what = e != null ? ExprPrinter.print(e)
                    : ExprPrinter.print(lhs) + " " + op.spelling() + "= " + ExprPrinter.print(rhs);
            c.error(at.pos(), "invalid operation: " + what + " (mismatched types " + x.type() + " and " + y.type()
                    + ")");
            return Operand.invalid(at);
        }
        if (!defined(op, x.type())) {
            c.error(at.pos(), "invalid operation: operator " + op.spelling() + " not defined on " + x);
            return Operand.invalid(at);
        }
        if ((op == TokenKind.QUO || op == TokenKind.REM) && y.mode() == Operand.Mode.CONSTANT
                && Constants.isNumber(y.value()) && Constants.dec(y.value()).signum() == 0
                && (x.mode() == Operand.Mode.CONSTANT || Types.isInteger(x.type()))) {
            c.error(y.expr().pos(), "invalid operation: division by zero");
            return Operand.invalid(at);
        }
        if (x.mode() == Operand.Mode.CONSTANT && y.mode() == Operand.Mode.CONSTANT) {
            Object v = Constants.binary(op, x.value(), y.value(), Types.isInteger(x.type()));
            return fold(at, x.type(), v);
        }
        return Operand.of(Operand.Mode.VALUE, at, x.type());
    }

    /** A folded constant, checked to fit its type if typed ({@code x * 2 (constant 200 of type int8) overflows}). */
    private Operand fold(Expr at, Type t, Object v) {
        Operand r = Operand.constant(at, t, v);
        BasicKind k = Types.kind(t);
        if (k != null && !k.isUntyped()) {
            Constants.Misfit m = Constants.fits(v, k);
            if (m == Constants.Misfit.OVERFLOWS) {
                c.error(at.pos(), r + " overflows " + t);
                return Operand.invalid(at);
            }
            r = Operand.constant(at, t, Constants.convert(v, k));
        }
        return r;
    }

    private static boolean defined(TokenKind op, Type t) {
        BasicKind k = Types.kind(t);
        if (k == null) {
            return false;
        }
        return switch (op) {
            case ADD -> k.isNumeric() || k.isString();
            case SUB, MUL, QUO -> k.isNumeric();
            case REM, AND, OR, XOR, AND_NOT -> k.isInteger();
            case LAND, LOR -> k.isBoolean();
            default -> false;
        };
    }

    /** Gives untyped operands the other side's type, as far as Go allows; null after an error. */
    Operand[] matchTypes(Operand x, Operand y) {
        if (mayConvert(x, y)) {
            x = convertUntyped(x, y.type());
            if (x == null) {
                return null;
            }
            y = convertUntyped(y, x.type());
            if (y == null) {
                return null;
            }
        }
        return new Operand[] {x, y};
    }

    private static boolean mayConvert(Operand x, Operand y) {
        if (!Types.isUntyped(x.type()) && !Types.isUntyped(y.type())) {
            return false;
        }
        if (Types.isNumeric(x.type()) != Types.isNumeric(y.type())) {
            return false;
        }
        if (Types.isBoolean(x.type()) != Types.isBoolean(y.type())) {
            return false;
        }
        if (Types.isString(x.type()) != Types.isString(y.type())) {
            return false;
        }
        if (x.isNil()) {
            return Types.hasNil(y.type()) || y.isNil();
        }
        if (y.isNil()) {
            return Types.hasNil(x.type());
        }
        return !(x.type().underlying() instanceof Type.Pointer) && !(y.type().underlying() instanceof Type.Pointer);
    }

    /** Converts an untyped operand to {@code target} (or the larger untyped kind); null after an error. */
    Operand convertUntyped(Operand x, Type target) {
        if (!Types.isUntyped(x.type()) || !Types.isValid(target)) {
            return x;
        }
        if (Types.isUntyped(target)) {
            BasicKind a = Types.kind(x.type());
            BasicKind b = Types.kind(target);
            if (a.isNumeric() && b.isNumeric()) {
                return a.ordinal() >= b.ordinal() ? x : c.exprs.record(x.withType(target));
            }
            return x;
        }
        String code = c.assign.implicit(x, target);
        if (code != null) {
            String msg = switch (code) {
                case "truncated" -> x + " truncated to " + target;
                case "overflows" -> x + " overflows " + target;
                default -> "cannot convert " + x + " to type " + target;
            };
            c.error(x.expr().pos(), msg);
            return null;
        }
        if (x.isNil()) {
            return x;
        }
        Object v = x.value() == null ? null : Constants.convert(x.value(), Types.kind(target) == null
                ? BasicKind.INVALID : Types.kind(target));
        return c.exprs.record(new Operand(x.mode(), x.expr(), target, v, null));
    }

    private Operand comparison(Expr at, Operand x, Operand y, TokenKind op) {
        String cause = null;
        Operand errOp = x;
        String[] ignored = new String[1];
        boolean ok = Types.assignable(x.type(), y.type(), ignored) || Types.assignable(y.type(), x.type(), ignored);
        if (!ok) {
            errOp = y; // the go tool reports a mismatch at the second operand
            cause = "mismatched types " + x.type() + " and " + y.type();
        } else if (op == TokenKind.EQL || op == TokenKind.NEQ) {
            if (x.isNil() || y.isNil()) {
                Operand other = x.isNil() ? y : x;
                if (!Types.hasNil(other.type()) && !other.isNil()) {
                    errOp = y;
                    cause = "mismatched types " + x.type() + " and " + y.type();
                } else if (x.isNil() && y.isNil()) {
                    cause = "operator " + op.spelling() + " not defined on nil";
                }
            } else if (!Types.comparable(x.type()) || !Types.comparable(y.type())) {
                errOp = Types.comparable(x.type()) ? y : x;
                cause = incomparable(errOp.type());
            }
        } else if (!ordered(x.type()) || !ordered(y.type())) {
            errOp = ordered(x.type()) ? y : x;
            cause = "operator " + op.spelling() + " not defined on " + kindString(errOp.type());
        }
        if (cause != null) {
            c.error(errOp == x ? at.pos() : errOp.expr().pos(), "invalid operation: " + ExprPrinter.print(x.expr())
                    + " " + op.spelling() + " " + ExprPrinter.print(y.expr()) + " (" + cause + ")");
            return Operand.invalid(at);
        }
        if (x.mode() == Operand.Mode.CONSTANT && y.mode() == Operand.Mode.CONSTANT) {
            return Operand.constant(at, Types.UNTYPED_BOOL, Constants.compare(op, x.value(), y.value()));
        }
        if (Types.isUntyped(x.type())) {
            c.exprs.record(x.withType(Types.defaultType(x.type())));
        }
        return Operand.of(Operand.Mode.VALUE, at, Types.UNTYPED_BOOL);
    }

    private static boolean ordered(Type t) {
        BasicKind k = Types.kind(t);
        return k != null && k.isOrdered();
    }

    private static String incomparable(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice) {
            return "slice can only be compared to nil";
        }
        if (u instanceof Type.MapT) {
            return "map can only be compared to nil";
        }
        if (u instanceof Type.Signature) {
            return "func can only be compared to nil";
        }
        return "struct containing " + t + " cannot be compared";
    }

    private static String kindString(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice) {
            return "slice";
        }
        if (u instanceof Type.Struct) {
            return "struct";
        }
        if (u instanceof Type.Pointer) {
            return "pointer";
        }
        if (u instanceof Type.Signature) {
            return "func";
        }
        if (u instanceof Type.Interface) {
            return "interface";
        }
        if (u instanceof Type.MapT) {
            return "map";
        }
        if (u instanceof Type.Chan) {
            return "chan";
        }
        return t.toString();
    }

    private Operand shift(Expr at, Operand x, Operand y, TokenKind op) {
        if (y.mode() == Operand.Mode.CONSTANT) {
            BigInteger n = Constants.integral(y.value());
            if (n == null || n.signum() < 0 || !Constants.isNumber(y.value())) {
                c.error(y.expr().pos(), "invalid shift count " + y);
                return Operand.invalid(at);
            }
        } else if (!Types.isInteger(y.type())) {
            c.error(y.expr().pos(), "invalid operation: shift count " + y + " must be integer");
            return Operand.invalid(at);
        }
        if (x.mode() == Operand.Mode.CONSTANT && Types.isUntyped(x.type())) {
            if (Constants.integral(x.value()) == null) {
                c.error(x.expr().pos(), "invalid operation: shifted operand " + x + " must be integer");
                return Operand.invalid(at);
            }
            if (y.mode() == Operand.Mode.CONSTANT) {
                Object v = Constants.binary(op, Constants.integral(x.value()), Constants.integral(y.value()), true);
                return Operand.constant(at, Types.kind(x.type()) == BasicKind.UNTYPED_FLOAT ? Types.UNTYPED_INT
                        : x.type(), v);
            }
            c.exprs.record(x.withType(Types.INT));
            return Operand.of(Operand.Mode.VALUE, at, Types.INT);
        }
        if (!Types.isInteger(x.type())) {
            c.error(x.expr().pos(), "invalid operation: shifted operand " + x + " must be integer");
            return Operand.invalid(at);
        }
        if (x.mode() == Operand.Mode.CONSTANT && y.mode() == Operand.Mode.CONSTANT) {
            return fold(at, x.type(), Constants.binary(op, x.value(), Constants.integral(y.value()), true));
        }
        return Operand.of(Operand.Mode.VALUE, at, x.type());
    }

    /** {@code op x} for {@code + - ! ^}. */
    Operand unaryOp(Expr.Unary u, Operand x) {
        BasicKind k = Types.kind(x.type());
        boolean ok = k != null && switch (u.op()) {
            case ADD, SUB -> k.isNumeric();
            case NOT -> k.isBoolean();
            case XOR -> k.isInteger();
            default -> false;
        };
        if (!ok) {
            c.error(x.expr().pos(), "invalid operation: operator " + u.op().spelling() + " not defined on " + x);
            return Operand.invalid(u);
        }
        if (x.mode() == Operand.Mode.CONSTANT) {
            return fold(u, x.type(), Constants.unary(u.op(), x.value(), k));
        }
        return Operand.of(Operand.Mode.VALUE, u, x.type());
    }
}
