package dev.podium.world.goruntime.lang;

import java.util.Collections;
import java.util.Map;

/**
 * A standard package of the subset ({@code fmt}, {@code sync}, {@code time}, ...), declared in Go in
 * {@link StdLib} and checked like a program. Its members are what a program may select; the runtime slice
 * implements them natively, keyed by path and name.
 *
 * @param path the import path, e.g. {@code math/rand}
 * @param name the package name, e.g. {@code rand}
 * @param members the package-level objects by name
 */
public record Package(String path, String name, Map<String, Obj> members) {

    public Package {
        members = Collections.unmodifiableMap(members);
    }
}
