package dev.podium.world.goruntime.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls: of functions and methods (argument count with the go tool's {@code have (...)} / {@code want (...)},
 * spreading a multi-valued call, variadic arguments), conversions ({@code int64(x)}, {@code time.Duration(n)}), and
 * the builtins ({@code len cap make new append close delete panic recover print println copy min max clear}).
 */
final class CallChecker {

    private final Checker c;

    CallChecker(Checker c) {
        this.c = c;
    }

    Operand call(Expr.Call e) {
        Operand f = c.exprs.exprOrType(e.fun());
        if (f.invalid()) {
            e.args().forEach(a -> c.exprs.raw(a, null));
            return Operand.invalid(e);
        }
        if (f.mode() == Operand.Mode.TYPEXPR) {
            return conversion(e, f.type());
        }
        if (f.mode() == Operand.Mode.BUILTIN) {
            return new Builtins(c).call(e, f.builtin());
        }
        if (!(f.type().underlying() instanceof Type.Signature sig)) {
            c.error(e.fun().pos(), "invalid operation: cannot call non-function " + f);
            e.args().forEach(a -> c.exprs.raw(a, null));
            return Operand.invalid(e);
        }
        arguments(e, sig, ExprPrinter.print(e.fun()));
        if (sig.results().isEmpty()) {
            return Operand.of(Operand.Mode.NOVALUE, e, null);
        }
        if (sig.results().size() == 1) {
            return Operand.of(Operand.Mode.VALUE, e, sig.results().get(0));
        }
        return Operand.of(Operand.Mode.VALUE, e, new Type.Tuple(sig.results()));
    }

    /** Checks a call's arguments against a signature; {@code name} is the callee as the go tool prints it. */
    void arguments(Expr.Call e, Type.Signature sig, String name) {
        List<Operand> args = new ArrayList<>();
        if (e.args().size() == 1 && !e.hasDots()) {
            args.addAll(c.exprs.multi(e.args().get(0), false));
        } else {
            e.args().forEach(a -> args.add(c.exprs.expr(a)));
        }
        if (args.stream().anyMatch(Operand::invalid)) {
            return;
        }
        List<Type> params = sig.params();
        int n = params.size();
        if (e.hasDots()) {
            if (!sig.variadic()) {
                c.error(e.args().get(e.args().size() - 1).pos(), "cannot use ... in call to non-variadic " + name);
                return;
            }
        }
        boolean countOk = sig.variadic() && !e.hasDots() ? args.size() >= n - 1 : args.size() == n;
        if (!countOk) {
            boolean tooMany = args.size() > n;
            Pos at = tooMany ? args.get(n).expr().pos()
                    : args.isEmpty() ? e.pos() : args.get(args.size() - 1).expr().pos();
            c.error(at, (tooMany ? "too many" : "not enough") + " arguments in call to " + name + "\n\thave "
                    + summary(args) + "\n\twant " + sig.paramString());
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Type t;
            if (sig.variadic() && i >= n - 1) {
                Type.Slice last = (Type.Slice) params.get(n - 1);
                t = e.hasDots() ? last : last.elem();
            } else {
                t = params.get(i);
            }
            c.assign.convert(args.get(i), t, "argument to " + name);
        }
    }

    /** {@code (int, string, number)}: argument types, untyped numeric constants as {@code number}. */
    static String summary(List<Operand> xs) {
        List<String> ts = new ArrayList<>();
        for (Operand x : xs) {
            if (x.type() == null) {
                ts.add("");
            } else if (Types.isUntyped(x.type()) && Types.isNumeric(x.type())) {
                ts.add("number");
            } else if (Types.isUntyped(x.type())) {
                ts.add(Types.kind(x.type()) == BasicKind.UNTYPED_NIL ? "nil"
                        : Types.defaultType(x.type()).toString());
            } else {
                ts.add(x.type().toString());
            }
        }
        return "(" + String.join(", ", ts) + ")";
    }

    private Operand conversion(Expr.Call e, Type t) {
        if (e.args().size() != 1) {
            e.args().forEach(c.exprs::expr);
            if (e.args().isEmpty()) {
                c.error(e.rparen(), "missing argument in conversion to " + t);
            } else {
                c.error(e.args().get(1).pos(), "too many arguments in conversion to " + t);
            }
            return Operand.invalid(e);
        }
        if (e.hasDots()) {
            c.error(e.args().get(0).pos(), "invalid use of ... in conversion to " + t);
        }
        Operand x = c.exprs.expr(e.args().get(0));
        if (x.invalid()) {
            return Operand.invalid(e);
        }
        BasicKind tk = t.underlying() instanceof Type.Basic b ? b.kind() : null;
        if (x.mode() == Operand.Mode.CONSTANT && tk != null && tk != BasicKind.INVALID) {
            Object v = x.value();
            if (tk.isString() && Types.isInteger(x.type())) {
                BigInteger cp = (BigInteger) v;
                boolean valid = cp.bitLength() <= 31 && Character.isValidCodePoint(cp.intValue())
                        && !(cp.intValue() >= 0xD800 && cp.intValue() < 0xE000);
                return Operand.constant(e, t, valid ? new String(Character.toChars(cp.intValue())) : "\uFFFD");
            }
            Constants.Misfit m = Constants.fits(v, tk);
            if (m == Constants.Misfit.NONE) {
                return Operand.constant(e, t, Constants.convert(v, tk));
            }
            if (m == Constants.Misfit.OVERFLOWS && Types.isInteger(x.type()) && tk.isInteger()) {
                c.error(x.expr().pos(), "cannot convert " + x + " to type " + t + " (constant " + Constants.show(v)
                        + " overflows " + t + ")");
            } else {
                c.error(x.expr().pos(), "cannot convert " + x + " to type " + t
                        + (m == Constants.Misfit.TRUNCATED ? " (truncated)" : ""));
            }
            return Operand.invalid(e);
        }
        Type from = x.type();
        if (Types.isUntyped(from)) {
            if (x.isNil()) {
                if (!Types.hasNil(t)) {
                    c.error(x.expr().pos(), "cannot convert nil to type " + t);
                    return Operand.invalid(e);
                }
                return Operand.of(Operand.Mode.VALUE, e, t);
            }
            from = Types.defaultType(from);
            c.exprs.record(x.withType(from));
        }
        if (!Types.convertible(from, t)) {
            c.error(x.expr().pos(), "cannot convert " + x + " to type " + t);
            return Operand.invalid(e);
        }
        return Operand.of(Operand.Mode.VALUE, e, t);
    }
}
