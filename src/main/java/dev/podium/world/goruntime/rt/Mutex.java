package dev.podium.world.goruntime.rt;

/**
 * A {@code sync.Mutex}. Its zero value is ready to use, so the interpreter creates one for each {@code
 * sync.Mutex} variable or field ({@code new Mutex()}); the runtime keeps its state and gives it an id for events
 * the first time it is used.
 */
public final class Mutex {
    /** A new unlocked mutex. */
    public Mutex() {
    }
}
