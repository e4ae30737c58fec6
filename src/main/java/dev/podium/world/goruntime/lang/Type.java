package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Go type as the checker knows it. Unnamed types are records whose equality is Go's type identity; a
 * {@link Named} type is identical only to itself. {@link #toString()} prints the type as the go tool does in its
 * messages ({@code time.Duration}, {@code <-chan int}, {@code func(int) (string, error)}).
 */
public sealed interface Type {

    /** The underlying type: itself, except for a named type. */
    default Type underlying() {
        return this;
    }

    /** A predeclared basic type, or an untyped constant's kind. Identity is by kind ({@code byte} is {@code uint8}). */
    record Basic(BasicKind kind, String name) implements Type {
        @Override
        public boolean equals(Object o) {
            return o instanceof Basic b && b.kind == kind;
        }

        @Override
        public int hashCode() {
            return kind.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code *T}. */
    record Pointer(Type elem) implements Type {
        @Override
        public String toString() {
            return "*" + elem;
        }
    }

    /** {@code []T}. */
    record Slice(Type elem) implements Type {
        @Override
        public String toString() {
            return "[]" + elem;
        }
    }

    /** {@code [n]T}; only used inside the standard library's declarations. */
    record Array(long len, Type elem) implements Type {
        @Override
        public String toString() {
            return "[" + len + "]" + elem;
        }
    }

    /** {@code map[K]V}. */
    record MapT(Type key, Type value) implements Type {
        @Override
        public String toString() {
            return "map[" + key + "]" + value;
        }
    }

    /** {@code chan T}, {@code <-chan T}, {@code chan<- T}. */
    record Chan(Expr.ChanDir dir, Type elem) implements Type {
        @Override
        public String toString() {
            String e = elem instanceof Chan c && c.dir == Expr.ChanDir.RECV && dir == Expr.ChanDir.BOTH
                    ? "(" + elem + ")" : elem.toString();
            return switch (dir) {
                case BOTH -> "chan " + e;
                case SEND -> "chan<- " + e;
                case RECV -> "<-chan " + e;
            };
        }
    }

    /** A function's type; a variadic function's last parameter is a slice. */
    record Signature(List<Type> params, List<Type> results, boolean variadic) implements Type {
        @Override
        public String toString() {
            return "func" + paramString() + resultString();
        }

        String paramString() {
            List<String> ps = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                Type t = params.get(i);
                ps.add(variadic && i == params.size() - 1 ? "..." + ((Slice) t).elem() : t.toString());
            }
            return "(" + String.join(", ", ps) + ")";
        }

        String resultString() {
            if (results.isEmpty()) {
                return "";
            }
            if (results.size() == 1 && !(results.get(0) instanceof Signature)) {
                return " " + results.get(0);
            }
            return " " + new Tuple(results);
        }
    }

    /** A struct field. */
    record FieldT(String name, Type type, boolean embedded) {
        @Override
        public String toString() {
            return embedded ? type.toString() : name + " " + type;
        }
    }

    /** {@code struct{...}}. */
    record Struct(List<FieldT> fields) implements Type {
        @Override
        public String toString() {
            List<String> fs = new ArrayList<>();
            fields.forEach(f -> fs.add(f.toString()));
            return "struct{" + String.join("; ", fs) + "}";
        }

        FieldT field(String name) {
            for (FieldT f : fields) {
                if (f.name.equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** An interface's method. */
    record MethodT(String name, Signature sig) {
    }

    /**
     * {@code interface{...}}; {@code any} is the empty interface under another spelling (identical to it).
     * Only the standard library declares non-empty interfaces ({@code error}, {@code context.Context}).
     */
    record Interface(List<MethodT> methods, boolean spelledAny) implements Type {
        @Override
        public boolean equals(Object o) {
            return o instanceof Interface i && i.methods.equals(methods);
        }

        @Override
        public int hashCode() {
            return methods.hashCode();
        }

        @Override
        public String toString() {
            if (spelledAny) {
                return "any";
            }
            List<String> ms = new ArrayList<>();
            methods.forEach(m -> ms.add(m.name + m.sig.paramString() + m.sig.resultString()));
            return "interface{" + String.join("; ", ms) + "}";
        }
    }

    /** The types of a multi-valued call. */
    record Tuple(List<Type> types) implements Type {
        @Override
        public String toString() {
            List<String> ts = new ArrayList<>();
            types.forEach(t -> ts.add(t.toString()));
            return "(" + String.join(", ", ts) + ")";
        }
    }

    /**
     * A defined type: {@code type Counter struct{...}} or a standard one such as {@code sync.Mutex}. Identical only
     * to itself. Its underlying type is set once resolved; methods are added as they are declared.
     */
    final class Named implements Type {
        private final String pkg;
        private final String name;
        private Type under;
        private final List<Obj.Func> methods = new ArrayList<>();

        Named(String pkg, String name) {
            this.pkg = pkg;
            this.name = name;
        }

        /** The package path ({@code ""} for the program's own package main and for {@code error}). */
        public String pkg() {
            return pkg;
        }

        /** The type's name. */
        public String name() {
            return name;
        }

        @Override
        public Type underlying() {
            return under == null ? Types.INVALID : under;
        }

        void setUnderlying(Type t) {
            under = t.underlying();
        }

        boolean resolved() {
            return under != null;
        }

        /** The declared methods, value and pointer receivers alike. */
        public List<Obj.Func> methods() {
            return methods;
        }

        Obj.Func method(String n) {
            for (Obj.Func m : methods) {
                if (m.name().equals(n)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            if (pkg.isEmpty()) {
                return name;
            }
            int slash = pkg.lastIndexOf('/');
            return pkg.substring(slash + 1) + "." + name;
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return Objects.hash(pkg, name);
        }
    }
}
