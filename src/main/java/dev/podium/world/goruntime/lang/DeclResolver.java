package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Package-level declarations: collects imports, types, constants, variables, functions and methods into the
 * scopes, then resolves each on demand (so declaration order does not matter, as in Go), and checks constant and
 * variable specs wherever they appear. Reports unused imports last.
 */
final class DeclResolver {

    private enum State { IN_PROGRESS, DONE }

    private final Checker c;
    private final Map<Obj, Object> declOf = new IdentityHashMap<>();
    private final Map<Object, List<Obj>> objsOf = new IdentityHashMap<>();
    private final Map<Obj, State> states = new IdentityHashMap<>();
    private final List<Obj> order = new ArrayList<>();
    private final List<Obj.TypeName> typeNames = new ArrayList<>();
    private final List<Decl.Func> methodDecls = new ArrayList<>();
    /** Functions and methods with bodies to check, in source order. */
    final List<Obj.Func> bodies = new ArrayList<>();
    final List<Obj.PkgName> pkgNames = new ArrayList<>();

    DeclResolver(Checker c) {
        this.c = c;
    }

    void collect(SourceFile f) {
        for (SourceFile.ImportSpec spec : f.imports()) {
            importSpec(spec);
        }
        for (Decl d : f.decls()) {
            if (d instanceof Decl.Type t) {
                for (Decl.TypeSpec s : t.specs()) {
                    Type type = s.alias() ? null : new Type.Named(c.pkgPath, s.name().name());
                    Obj.TypeName tn = new Obj.TypeName(s.name().name(), s.name().pos(), type, c.pkgPath);
                    add(s.name(), tn, s);
                    typeNames.add(tn);
                }
            } else if (d instanceof Decl.Const k) {
                for (Decl.ConstSpec s : k.specs()) {
                    for (Expr.Ident n : s.names()) {
                        add(n, new Obj.Const(n.name(), n.pos(), null, null, c.pkgPath), s);
                    }
                }
            } else if (d instanceof Decl.Var v) {
                for (Decl.VarSpec s : v.specs()) {
                    for (Expr.Ident n : s.names()) {
                        add(n, new Obj.Var(n.name(), n.pos(), null, true, c.pkgPath), s);
                    }
                }
            } else if (d instanceof Decl.Func fn) {
                funcDecl(fn);
            }
        }
    }

    private void importSpec(SourceFile.ImportSpec spec) {
        String path = spec.pathValue();
        Pos at = spec.path().pos();
        if (path.equals("C")) {
            c.unsupported(at, "cgo (import \"C\")");
            return;
        }
        Package pkg = c.importer.apply(path);
        if (pkg == null) {
            c.unsupported(at, "package " + path);
            String name = spec.name() != null ? spec.name().name() : path.substring(path.lastIndexOf('/') + 1);
            Obj.PkgName placeholder = new Obj.PkgName(name, at, new Package(path, name, Map.of()), spec);
            placeholder.refused = true;
            c.fileScope.insert(placeholder);
            return;
        }
        c.imported.put(path, pkg);
        String name = spec.name() != null ? spec.name().name() : pkg.name();
        if (name.equals("_")) {
            return;
        }
        Obj.PkgName pn = new Obj.PkgName(name, spec.name() != null ? spec.name().pos() : at, pkg, spec);
        Obj old = c.fileScope.insert(pn);
        if (old != null) {
            c.redeclared(spec.name() != null ? spec.name() : new Expr.Ident(at, name), old);
            return;
        }
        pkgNames.add(pn);
    }

