package dev.podium.world.goruntime.rt;

/** A {@code sync.RWMutex}, created by the interpreter like a {@link Mutex} (zero value ready to use). */
public final class RWMutex {
    /** rwmutexMaxReaders. */
    static final int MAX_READERS = 1 << 30;
    long id;
    /** Held by writers while they wait for readers and while they hold the lock. */
    final Mutex w = new Mutex();
    /** Readers inside (minus MAX_READERS while a writer is pending or holds the lock). */
    int readerCount;
    /** Readers a pending writer still waits for. */
    int readerWait;
    /** Readers blocked by a writer, FIFO through G.schedlink. */
    G readerHead;
    G readerTail;
    /** The writer waiting for the readers inside to leave. */
    G writerWaiting;
    /** A new unlocked RWMutex. */
    public RWMutex() {
    }
}
