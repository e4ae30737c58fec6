package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.BasicKind;
import dev.podium.world.goruntime.lang.CheckedProgram;
import dev.podium.world.goruntime.lang.Decl;
import dev.podium.world.goruntime.lang.Obj;
import dev.podium.world.goruntime.lang.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-level functions of a checked program that an action may start as a goroutine ({@code addGoroutine}):
 * every function declared without a receiver except {@code main} and {@code init}, in source order, with its
 * parameter types. Immutable; any thread.
 */
public final class TopLevelFunctions {
    private TopLevelFunctions() {
    }

    /**
     * One function.
     *
     * @param name its name in the program ({@code worker}; Go prints it as {@code main.worker})
     * @param paramTypes each parameter's type as Go writes it
     * @param paramKinds each parameter's basic kind (of the underlying type), or null when it is not a basic type
     * @param variadic whether the last parameter is {@code ...T}
     * @param line the line of its declaration
     */
    public record Function(String name, List<String> paramTypes, List<BasicKind> paramKinds, boolean variadic,
                           int line) {
        public Function {
            paramTypes = List.copyOf(paramTypes);
            paramKinds = java.util.Collections.unmodifiableList(new ArrayList<>(paramKinds));
        }
    }

    /** The functions of {@code program}, in source order. */
    public static List<Function> of(CheckedProgram program) {
        List<Function> out = new ArrayList<>();
        for (Decl d : program.file().decls()) {
            if (!(d instanceof Decl.Func fd) || fd.recv() != null || fd.name().name().equals("main")
                    || fd.name().name().equals("init") || fd.name().name().equals("_")) {
                continue;
            }
            if (!(program.info().defOf(fd.name()) instanceof Obj.Func fo) || fo.signature() == null) {
                continue;
            }
            Type.Signature sig = fo.signature();
            List<String> types = new ArrayList<>();
            List<BasicKind> kinds = new ArrayList<>();
            for (Type t : sig.params()) {
                types.add(t.toString());
                kinds.add(t.underlying() instanceof Type.Basic b ? b.kind() : null);
            }
            out.add(new Function(fd.name().name(), types, kinds, sig.variadic(), fd.pos().line()));
        }
        return List.copyOf(out);
    }

    /** The function named {@code name} in {@code functions}, or null. */
    public static Function find(List<Function> functions, String name) {
        for (Function f : functions) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * {@code arg} (a Long, Double, Boolean or Java String) as the interpreter holds a value of basic kind {@code
     * kind}: sized integers wrapped, float32 rounded, strings as Go's bytes. Null when the Java type does not fit.
     */
    static Object value(Object arg, BasicKind kind) {
        if (Values.isInt(kind) && arg instanceof Long v) {
            return Values.needsWrap(kind) ? Values.wrap(v, kind) : v;
        }
        if (Values.isFloat(kind) && (arg instanceof Double || arg instanceof Long)) {
            double d = ((Number) arg).doubleValue();
            return kind == BasicKind.FLOAT32 ? (double) (float) d : d;
        }
        if (Values.isString(kind) && arg instanceof String s) {
            return Values.bytes(s);
        }
        if ((kind == BasicKind.BOOL || kind == BasicKind.UNTYPED_BOOL) && arg instanceof Boolean b) {
            return b;
        }
        return null;
    }
}
