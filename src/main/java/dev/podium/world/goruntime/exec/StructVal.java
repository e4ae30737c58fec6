package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Type;
import java.util.Arrays;

/**
 * A struct value, and also what a pointer to it points at: {@code &x} is this same object. Copying a struct (an
 * assignment, an argument) makes a new one ({@link #copy}); assigning into a struct location copies the fields
 * into the existing object ({@link #assign}) so pointers to it see the change.
 */
final class StructVal {
    final Type type;
    final Object[] f;

    StructVal(Type type, Object[] f) {
        this.type = type;
        this.f = f;
    }

    StructVal copy() {
        Object[] c = f.clone();
        for (int i = 0; i < c.length; i++) {
            if (c[i] instanceof StructVal s) {
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
            if (f[i] instanceof StructVal mine && from.f[i] instanceof StructVal theirs) {
                mine.assign(theirs);
            } else {
                f[i] = from.f[i] instanceof StructVal s ? s.copy() : from.f[i];
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StructVal s) || s.f.length != f.length) {
            return false;
        }
        for (int i = 0; i < f.length; i++) {
            if (!Values.equal(f[i], s.f[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(f);
    }
}
