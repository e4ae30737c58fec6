package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.CheckedProgram;
import dev.podium.world.goruntime.lang.Decl;
import dev.podium.world.goruntime.lang.Expr;
import dev.podium.world.goruntime.lang.Field;
import dev.podium.world.goruntime.lang.GoProblem;
import dev.podium.world.goruntime.lang.GoProblems;
import dev.podium.world.goruntime.lang.Obj;
import dev.podium.world.goruntime.lang.Pos;
import dev.podium.world.goruntime.lang.Stmt;
import dev.podium.world.goruntime.lang.Type;
import dev.podium.world.goruntime.lang.TypeInfo;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a checked program: one {@link Code} per function, method and closure, the package-level variables, and
 * the code of the main goroutine (variables initialised, {@code init} functions, {@code main.main}).
 */
final class Compiler {
    final CheckedProgram cp;
    final TypeInfo info;
    final Program prog;
    final Map<Obj.Func, Code> funcs = new IdentityHashMap<>();
    final Map<Obj.Var, Integer> globals = new IdentityHashMap<>();
    /** Local variables some closure captures: they live in a {@link Cell}. */
    final Set<Obj.Var> captured = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    Compiler(CheckedProgram cp, long nsPerIns) {
        this.cp = cp;
        this.info = cp.info();
        this.prog = new Program(cp.fileName(), nsPerIns);
    }

    static GoProblems problem(String file, Pos pos, String msg) {
        return new GoProblems(List.of(new GoProblem(file, pos, msg)));
    }

    Program compile() throws GoProblems {
        findCaptures();
        List<Decl.Func> fdecls = new ArrayList<>();
        List<Obj.Func> inits = new ArrayList<>();
        for (Decl d : cp.file().decls()) {
            if (d instanceof Decl.Func fd) {
                Obj.Func fo = (Obj.Func) info.defOf(fd.name());
                if (fo == null) {
                    continue;
                }
                funcs.put(fo, new Code(goName(fd)));
                fdecls.add(fd);
                if (fd.recv() == null && fd.name().name().equals("init")) {
                    inits.add(fo);
                }
            } else if (d instanceof Decl.Var v) {
                for (Decl.VarSpec s : v.specs()) {
                    for (Expr.Ident id : s.names()) {
                        if (info.defOf(id) instanceof Obj.Var ov) {
                            globals.put(ov, globals.size());
                        }
                    }
                }
            }
        }
        prog.globals = new Object[globals.size()];
        for (Decl.Func fd : fdecls) {
            Obj.Func fo = (Obj.Func) info.defOf(fd.name());
            Code code = funcs.get(fo);
            new FnCompiler(this, null, code).function(fd.recv(), fd.type(), fd.body());
            prog.methods.put(fo, code);
            if (fd.recv() == null) {
                prog.functions.put(fd.name().name(), code);
            }
        }
        // the main goroutine: package variables, init functions, main
        Code rt = new Code("runtime.main");
        FnCompiler fc = new FnCompiler(this, null, rt);
        PackageInit.compile(fc, cp.file().decls(), inits, funcs.get(cp.main()));
        prog.main = rt;
        return prog;
    }

    private static String goName(Decl.Func fd) {
        if (fd.recv() == null) {
            return "main." + fd.name().name();
        }
        Expr t = fd.recv().type();
        if (t instanceof Expr.Star s) {
            return "main.(*" + ((Expr.Ident) s.x()).name() + ")." + fd.name().name();
        }
        return "main." + ((Expr.Ident) t).name() + "." + fd.name().name();
    }

    // ---- captured variables: used inside a function literal other than the one declaring them

    private void findCaptures() {
        Map<Obj.Var, Object> declaredIn = new IdentityHashMap<>();
        Deque<Object> fns = new ArrayDeque<>();
        for (Decl d : cp.file().decls()) {
            if (d instanceof Decl.Func fd) {
                fns.push(fd);
                walk(fd, declaredIn, fns);
                fns.pop();
            }
        }
    }

    private void walk(Object node, Map<Obj.Var, Object> declaredIn, Deque<Object> fns) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> c) {
            for (Object o : c) {
                walk(o, declaredIn, fns);
            }
            return;
        }
        if (node instanceof Expr.Ident id) {
            Obj def = info.defOf(id);
            if (def instanceof Obj.Var v && !v.isGlobal()) {
                declaredIn.putIfAbsent(v, fns.peek());
            }
            Obj use = info.objectOf(id);
            if (use instanceof Obj.Var v && declaredIn.containsKey(v) && declaredIn.get(v) != fns.peek()) {
                captured.add(v);
            }
            return;
        }
        boolean fn = node instanceof Expr.FuncLit;
        if (fn) {
            fns.push(node);
        }
        if (node instanceof Record r && (node instanceof Expr || node instanceof Stmt || node instanceof Decl
                || node instanceof Field || node instanceof Stmt.CaseClause || node instanceof Stmt.CommClause
                || node instanceof Decl.VarSpec || node instanceof Decl.ConstSpec)) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Class<?> t = rc.getType();
                if (t == Pos.class || t.isPrimitive() || t == String.class || t.isEnum() || t == Object.class) {
                    continue;
                }
                try {
                    walk(rc.getAccessor().invoke(r), declaredIn, fns);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        if (fn) {
            fns.pop();
        }
    }

    /** The package variables named in these expressions (directly, not through the functions they call). */
    java.util.List<Obj.Var> globalsUsed(List<Expr> exprs) {
        java.util.List<Obj.Var> out = new ArrayList<>();
        collectGlobals(exprs, out);
        return out;
    }

    private void collectGlobals(Object node, java.util.List<Obj.Var> out) {
        if (node instanceof Collection<?> c) {
            for (Object o : c) {
                collectGlobals(o, out);
            }
            return;
        }
        if (node instanceof Expr.Ident id) {
            if (info.objectOf(id) instanceof Obj.Var v && globals.containsKey(v)) {
                out.add(v);
            }
            return;
        }
        if (node instanceof Record r && (node instanceof Expr || node instanceof Stmt || node instanceof Field
                || node instanceof Stmt.CaseClause || node instanceof Stmt.CommClause || node instanceof Decl)) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                Class<?> t = rc.getType();
                if (t == Pos.class || t.isPrimitive() || t == String.class || t.isEnum() || t == Object.class) {
                    continue;
                }
                try {
                    collectGlobals(rc.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The type the checker recorded for {@code e}. */
    Type typeOf(Expr e) {
        TypeInfo.TypeAndValue tv = info.typeOf(e);
        return tv == null ? null : tv.type();
    }
}
