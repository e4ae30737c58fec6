package dev.podium.world.goruntime.rt;

/** A {@code sync.WaitGroup}, created by the interpreter like a {@link Mutex} (zero value ready to use). */
public final class WaitGroup {
    long id;
    int counter;
    G waitHead;
    G waitTail;
    /** A new WaitGroup with counter 0. */
    public WaitGroup() {
    }
}
