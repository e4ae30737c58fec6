package dev.podium.world.goruntime.exec;

import java.util.LinkedHashMap;

/**
 * A Go map (nil is null). Keys are the interpreter's values (Long, String, Boolean, Double, StructVal, Iface)
 * compared by value. Range order is not insertion order: {@link Machine} starts each range at a position drawn
 * from the program's seeded random stream, as Go randomises it.
 */
final class MapVal {
    final LinkedHashMap<Object, Object> m = new LinkedHashMap<>();
}
