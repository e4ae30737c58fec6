package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A struct value, and also what a pointer to it points at: {@code &x} is this same object. Copying a struct (an
 * assignment, an argument) makes a new one ({@link #copy}), copying nested struct fields but not what pointer
 * fields point at; assigning into a struct location copies the fields into the existing object ({@link #assign})
 * so pointers to it see the change. Equality is Go's: field by field, pointers by identity.
 */
final class StructVal {
    private static final Map<Type, boolean[]> VALUE_FIELDS = new ConcurrentHashMap<>();

    final Type type;
    final Object[] f;
    /** Which fields hold struct values (copied with the struct) rather than pointers or references. */
    private final boolean[] nested;

    StructVal(Type type, Object[] f) {
        this.type = type;
        this.f = f;
        this.nested = VALUE_FIELDS.computeIfAbsent(type, StructVal::valueFields);
    }

    private static boolean[] valueFields(Type t) {
        List<Type.FieldT> fs = ((Type.Struct) t.underlying()).fields();
        boolean[] b = new boolean[fs.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = Values.isStruct(fs.get(i).type());
        }
        return b;
    }

    StructVal copy() {
        Object[] c = f.clone();
        for (int i = 0; i < c.length; i++) {
            if (nested[i] && c[i] instanceof StructVal s) {
                c[i] = s.copy();
            }
        }
        return new StructVal(type, c);
    }

    void assign(StructVal from) {
        if (from == this) {
            return;
        }
        for (int i = 0; i < f.length; i++) {
            if (nested[i] && f[i] instanceof StructVal mine && from.f[i] instanceof StructVal theirs) {
                mine.assign(theirs);
            } else {
                f[i] = nested[i] && from.f[i] instanceof StructVal s ? s.copy() : from.f[i];
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StructVal s) || s.f.length != f.length) {
            return false;
        }
        for (int i = 0; i < f.length; i++) {
            boolean same = nested[i] || !(f[i] instanceof StructVal) ? Values.equal(f[i], s.f[i]) : f[i] == s.f[i];
            if (!same) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < f.length; i++) {
            Object v = f[i];
            int e = v == null ? 0 : !nested[i] && v instanceof StructVal ? System.identityHashCode(v) : v.hashCode();
            h = 31 * h + e;
        }
        return h;
    }
}
