package dev.podium.world.goruntime.rt;

/**
 * A {@code sync.Cond} from {@code sync.NewCond(l)}, created by the interpreter; its locker is a {@link Mutex} or
 * the write side of a {@link RWMutex} (Podium's subset accepts those two).
 */
public final class Cond {
    private final Object locker;
    long id;
    /** The notify list, FIFO through G.schedlink. */
    G waitHead;
    G waitTail;

    /**
     * A condition on a locker.
     *
     * @param locker a {@link Mutex} or {@link RWMutex}
     */
    public Cond(Object locker) {
        if (!(locker instanceof Mutex) && !(locker instanceof RWMutex)) {
            throw new IllegalArgumentException("a Cond's locker is a Mutex or an RWMutex");
        }
        this.locker = locker;
    }

    /** {@code c.L}. */
    public Object locker() {
        return locker;
    }
}
