package dev.podium.world.goruntime.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexical scope: names declared in a block, a function, the file (imports), the package or the universe.
 * Lookups walk outwards. Used by one checking thread.
 */
final class Scope {

    final Scope parent;
    /** Whether this is a function's outermost scope (parameters and results). */
    final boolean isFunc;
    private final Map<String, Obj> elems = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();

    Scope(Scope parent, boolean isFunc) {
        this.parent = parent;
        this.isFunc = isFunc;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The innermost object with this name, or null. */
    Obj lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.elems.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    Obj lookupLocal(String name) {
        return elems.get(name);
    }

    /** Declares {@code o} unless the name is taken here; returns the object already there, or null. */
    Obj insert(Obj o) {
        Obj old = elems.get(o.name());
        if (old != null) {
            return old;
        }
        elems.put(o.name(), o);
        return null;
    }

    Iterable<Obj> objects() {
        return elems.values();
    }

    Map<String, Obj> asMap() {
        return elems;
    }
}
