package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;

/** {@code var}, {@code const} and {@code type} declarations inside a function: checked, then declared. */
final class LocalDecls {

    private final Checker c;

    LocalDecls(Checker c) {
        this.c = c;
    }

    void decl(Decl d) {
        if (d instanceof Decl.Var v) {
            for (Decl.VarSpec s : v.specs()) {
                List<Obj.Var> vars = new ArrayList<>();
                s.names().forEach(n -> vars.add(new Obj.Var(n.name(), n.pos(), null, false, c.pkgPath)));
                c.decls.varSpec(s, vars);
                for (int i = 0; i < vars.size(); i++) {
                    if (s.names().get(i).name().equals("_")) {
                        vars.get(i).used = true;
                    }
                    c.declare(s.names().get(i), vars.get(i));
                }
            }
        } else if (d instanceof Decl.Const k) {
            for (Decl.ConstSpec s : k.specs()) {
                List<Obj.Const> consts = new ArrayList<>();
                s.names().forEach(n -> consts.add(new Obj.Const(n.name(), n.pos(), null, null, c.pkgPath)));
                c.decls.constSpec(s, consts);
                for (int i = 0; i < consts.size(); i++) {
                    c.declare(s.names().get(i), consts.get(i));
                }
            }
        } else if (d instanceof Decl.Type t) {
            for (Decl.TypeSpec s : t.specs()) {
                if (s.alias()) {
                    Type aliased = c.types.typExpr(s.type());
                    c.declare(s.name(), new Obj.TypeName(s.name().name(), s.name().pos(), aliased, c.pkgPath));
                    continue;
                }
                Type.Named n = new Type.Named(c.pkgPath, s.name().name());
                c.declare(s.name(), new Obj.TypeName(s.name().name(), s.name().pos(), n, c.pkgPath));
                n.setUnderlying(c.types.typExpr(s.type()));
            }
        }
    }
}
