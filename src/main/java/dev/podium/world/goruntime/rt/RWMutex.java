package dev.podium.world.goruntime.rt;

/** A {@code sync.RWMutex}, created by the interpreter like a {@link Mutex} (zero value ready to use). */
public final class RWMutex {
    /** A new unlocked RWMutex. */
    public RWMutex() {
    }
}