    private void funcDecl(Decl.Func fn) {
        if (fn.body() == null && !c.std) {
            c.error(fn.name().pos(), "missing function body");
        }
        if (fn.recv() != null) {
            methodDecls.add(fn);
            return;
        }
        Obj.Func f = new Obj.Func(fn.name().name(), fn.name().pos(), null, fn, c.pkgPath);
        if (fn.name().name().equals("init") && !c.std) {
            if (!fn.type().params().isEmpty() || !fn.type().results().isEmpty()) {
                c.error(fn.name().pos(), "func init must have no arguments and no return values");
            }
            declOf.put(f, fn);
            order.add(f);
            c.info.recordDef(fn.name(), f);
        } else {
            add(fn.name(), f, fn);
            if (fn.name().name().equals("main") && !c.std
                    && (!fn.type().params().isEmpty() || !fn.type().results().isEmpty())) {
                c.error(fn.name().pos(), "func main must have no arguments and no return values");
            }
        }
        if (fn.body() != null) {
            bodies.add(f);
        }
    }

    private void add(Expr.Ident id, Obj o, Object decl) {
        declOf.put(o, decl);
        objsOf.computeIfAbsent(decl, k -> new ArrayList<>()).add(o);
        order.add(o);
        c.info.recordDef(id, o);
        if (id.name().equals("_")) {
            return;
        }
        Obj imp = c.fileScope.lookupLocal(id.name());
        if (imp instanceof Obj.PkgName pn) {
            c.error(id.pos(), id.name() + " already declared through import of package " + pn.imported.name());
        }
        Obj old = c.pkgScope.insert(o);
        if (old != null) {
            c.redeclared(id, old);
        }
    }

    void resolveAll() {
        typeNames.forEach(this::resolve);
        for (Decl.Func m : methodDecls) {
            method(m);
        }
        for (Obj o : order) {
            resolve(o);
        }
    }

    boolean inProgress(Obj o) {
        return states.get(o) == State.IN_PROGRESS;
    }

    /** Resolves a package-level object's type (and value) if not done yet. */
    void resolve(Obj o) {
        Object decl = declOf.get(o);
        if (decl == null || states.containsKey(o)) {
            return;
        }
        Scope savedScope = c.scope;
        Object savedIota = c.iota;
        c.scope = c.fileScope;
        c.iota = null;
        List<Obj> group = objsOf.getOrDefault(decl, List.of(o));
        group.forEach(g -> states.put(g, State.IN_PROGRESS));
        try {
            if (decl instanceof Decl.TypeSpec s) {
                typeSpec((Obj.TypeName) o, s);
            } else if (decl instanceof Decl.ConstSpec s) {
                constSpec(s, group);
            } else if (decl instanceof Decl.VarSpec s) {
                varSpec(s, group);
            } else if (decl instanceof Decl.Func fn) {
                ((Obj.Func) o).sig = c.types.signature(fn.type());
            }
        } finally {
            group.forEach(g -> states.put(g, State.DONE));
            c.scope = savedScope;
            c.iota = savedIota;
        }
    }

    private void typeSpec(Obj.TypeName tn, Decl.TypeSpec s) {
        if (s.alias()) {
            tn.type = c.types.typExpr(s.type());
            return;
        }
        Type.Named n = (Type.Named) tn.type;
        Type u = c.types.typExpr(s.type());
        if (u.underlying() instanceof Type.Basic b && b.kind() == BasicKind.INVALID && u instanceof Type.Named) {
            u = Types.INVALID;
        }
        n.setUnderlying(u);
    }

