package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.MutexAcquired;
import dev.podium.world.goruntime.event.MutexModeChanged;
import dev.podium.world.goruntime.event.MutexReleased;
import dev.podium.world.goruntime.event.RWMutexReaders;
import dev.podium.world.goruntime.event.SyncKind;
import dev.podium.world.goruntime.event.SyncObjectMade;
import dev.podium.world.goruntime.event.SyncParked;
import dev.podium.world.goruntime.event.SyncWoken;
import dev.podium.world.goruntime.event.WaitGroupChanged;

/**
 * sync's primitives on the runtime's semaphores (reference §2.5): Mutex with normal and starvation mode (a waiter
 * that waited more than 1 ms switches it; unlock then hands the lock to the head waiter and yields), RWMutex with
 * writer preference, WaitGroup and Cond. Waiters queue FIFO through {@code G.schedlink}, so a parked goroutine
 * costs no extra node. Active spinning is not modelled.
 */
final class Syncs {
    static final long STARVATION_THRESHOLD_NANOS = 1_000_000;
    private static final int OK = 0;
    private static final int FATAL = 1;
    private static final int YIELD = 2;
    static final String UNLOCK_OF_UNLOCKED = "sync: unlock of unlocked mutex";
    static final String RUNLOCK_OF_UNLOCKED = "sync: RUnlock of unlocked RWMutex";
    static final String WUNLOCK_OF_UNLOCKED = "sync: Unlock of unlocked RWMutex";
    static final String NEGATIVE_COUNTER = "sync: negative WaitGroup counter";

    private final GoRuntime rt;
    private long nextId = 1;

    Syncs(GoRuntime rt) {
        this.rt = rt;
    }

    int perform(M m, G g, Op op) {
        if (op instanceof Op.Lock l) {
            return lock(g, l.m(), op, WaitReasons.MUTEX_LOCK) ? GoRuntime.CONTINUE : GoRuntime.PARKED;
        }
        if (op instanceof Op.Unlock u) {
            return finishUnlock(m, g, unlock(g, u.m()), UNLOCK_OF_UNLOCKED);
        }
        if (op instanceof Op.TryLock t) {
            Mutex mu = t.m();
            ensureId(mu);
            boolean ok = !mu.locked && !mu.starving;
            if (ok) {
                acquire(mu, g);
            }
            g.result = ok;
            return GoRuntime.CONTINUE;
        }
        if (op instanceof Op.RLock r) {
            return rlock(g, r.rw());
        }
        if (op instanceof Op.RUnlock r) {
            return runlock(g, r.rw());
        }
        if (op instanceof Op.WLock w) {
            return wlock(g, w.rw(), op);
        }
        if (op instanceof Op.WUnlock w) {
            return finishUnlock(m, g, wunlock(g, w.rw()), WUNLOCK_OF_UNLOCKED);
        }
        if (op instanceof Op.WaitGroupAdd a) {
            return add(g, a.wg(), a.delta());
        }
        if (op instanceof Op.WaitGroupWait w) {
            return waitGroupWait(g, w.wg());
        }
        if (op instanceof Op.CondWait w) {
            return condWait(m, g, w.c(), op);
        }
        if (op instanceof Op.CondSignal s) {
            signal(s.c(), s.all());
            return GoRuntime.CONTINUE;
        }
        throw new IllegalArgumentException("not a sync operation: " + op);
    }

    private int finishUnlock(M m, G g, int outcome, String fatalMessage) {
        if (outcome == FATAL) {
            rt.fatal(g, fatalMessage);
            return GoRuntime.DONE;
        }
        if (outcome == YIELD) {
            rt.sched().goyield(m, g);
            return GoRuntime.DONE;
        }
        return GoRuntime.CONTINUE;
    }

    // ---- Mutex ----

    /**
     * Lock (lockSlow without spinning). A woken waiter competes with newcomers; losing, it goes back to the head
     * of the queue and, having waited over 1 ms, puts the mutex in starvation mode. Returns true if g holds it.
     */
    private boolean lock(G g, Mutex mu, Op retry, String reason) {
        ensureId(mu);
        if (g.handoff) {
            g.handoff = false;
            return true;
        }
        boolean awoke = g.woken;
        g.woken = false;
        if (awoke) {
            mu.woken = false;
        }
        if (!mu.locked) {
            acquire(mu, g);
            return true;
        }
        if (awoke && !mu.starving && rt.now() - g.waitSince > STARVATION_THRESHOLD_NANOS) {
            mu.starving = true;
            rt.emit(new MutexModeChanged(rt.now(), mu.id, true));
        }
        if (awoke) {
            g.schedlink = mu.waitHead;
            mu.waitHead = g;
            if (mu.waitTail == null) {
                mu.waitTail = g;
            }
        } else {
            append(mu, g);
        }
        mu.waiters++;
        rt.emit(new SyncParked(rt.now(), mu.id, g.goid, awoke));
        g.retry = retry;
        if (awoke) {
            rt.parkKeepingSince(g, reason);
        } else {
            rt.park(g, reason);
        }
        return false;
    }

