package dev.podium.world.goruntime.exec;

import dev.podium.world.goruntime.lang.Type;

/**
 * A non-nil interface value holding a value of a program type (or a predeclared type): its dynamic type and
 * value. Native values (errors, contexts) are held in interfaces as themselves, without an Iface.
 */
record Iface(Type type, Object value) {
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Iface i) || !i.type.equals(type)) {
            return false;
        }
        if (type.underlying() instanceof Type.Pointer || type.underlying() instanceof Type.Chan) {
            return value == i.value;
        }
        return Values.equal(value, i.value);
    }

    @Override
    public int hashCode() {
        return value == null ? 0 : value.hashCode();
    }
}
