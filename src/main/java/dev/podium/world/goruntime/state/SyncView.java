package dev.podium.world.goruntime.state;

import dev.podium.world.goruntime.event.SyncKind;

/**
 * A sync object as the sync view draws it: a Mutex's (or RWMutex writer's) owner, starvation mode and waiters, an
 * RWMutex's readers inside and pending writer, a WaitGroup's counter, a Cond's waiters. Read-only to views.
 */
public final class SyncView {
    private final long id;
    private final SyncKind kind;
    long owner;
    boolean starving;
    int readers;
    boolean writerPending;
    int counter;
    CowLongDeque waiters = new CowLongDeque();
    Object owned;

    SyncView(long id, SyncKind kind, Object owned) {
        this.id = id;
        this.kind = kind;
        this.owned = owned;
    }

    SyncView copyFor(Object newOwner) {
        SyncView s = new SyncView(id, kind, newOwner);
        s.owner = owner;
        s.starving = starving;
        s.readers = readers;
        s.writerPending = writerPending;
        s.counter = counter;
        s.waiters = waiters.copy();
        return s;
    }

    public long id() {
        return id;
    }

    public SyncKind kind() {
        return kind;
    }

    /** The goroutine holding the Mutex or the RWMutex for writing, or 0. */
    public long owner() {
        return owner;
    }

    public boolean starving() {
        return starving;
    }

    public int readers() {
        return readers;
    }

    public boolean writerPending() {
        return writerPending;
    }

    /** A WaitGroup's counter. */
    public int counter() {
        return counter;
    }

    /** Parked goroutines, head first. */
    public long[] waiters() {
        return waiters.toArray();
    }
}