    private void acquire(Mutex mu, G g) {
        mu.locked = true;
        mu.owner = g;
        if (!mu.inner) {
            rt.emit(new MutexAcquired(rt.now(), mu.id, g.goid));
        }
    }

    /** Unlock: in starvation mode a direct hand-off to the head waiter (and the unlocker yields). */
    private int unlock(G g, Mutex mu) {
        ensureId(mu);
        if (!mu.locked) {
            return FATAL;
        }
        if (!mu.inner) {
            rt.emit(new MutexReleased(rt.now(), mu.id, g.goid));
        }
        if (mu.starving && mu.waiters > 0) {
            G w = pop(mu);
            boolean waiterStarving = rt.now() - w.waitSince > STARVATION_THRESHOLD_NANOS;
            if (!waiterStarving || mu.waiters == 0) {
                mu.starving = false;
                rt.emit(new MutexModeChanged(rt.now(), mu.id, false));
            }
            mu.owner = w;
            w.handoff = true;
            rt.emit(new SyncWoken(rt.now(), mu.id, w.goid));
            if (!mu.inner) {
                rt.emit(new MutexAcquired(rt.now(), mu.id, w.goid));
            }
            rt.ready(w);
            return YIELD;
        }
        mu.locked = false;
        mu.owner = null;
        if (mu.waiters > 0 && !mu.woken) {
            G w = pop(mu);
            mu.woken = true;
            w.woken = true;
            rt.emit(new SyncWoken(rt.now(), mu.id, w.goid));
            rt.ready(w);
        }
        return OK;
    }

    private static void append(Mutex mu, G g) {
        g.schedlink = null;
        if (mu.waitTail == null) {
            mu.waitHead = g;
        } else {
            mu.waitTail.schedlink = g;
        }
        mu.waitTail = g;
    }

    private static G pop(Mutex mu) {
        G w = mu.waitHead;
        mu.waitHead = w.schedlink;
        if (mu.waitHead == null) {
            mu.waitTail = null;
        }
        w.schedlink = null;
        mu.waiters--;
        return w;
    }

    // ---- RWMutex ----

    private int rlock(G g, RWMutex rw) {
        ensureId(rw);
        rw.readerCount++;
        if (rw.readerCount < 0) {
            g.schedlink = null;
            if (rw.readerTail == null) {
                rw.readerHead = g;
            } else {
                rw.readerTail.schedlink = g;
            }
            rw.readerTail = g;
            rt.emit(new SyncParked(rt.now(), rw.id, g.goid, false));
            rt.park(g, WaitReasons.RWMUTEX_RLOCK);
            return GoRuntime.PARKED;
        }
        readers(rw);
        return GoRuntime.CONTINUE;
    }

    private int runlock(G g, RWMutex rw) {
        ensureId(rw);
        int r = --rw.readerCount;
        if (r < 0) {
            if (r + 1 == 0 || r + 1 == -RWMutex.MAX_READERS) {
                rt.fatal(g, RUNLOCK_OF_UNLOCKED);
                return GoRuntime.DONE;
            }
            if (--rw.readerWait == 0 && rw.writerWaiting != null) {
                G w = rw.writerWaiting;
                rw.writerWaiting = null;
                rt.emit(new SyncWoken(rt.now(), rw.id, w.goid));
                rt.emit(new MutexAcquired(rt.now(), rw.id, w.goid));
                rt.ready(w);
            }
        }
        readers(rw);
        return GoRuntime.CONTINUE;
    }

    /** Lock: take w (writers exclude each other), announce the writer, wait for the readers already inside. */
    private int wlock(G g, RWMutex rw, Op retry) {
        ensureId(rw);
        if (!lock(g, rw.w, retry, WaitReasons.MUTEX_LOCK)) {
            return GoRuntime.PARKED;
        }
        g.phase = 0;
        int r = rw.readerCount;
        rw.readerCount -= RWMutex.MAX_READERS;
        readers(rw);
        if (r != 0 && (rw.readerWait += r) != 0) {
            rw.writerWaiting = g;
            rt.emit(new SyncParked(rt.now(), rw.id, g.goid, false));
            rt.park(g, WaitReasons.RWMUTEX_LOCK);
            return GoRuntime.PARKED;
        }
        rt.emit(new MutexAcquired(rt.now(), rw.id, g.goid));
        return GoRuntime.CONTINUE;
    }

