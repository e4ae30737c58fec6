package dev.podium.world.goruntime.lang;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns type expressions into {@link Type}s: names, {@code pkg.T}, pointers, slices, maps, channels, function
 * and struct types. Refuses, in a program, arrays, embedded fields, pointers to non-struct types and interfaces
 * with methods (the standard library's own declarations may use them).
 */
final class TypeResolver {

    private final Checker c;
    /** Pointer bases not yet resolved when the pointer was seen; checked to be structs at the end. */
    private final List<Object[]> pendingPointers = new ArrayList<>();
    /** Inside a pointer, slice, map, channel or function type: a named type may refer to itself there. */
    private int indirection;

    TypeResolver(Checker c) {
        this.c = c;
    }

    /** The type denoted by {@code e}, or {@link Types#INVALID} after reporting why not. */
    Type typExpr(Expr e) {
        Type t = resolve(e);
        c.info.recordType(e, Operand.Mode.TYPEXPR, t, null);
        return t;
    }

    private Type resolve(Expr e) {
        if (e instanceof Expr.Ident id) {
            return named(id);
        }
        if (e instanceof Expr.Selector sel) {
            Operand x = c.exprs.selector(sel, true);
            if (x.invalid()) {
                return Types.INVALID;
            }
            if (x.mode() != Operand.Mode.TYPEXPR) {
                c.error(e.pos(), x + " is not a type");
                return Types.INVALID;
            }
            return x.type();
        }
        if (e instanceof Expr.Paren p) {
            return resolve(p.x());
        }
        if (e instanceof Expr.Star s) {
            indirection++;
            Type base = typExpr(s.x());
            indirection--;
            if (!c.std) {
                checkPointerBase(s, base);
            }
            return new Type.Pointer(base);
        }
        if (e instanceof Expr.ArrayType a) {
            return arrayOrSlice(a);
        }
        if (e instanceof Expr.MapType m) {
            indirection++;
            Type k = typExpr(m.key());
            Type v = typExpr(m.value());
            indirection--;
            if (Types.isValid(k) && !(k instanceof Type.Named n && !n.resolved()) && !Types.comparable(k)) {
                c.error(m.key().pos(), "invalid map key type " + k);
            }
            return new Type.MapT(k, v);
        }
        if (e instanceof Expr.ChanType ch) {
            indirection++;
            Type el = typExpr(ch.elem());
            indirection--;
            return new Type.Chan(ch.dir(), el);
        }
        if (e instanceof Expr.FuncType f) {
            indirection++;
            Type.Signature s = signature(f);
            indirection--;
            return s;
        }
        if (e instanceof Expr.StructType st) {
            return struct(st);
        }
        if (e instanceof Expr.InterfaceType it) {
            return iface(it);
        }
        if (e instanceof Expr.Ellipsis d) {
            c.error(d.pos(), "invalid use of ...");
            return Types.INVALID;
        }
        Operand x = c.exprs.expr(e);
        if (!x.invalid()) {
            c.error(e.pos(), x + " is not a type");
        }
        return Types.INVALID;
    }

    private Type named(Expr.Ident id) {
        if (id.name().equals("_")) {
            c.error(id.pos(), "cannot use _ as value or type");
            return Types.INVALID;
        }
        Obj o = c.lookup(id.name());
        if (o == null) {
            c.error(id.pos(), "undefined: " + id.name());
            return Types.INVALID;
        }
        c.info.recordUse(id, o);
        if (o instanceof Obj.TypeName tn) {
            if (tn.type == null || (tn.type instanceof Type.Named n && !n.resolved())) {
                if (c.decls.inProgress(tn) && indirection == 0) {
                    c.error(id.pos(), "invalid recursive type " + id.name());
                    return Types.INVALID;
                }
                c.decls.resolve(tn);
            }
            if (tn.type == Universe.COMPLEX) {
                c.unsupported(id.pos(), "the complex type " + id.name());
                return Types.INVALID;
            }
            return tn.type == null ? Types.INVALID : tn.type;
        }
        if (o instanceof Obj.PkgName) {
            c.error(id.pos(), "use of package " + id.name() + " not in selector");
            return Types.INVALID;
        }
        Operand x = c.exprs.expr(id);
        c.error(id.pos(), x + " is not a type");
        return Types.INVALID;
    }

    private void checkPointerBase(Expr.Star s, Type base) {
        if (!Types.isValid(base)) {
            return;
        }
        if (base instanceof Type.Named n && !n.resolved()) {
            pendingPointers.add(new Object[] {s, base});
            return;
        }
        if (!(base.underlying() instanceof Type.Struct)) {
            c.unsupported(s.pos(), "a pointer to a non-struct type (*" + base + ")");
        }
    }

    /** Checks the pointers whose base was not resolved when they were seen. */
    void finishPointers() {
        for (Object[] p : pendingPointers) {
            Type base = (Type) p[1];
            if (Types.isValid(base.underlying()) && !(base.underlying() instanceof Type.Struct)) {
                c.unsupported(((Expr.Star) p[0]).pos(), "a pointer to a non-struct type (*" + base + ")");
            }
        }
        pendingPointers.clear();
    }

    private Type arrayOrSlice(Expr.ArrayType a) {
        if (a.len() == null) {
            indirection++;
            Type el = typExpr(a.elem());
            indirection--;
            return new Type.Slice(el);
        }
        if (!c.std) {
            c.unsupported(a.pos(), "an array type (use a slice)");
            return Types.INVALID;
        }
        Operand n = c.exprs.expr(a.len());
        Type el = typExpr(a.elem());
        long len = n.value() instanceof BigInteger i ? i.longValue() : 0;
        return new Type.Array(len, el);
    }

    /** A function type's signature; a final {@code ...T} parameter makes it variadic with type {@code []T}. */
    Type.Signature signature(Expr.FuncType f) {
        List<Type> params = new ArrayList<>();
        boolean variadic = false;
        for (Field p : f.params()) {
            Type t;
            if (p.type() instanceof Expr.Ellipsis d) {
                t = new Type.Slice(typExpr(d.elem()));
                variadic = true;
            } else {
                t = typExpr(p.type());
            }
            for (int k = 0; k < Math.max(1, p.names().size()); k++) {
                params.add(t);
            }
        }
        List<Type> results = new ArrayList<>();
        for (Field r : f.results()) {
            Type t = typExpr(r.type());
            for (int k = 0; k < Math.max(1, r.names().size()); k++) {
                results.add(t);
            }
        }
        return new Type.Signature(List.copyOf(params), List.copyOf(results), variadic);
    }

    private Type struct(Expr.StructType st) {
        List<Type.FieldT> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Field f : st.fields()) {
            Type t = typExpr(f.type());
            if (f.names().isEmpty()) {
                if (!c.std) {
                    c.unsupported(f.pos(), "an embedded field");
                }
                continue;
            }
            for (Expr.Ident n : f.names()) {
                if (!n.name().equals("_") && !seen.add(n.name())) {
                    c.error(n.pos(), n.name() + " redeclared");
                }
                fields.add(new Type.FieldT(n.name(), t, false));
            }
        }
        return new Type.Struct(List.copyOf(fields));
    }

    private Type iface(Expr.InterfaceType it) {
        if (it.methods().isEmpty()) {
            return Types.EMPTY_INTERFACE;
        }
        if (!c.std) {
            c.unsupported(it.pos(), "an interface type with methods");
            return Types.INVALID;
        }
        List<Type.MethodT> ms = new ArrayList<>();
        for (Field m : it.methods()) {
            if (m.names().isEmpty()) {
                Type emb = typExpr(m.type());
                if (emb.underlying() instanceof Type.Interface ei) {
                    ms.addAll(ei.methods());
                }
                continue;
            }
            ms.add(new Type.MethodT(m.names().get(0).name(), signature((Expr.FuncType) m.type())));
        }
        ms.sort((a, b) -> a.name().compareTo(b.name()));
        return new Type.Interface(List.copyOf(ms), false);
    }
}
