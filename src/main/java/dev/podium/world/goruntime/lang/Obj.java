package dev.podium.world.goruntime.lang;

/**
 * What a name denotes: a variable, constant, type, function, imported package, builtin or {@code nil}. Objects
 * are created by the checker; a few fields are filled in as checking proceeds ({@link Var#used()}), so they are
 * confined to the checking thread until the {@link CheckedProgram} is returned.
 */
public sealed interface Obj {

    /** The declared name. */
    String name();

    /** Where it is declared; null for predeclared objects. */
    Pos pos();

    /** The package path it belongs to: {@code ""} for the program and the universe. */
    default String pkg() {
        return "";
    }

    /** A variable, parameter, result or struct field. */
    final class Var implements Obj {
        private final String name;
        private final Pos pos;
        private final String pkg;
        Type type;
        boolean used;
        /** Whether this is a package-level variable (never reported unused). */
        final boolean global;

        Var(String name, Pos pos, Type type, boolean global, String pkg) {
            this.name = name;
            this.pos = pos;
            this.type = type;
            this.global = global;
            this.pkg = pkg;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Pos pos() {
            return pos;
        }

        @Override
        public String pkg() {
            return pkg;
        }

        /** Its type. */
        public Type type() {
            return type;
        }

        /** Whether it is a package-level variable. */
        public boolean isGlobal() {
            return global;
        }

        /** Whether the program reads it. */
        public boolean used() {
            return used;
        }
    }

    /** A constant with its value ({@link java.math.BigInteger}, {@link java.math.BigDecimal}, String, Boolean). */
    final class Const implements Obj {
        private final String name;
        private final Pos pos;
        private final String pkg;
        Type type;
        Object value;

        Const(String name, Pos pos, Type type, Object value, String pkg) {
            this.name = name;
            this.pos = pos;
            this.type = type;
            this.value = value;
            this.pkg = pkg;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Pos pos() {
            return pos;
        }

        @Override
        public String pkg() {
            return pkg;
        }

        public Type type() {
            return type;
        }

        public Object value() {
            return value;
        }
    }

    /** A type name. */
    final class TypeName implements Obj {
        private final String name;
        private final Pos pos;
        private final String pkg;
        Type type;

        TypeName(String name, Pos pos, Type type, String pkg) {
            this.name = name;
            this.pos = pos;
            this.type = type;
            this.pkg = pkg;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Pos pos() {
            return pos;
        }

        @Override
        public String pkg() {
            return pkg;
        }

        public Type type() {
            return type;
        }
    }

    /** A function or method; {@code recv} is the receiver's type for a method ({@code T} or {@code *T}). */
    final class Func implements Obj {
        private final String name;
        private final Pos pos;
        private final String pkg;
        Type.Signature sig;
        Type recv;
        final Decl.Func decl;

        Func(String name, Pos pos, Type.Signature sig, Decl.Func decl, String pkg) {
            this.name = name;
            this.pos = pos;
            this.sig = sig;
            this.decl = decl;
            this.pkg = pkg;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Pos pos() {
            return pos;
        }

        @Override
        public String pkg() {
            return pkg;
        }

        /** Its signature, without the receiver. */
        public Type.Signature signature() {
            return sig;
        }

        /** The receiver type of a method, or null. */
        public Type receiver() {
            return recv;
        }

        /** Whether the method has a pointer receiver. */
        public boolean pointerReceiver() {
            return recv instanceof Type.Pointer;
        }

        /** The declaration in the program, or null for the standard library. */
        public Decl.Func decl() {
            return decl;
        }
    }

    /** An imported package, as named in the importing file. */
    final class PkgName implements Obj {
        private final String name;
        private final Pos pos;
        final Package imported;
        final SourceFile.ImportSpec spec;
        boolean used;
        /** A package outside the subset: refused at its import, silently invalid where used. */
        boolean refused;

        PkgName(String name, Pos pos, Package imported, SourceFile.ImportSpec spec) {
            this.name = name;
            this.pos = pos;
            this.imported = imported;
            this.spec = spec;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Pos pos() {
            return pos;
        }

        /** The package. */
        public Package imported() {
            return imported;
        }
    }

    /** A builtin function such as {@code len} or {@code make}. */
    record Builtin(String name, BuiltinId id) implements Obj {
        @Override
        public Pos pos() {
            return null;
        }
    }

    /** The predeclared {@code nil}. */
    record Nil() implements Obj {
        @Override
        public String name() {
            return "nil";
        }

        @Override
        public Pos pos() {
            return null;
        }
    }

    /** The builtin functions. */
    enum BuiltinId {
        APPEND, CAP, CLEAR, CLOSE, COPY, DELETE, LEN, MAKE, MAX, MIN, NEW, PANIC, PRINT, PRINTLN, RECOVER,
        COMPLEX, REAL, IMAG
    }
}