    private int wunlock(G g, RWMutex rw) {
        ensureId(rw);
        int r = rw.readerCount + RWMutex.MAX_READERS;
        if (r >= RWMutex.MAX_READERS) {
            return FATAL;
        }
        rw.readerCount = r;
        rt.emit(new MutexReleased(rt.now(), rw.id, g.goid));
        for (int i = 0; i < r && rw.readerHead != null; i++) {
            G rd = rw.readerHead;
            rw.readerHead = rd.schedlink;
            if (rw.readerHead == null) {
                rw.readerTail = null;
            }
            rd.schedlink = null;
            rt.emit(new SyncWoken(rt.now(), rw.id, rd.goid));
            rt.ready(rd);
        }
        readers(rw);
        return unlock(g, rw.w);
    }

    private void readers(RWMutex rw) {
        boolean writer = rw.readerCount < 0;
        int inside = writer ? rw.readerCount + RWMutex.MAX_READERS : rw.readerCount;
        rt.emit(new RWMutexReaders(rt.now(), rw.id, inside, writer));
    }

    // ---- WaitGroup ----

    private int add(G g, WaitGroup wg, int delta) {
        ensureId(wg);
        wg.counter += delta;
        rt.emit(new WaitGroupChanged(rt.now(), wg.id, wg.counter));
        if (wg.counter < 0) {
            g.result = new Op.Fault(NEGATIVE_COUNTER);
            return GoRuntime.CONTINUE;
        }
        if (wg.counter == 0) {
            while (wg.waitHead != null) {
                G w = wg.waitHead;
                wg.waitHead = w.schedlink;
                w.schedlink = null;
                rt.emit(new SyncWoken(rt.now(), wg.id, w.goid));
                rt.ready(w);
            }
            wg.waitTail = null;
        }
        return GoRuntime.CONTINUE;
    }

    private int waitGroupWait(G g, WaitGroup wg) {
        ensureId(wg);
        if (wg.counter == 0) {
            return GoRuntime.CONTINUE;
        }
        g.schedlink = null;
        if (wg.waitTail == null) {
            wg.waitHead = g;
        } else {
            wg.waitTail.schedlink = g;
        }
        wg.waitTail = g;
        rt.emit(new SyncParked(rt.now(), wg.id, g.goid, false));
        rt.park(g, WaitReasons.WAITGROUP_WAIT);
        return GoRuntime.PARKED;
    }

    // ---- Cond ----

    /** Wait: unlock c.L, park on the notify list; once signalled (phase 1), lock c.L again. */
    private int condWait(M m, G g, Cond c, Op op) {
        ensureId(c);
        Object locker = c.locker();
        if (g.phase == 0) {
            int outcome = locker instanceof Mutex mu ? unlock(g, mu) : wunlock(g, (RWMutex) locker);
            if (outcome == FATAL) {
                rt.fatal(g, locker instanceof Mutex ? UNLOCK_OF_UNLOCKED : WUNLOCK_OF_UNLOCKED);
                return GoRuntime.DONE;
            }
            g.schedlink = null;
            if (c.waitTail == null) {
                c.waitHead = g;
            } else {
                c.waitTail.schedlink = g;
            }
            c.waitTail = g;
            g.phase = 1;
            g.retry = op;
            rt.emit(new SyncParked(rt.now(), c.id, g.goid, false));
            rt.park(g, WaitReasons.COND_WAIT);
            return GoRuntime.PARKED;
        }
        if (locker instanceof Mutex mu) {
            if (!lock(g, mu, op, WaitReasons.MUTEX_LOCK)) {
                return GoRuntime.PARKED;
            }
            g.phase = 0;
            return GoRuntime.CONTINUE;
        }
        return wlock(g, (RWMutex) locker, op);
    }

    private void signal(Cond c, boolean all) {
        ensureId(c);
        do {
            G w = c.waitHead;
            if (w == null) {
                return;
            }
            c.waitHead = w.schedlink;
            if (c.waitHead == null) {
                c.waitTail = null;
            }
            w.schedlink = null;
            rt.emit(new SyncWoken(rt.now(), c.id, w.goid));
            rt.ready(w);
        } while (all);
    }

    // ---- ids ----

    private void ensureId(Mutex mu) {
        if (mu.id == 0) {
            mu.id = nextId++;
            rt.emit(new SyncObjectMade(rt.now(), mu.id, SyncKind.MUTEX));
        }
    }

    private void ensureId(RWMutex rw) {
        if (rw.id == 0) {
            rw.id = nextId++;
            rw.w.id = rw.id;
            rw.w.inner = true;
            rt.emit(new SyncObjectMade(rt.now(), rw.id, SyncKind.RWMUTEX));
        }
    }

    private void ensureId(WaitGroup wg) {
        if (wg.id == 0) {
            wg.id = nextId++;
            rt.emit(new SyncObjectMade(rt.now(), wg.id, SyncKind.WAITGROUP));
        }
    }

    private void ensureId(Cond c) {
        if (c.id == 0) {
            c.id = nextId++;
            rt.emit(new SyncObjectMade(rt.now(), c.id, SyncKind.COND));
        }
    }
}
