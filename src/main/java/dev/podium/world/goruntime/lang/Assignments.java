package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Assignment in all its forms: a value to a typed destination (implicit conversion of untyped constants, then
 * assignability, with the go tool's {@code cannot use x (...) as T value in <context>}), variable initialisation
 * with count checks ({@code assignment mismatch: 2 variables but f returns 1 value}), and {@code =} to
 * addressable operands.
 */
final class Assignments {

    private final Checker c;

    Assignments(Checker c) {
        this.c = c;
    }

    /**
     * Assigns {@code x} to a destination of type {@code t} (null: the destination takes the value's default type).
     * Returns the operand as assigned, or an invalid operand after reporting why not.
     */
    Operand convert(Operand x, Type t, String context) {
        x = c.exprs.singleValue(x);
        if (x.invalid()) {
            return x;
        }
        if (!x.isValue()) {
            c.error(x.expr().pos(), "cannot assign " + x + " to " + t + " in " + context);
            return Operand.invalid(x.expr());
        }
        if (Types.isUntyped(x.type())) {
            Type target = t;
            if (t == null || (Types.isInterface(t) && !x.isNil())) {
                if (t == null && x.isNil()) {
                    c.error(x.expr().pos(), "use of untyped nil in " + context);
                    return Operand.invalid(x.expr());
                }
                target = Types.defaultType(x.type());
            }
            String code = implicit(x, target);
            if (code != null) {
                String msg = "cannot use " + x + " as " + target + " value in " + context;
                if (code.equals("truncated") || code.equals("overflows")) {
                    msg += " (" + code + ")";
                }
                c.error(x.expr().pos(), msg);
                return Operand.invalid(x.expr());
            }
            Type nt = target.underlying() instanceof Type.Basic ? target : x.isNil() ? x.type() : target;
            Object v = x.value() == null ? null : Constants.convert(x.value(), Types.kind(target) == null
                    ? BasicKind.INVALID : Types.kind(target));
            x = new Operand(x.mode(), x.expr(), nt, v, null);
            c.info.recordType(x.expr(), x.mode(), nt, v);
        }
        if (t == null) {
            return x;
        }
        String[] cause = new String[1];
        if (!Types.assignable(x.type(), t, cause)) {
            String msg = "cannot use " + x + " as " + t + " value in " + context;
            c.error(x.expr().pos(), cause[0] != null ? msg + ": " + cause[0] : msg);
            return Operand.invalid(x.expr());
        }
        return x.withType(t);
    }

    /**
     * Whether untyped {@code x} can take type {@code target}: null if so, else {@code truncated},
     * {@code overflows} or {@code mismatch}.
     */
    String implicit(Operand x, Type target) {
        Type u = target.underlying();
        if (u instanceof Type.Basic b) {
            if (x.mode() == Operand.Mode.CONSTANT) {
                return switch (Constants.fits(x.value(), b.kind())) {
                    case NONE -> null;
                    case TRUNCATED -> "truncated";
                    case OVERFLOWS -> "overflows";
                    default -> "mismatch";
                };
            }
            BasicKind k = Types.kind(x.type());
            boolean ok = switch (k) {
                case UNTYPED_BOOL -> b.kind().isBoolean();
                case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT -> b.kind().isNumeric();
                case UNTYPED_STRING -> b.kind().isString();
                case UNTYPED_NIL -> false;
                default -> true;
            };
            return ok ? null : "mismatch";
        }
        if (u instanceof Type.Interface i) {
            return x.isNil() || i.methods().isEmpty() ? null : "mismatch";
        }
        if (u instanceof Type.Pointer || u instanceof Type.Signature || u instanceof Type.Slice
                || u instanceof Type.MapT || u instanceof Type.Chan) {
            return x.isNil() ? null : "mismatch";
        }
        return "mismatch";
    }

    /**
     * Initialises variables from values: one each, or several from one multi-valued expression. In a
     * {@code var} declaration ({@code varDecl}), a count mismatch is {@code missing init expr for b} or
     * {@code extra init expr}; otherwise {@code assignment mismatch}.
     */
    void initVars(List<Obj.Var> vars, Type t, List<Expr> values, String context) {
        int before = c.errorCount();
        initVarsChecked(vars, t, values, context);
        if (c.errorCount() > before) {
            vars.forEach(v -> v.used = true); // as the go tool: no "declared and not used" after a failed init
        }
    }

    private void initVarsChecked(List<Obj.Var> vars, Type t, List<Expr> values, String context) {
        boolean varDecl = context.equals("variable declaration");
        int l = vars.size();
        int r = values.size();
        // x := f() with f returning two values says "assignment mismatch"; var x = f() says "multiple-value"
        boolean isCall = r == 1 && !(varDecl && l == 1) && Expr.unparen(values.get(0)) instanceof Expr.Call;
        if (l == r && !isCall) {
            for (int i = 0; i < l; i++) {
                Operand x = c.exprs.expr(values.get(i));
                initVar(vars.get(i), t, x, varDecl ? context : "assignment");
            }
            return;
        }
        if (r == 1) {
            List<Operand> xs = c.exprs.multi(values.get(0), l == 2);
            if (xs.size() == l) {
                for (int i = 0; i < l; i++) {
                    initVar(vars.get(i), t, xs.get(i), "assignment");
                }
                return;
            }
            if (!xs.isEmpty() && !xs.get(0).invalid()) {
                assignError(values, l, xs.size());
            }
            vars.forEach(v -> v.type = v.type == null ? Types.INVALID : v.type);
            return;
        }
        values.forEach(c.exprs::expr);
        vars.forEach(v -> v.type = v.type == null ? (t == null ? Types.INVALID : t) : v.type);
        if (varDecl) {
            if (l < r) {
                c.error(values.get(l).pos(), "extra init expr");
            } else {
                c.error(vars.get(r).pos(), "missing init expr for " + vars.get(r).name());
            }
        } else {
            assignError(values, l, r);
        }
    }

    private void initVar(Obj.Var v, Type t, Operand x, String context) {
        Type dest = v.type != null ? v.type : t;
        Operand y = convert(x, dest, context);
        if (v.type == null) {
            v.type = dest != null ? dest : y.invalid() ? Types.INVALID : y.type();
        }
    }

    void assignError(List<Expr> rhs, int l, int r) {
        String vars = l == 1 ? "1 variable" : l + " variables";
        String vals = r == 1 ? "1 value" : r + " values";
        Expr rhs0 = rhs.get(0);
        if (rhs.size() == 1 && Expr.unparen(rhs0) instanceof Expr.Call call) {
            c.error(rhs0.pos(), "assignment mismatch: " + vars + " but " + ExprPrinter.print(call.fun()) + " returns "
                    + vals);
            return;
        }
        c.error(rhs0.pos(), "assignment mismatch: " + vars + " but " + vals);
    }

    /** {@code lhs = rhs...} (also {@code op=} via {@link #assignTo}). */
    void assign(List<Expr> lhs, List<Expr> rhs) {
        int l = lhs.size();
        int r = rhs.size();
        boolean isCall = r == 1 && Expr.unparen(rhs.get(0)) instanceof Expr.Call;
        if (l == r && !isCall) {
            for (int i = 0; i < l; i++) {
                Type t = lhsVar(lhs.get(i));
                Operand x = c.exprs.expr(rhs.get(i));
                assignTo(t, x, "assignment");
            }
            return;
        }
        if (r == 1) {
            List<Type> ts = new ArrayList<>();
            lhs.forEach(e -> ts.add(lhsVar(e)));
            List<Operand> xs = c.exprs.multi(rhs.get(0), l == 2);
            if (xs.size() == l) {
                for (int i = 0; i < l; i++) {
                    assignTo(ts.get(i), xs.get(i), "assignment");
                }
            } else if (!xs.isEmpty() && !xs.get(0).invalid()) {
                assignError(rhs, l, xs.size());
            }
            return;
        }
        lhs.forEach(this::lhsVar);
        rhs.forEach(c.exprs::expr);
        assignError(rhs, l, r);
    }

    /** Assigns {@code x} to a destination whose type {@link #lhsVar} found (null for {@code _}). */
    void assignTo(Type t, Operand x, String context) {
        if (t != null && !Types.isValid(t)) {
            c.exprs.singleValue(x);
            return;
        }
        convert(x, t, context);
    }

    /** The type of an assignment's destination, or null for {@code _}; reading a variable here is not a use. */
    Type lhsVar(Expr lhs) {
        Expr e = Expr.unparen(lhs);
        if (e instanceof Expr.Ident id && id.name().equals("_")) {
            c.info.recordDef(id, null);
            return null;
        }
        Obj.Var v = null;
        boolean wasUsed = false;
        if (e instanceof Expr.Ident id && c.lookup(id.name()) instanceof Obj.Var w) {
            v = w;
            wasUsed = w.used;
        }
        Operand z = c.exprs.expr(lhs);
        if (v != null) {
            v.used = wasUsed;
        }
        if (z.invalid()) {
            return Types.INVALID;
        }
        if (z.mode() == Operand.Mode.VARIABLE || z.mode() == Operand.Mode.MAPINDEX) {
            return z.type();
        }
        if (e instanceof Expr.Selector sel) {
            Operand base = c.exprs.peek(sel.x());
            if (base.mode() == Operand.Mode.MAPINDEX) {
                c.error(lhs.pos(), "cannot assign to struct field " + ExprPrinter.print(lhs) + " in map");
                return Types.INVALID;
            }
        }
        c.error(lhs.pos(), "cannot assign to " + ExprPrinter.print(lhs)
                + " (neither addressable nor a map index expression)");
        return Types.INVALID;
    }
}
