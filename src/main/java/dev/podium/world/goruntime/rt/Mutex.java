package dev.podium.world.goruntime.rt;

/**
 * A {@code sync.Mutex}. Its zero value is ready to use, so the interpreter creates one for each {@code
 * sync.Mutex} variable or field ({@code new Mutex()}); the runtime keeps its state and gives it an id for events
 * the first time it is used.
 */
public final class Mutex {
    /** Id in events (0 until first used). */
    long id;
    boolean locked;
    /** mutexStarving: unlock hands the lock to the head waiter. */
    boolean starving;
    /** mutexWoken: a waiter was woken and competes for the lock. */
    boolean woken;
    G owner;
    /** FIFO waiters (sema queue), linked through G.schedlink. */
    G waitHead;
    G waitTail;
    int waiters;
    /** An RWMutex's writer mutex: its events are the RWMutex's. */
    boolean inner;
    /** A new unlocked mutex. */
    public Mutex() {
    }
}
