package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Decl;
import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Obj;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** Compiles the main goroutine's entry: package variables in dependency order, init functions, then main.main. */
final class PackageInit {
    private PackageInit() {
    }

    /** The main goroutine's code: package variables in order, init functions, then main.main. */
    static void compile(FnCompiler fc, List<Decl> decls, List<Obj.Func> inits, Code main) throws GoProblems {
        // every package variable starts at its zero value; then the initialisers run, each after those of the
        // variables its expressions name (Go orders by dependency; Podium follows direct references only)
        List<Decl.VarSpec> specs = new ArrayList<>();
        for (Decl d : decls) {
            if (d instanceof Decl.Var v) {
                for (Decl.VarSpec spec : v.specs()) {
                    for (Expr.Ident id : spec.names()) {
                        if (fc.c.info.defOf(id) instanceof Obj.Var ov && !id.name().equals("_")) {
                            fc.pushZero(ov.type());
                            fc.store(ov);
                        }
                    }
                    if (!spec.values().isEmpty()) {
                        specs.add(spec);
                    }
                }
            }
        }
        java.util.Set<Obj.Var> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (!specs.isEmpty()) {
            Decl.VarSpec next = specs.get(0);
            for (Decl.VarSpec spec : specs) {
                if (fc.c.globalsUsed(spec.values()).stream()
                        .allMatch(g -> done.contains(g) || declares(fc, spec, g))) {
                    next = spec;
                    break;
                }
            }
            specs.remove(next);
            fc.varDecl(new Decl.Var(next.pos(), List.of(next)));
            for (Expr.Ident id : next.names()) {
                if (fc.c.info.defOf(id) instanceof Obj.Var ov) {
                    done.add(ov);
                }
            }
        }
        for (Obj.Func i : inits) {
            Code ic = fc.c.funcs.get(i);
            fc.emit((m, f) -> m.callCode(ic, null, f, 0));
        }
        fc.emit((m, f) -> m.callCode(main, null, f, 0));
        fc.emit((m, f) -> m.ret(f));
        fc.finish();
    }

    private static boolean declares(FnCompiler fc, Decl.VarSpec spec, Obj.Var v) {
        return spec.names().stream().anyMatch(id -> fc.c.info.defOf(id) == v);
    }
}