    private void method(Decl.Func fn) {
        Field recv = fn.recv();
        Expr rt = Expr.unparen(recv.type());
        boolean ptr = rt instanceof Expr.Star;
        Expr base = ptr ? Expr.unparen(((Expr.Star) rt).x()) : rt;
        Type.Signature sig = c.types.signature(fn.type());
        Obj.Func m = new Obj.Func(fn.name().name(), fn.name().pos(), sig, fn, c.pkgPath);
        c.info.recordDef(fn.name(), m);
        if (fn.body() != null) {
            bodies.add(m);
        }
        if (!(base instanceof Expr.Ident id)) {
            Type t = c.types.typExpr(base);
            if (Types.isValid(t)) {
                c.error(base.pos(), "cannot define new methods on non-local type " + t);
            }
            return;
        }
        Obj o = c.pkgScope.lookupLocal(id.name());
        if (!(o instanceof Obj.TypeName tn) || !(tn.type instanceof Type.Named n)) {
            Type t = c.types.typExpr(base);
            if (Types.isValid(t)) {
                c.error(base.pos(), "cannot define new methods on non-local type " + t);
            }
            return;
        }
        c.info.recordUse(id, tn);
        if (n.underlying() instanceof Type.Pointer || n.underlying() instanceof Type.Interface) {
            c.error(base.pos(), "invalid receiver type " + id.name() + " (pointer or interface type)");
            return;
        }
        if (ptr && !c.std && !(n.underlying() instanceof Type.Struct)) {
            c.unsupported(rt.pos(), "a pointer to a non-struct type (*" + n + ")");
        }
        m.recv = ptr ? new Type.Pointer(n) : n;
        if (n.underlying() instanceof Type.Struct st && st.field(m.name()) != null) {
            c.error(fn.name().pos(), "field and method with the same name " + m.name());
            return;
        }
        Obj.Func prev = n.method(m.name());
        if (prev != null && !m.name().equals("_")) {
            c.error(fn.name().pos(), "method " + n.name() + "." + m.name() + " already declared at " + c.file + ":"
                    + prev.pos());
            return;
        }
        n.methods().add(m);
    }

    // ---- specs, at package level and in functions

    /** Checks a const spec, giving each object its type and value. */
    void constSpec(Decl.ConstSpec s, List<? extends Obj> objs) {
        Object savedIota = c.iota;
        c.iota = java.math.BigInteger.valueOf(s.iota());
        try {
            Type t = s.type() == null ? null : c.types.typExpr(s.type());
            if (t != null && Types.isValid(t) && !(t.underlying() instanceof Type.Basic)) {
                c.error(s.type().pos(), "invalid constant type " + t);
                t = Types.INVALID;
            }
            for (int i = 0; i < objs.size(); i++) {
                Obj.Const k = (Obj.Const) objs.get(i);
                if (i >= s.values().size()) {
                    c.error(s.names().get(i).pos(), "missing init expr for const declaration");
                    k.type = Types.INVALID;
                    continue;
                }
                Operand x = c.exprs.expr(s.values().get(i));
                if (!x.invalid() && x.mode() != Operand.Mode.CONSTANT) {
                    c.error(x.expr().pos(), x + " is not constant");
                    x = Operand.invalid(x.expr());
                }
                if (!x.invalid() && t != null) {
                    x = c.assign.convert(x, t, "constant declaration");
                }
                k.type = x.invalid() ? Types.INVALID : x.type();
                k.value = x.value();
            }
            if (s.values().size() > objs.size() && !s.inherited()) {
                c.error(s.values().get(objs.size()).pos(), "extra init expr");
            }
        } finally {
            c.iota = savedIota;
        }
    }

    /** Checks a var spec, giving each variable its type. */
    void varSpec(Decl.VarSpec s, List<? extends Obj> objs) {
        Type t = s.type() == null ? null : c.types.typExpr(s.type());
        List<Obj.Var> vars = new ArrayList<>();
        objs.forEach(o -> vars.add((Obj.Var) o));
        if (s.values().isEmpty()) {
            vars.forEach(v -> v.type = t);
            return;
        }
        c.assign.initVars(vars, t, s.values(), "variable declaration");
    }

    void unusedImports() {
        Map<String, Boolean> seen = new HashMap<>();
        for (Obj.PkgName pn : pkgNames) {
            if (!pn.used && seen.putIfAbsent(pn.name(), true) == null) {
                String path = pn.imported.path();
                String msg = pn.spec.name() != null && !pn.name().equals(pn.imported.name())
                        ? Constants.quote(path) + " imported as " + pn.name() + " and not used"
                        : Constants.quote(path) + " imported and not used";
                c.error(pn.spec.path().pos(), msg);
            }
        }
    }
}
