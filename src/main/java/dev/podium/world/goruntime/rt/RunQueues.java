package dev.podium.world.goruntime.rt;

import dev.podium.world.goruntime.event.GlobalQueueTaken;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.RunQueue;
import dev.podium.world.goruntime.event.RunQueueOverflowed;

/**
 * proc.go's run queues: each P's runnext slot and 256-slot local ring, and the global run queue linked through
 * {@link G#schedlink} (reference §2.2). Putting and taking emit {@link GoroutineQueued} and its kin; stealing
 * between Ps is the {@link Scheduler}'s. Single-threaded like the kernel.
 */
final class RunQueues {
    private final GoRuntime rt;
    private final Scheduler sched;
    // the global run queue, linked through G.schedlink
    G globHead;
    G globTail;
    int globSize;
    /** Set by runqget and globrunqget: whether the goroutine taken inherits the time slice (came from runnext). */
    boolean inheritTime;

    RunQueues(GoRuntime rt, Scheduler sched) {
        this.rt = rt;
        this.sched = sched;
    }

    /** runqput: into runnext ({@code next}; the old runnext goes to the ring's tail) or the ring's tail. */
    void runqput(P p, G g, boolean next) {
        if (next) {
            G old = p.runnext;
            if (old != null) {
                p.runnext = null;
                ringput(p, old);
            }
            p.runnext = g;
            rt.emit(new GoroutineQueued(rt.now(), g.goid, p.id, RunQueue.RUNNEXT));
            return;
        }
        ringput(p, g);
    }

    private void ringput(P p, G g) {
        if (p.runqsize() < P.RING) {
            p.runq[p.runqtail++ & (P.RING - 1)] = g;
            rt.emit(new GoroutineQueued(rt.now(), g.goid, p.id, RunQueue.LOCAL));
            return;
        }
        // runqputslow: the oldest half (from the head) goes to the global queue, then g.
        int n = P.RING / 2;
        rt.emit(new RunQueueOverflowed(rt.now(), p.id, n));
        for (int i = 0; i < n; i++) {
            int slot = p.runqhead++ & (P.RING - 1);
            G moved = p.runq[slot];
            p.runq[slot] = null;
            globAppend(moved);
        }
        globrunqput(g);
    }

    /** runqget: runnext first (inheriting the time slice), else the ring's head. */
    G runqget(P p) {
        G g = p.runnext;
        if (g != null) {
            p.runnext = null;
            inheritTime = true;
            return g;
        }
        if (p.runqsize() > 0) {
            int slot = p.runqhead++ & (P.RING - 1);
            g = p.runq[slot];
            p.runq[slot] = null;
            inheritTime = false;
            return g;
        }
        return null;
    }

    void globrunqput(G g) {
        globAppend(g);
        rt.emit(new GoroutineQueued(rt.now(), g.goid, -1, RunQueue.GLOBAL));
    }

    private void globAppend(G g) {
        g.schedlink = null;
        if (globTail == null) {
            globHead = g;
        } else {
            globTail.schedlink = g;
        }
        globTail = g;
        globSize++;
    }

    private G globPop() {
        G g = globHead;
        globHead = g.schedlink;
        if (globHead == null) {
            globTail = null;
        }
        g.schedlink = null;
        globSize--;
        return g;
    }

    /** globrunqget: takes min(size, size/GOMAXPROCS + 1, max, 128); runs the first, puts the rest on p's ring. */
    G globrunqget(P p, int max) {
        if (globSize == 0) {
            return null;
        }
        int n = Math.min(globSize, globSize / sched.gomaxprocs + 1);
        if (max > 0 && n > max) {
            n = max;
        }
        n = Math.min(n, P.RING / 2);
        rt.emit(new GlobalQueueTaken(rt.now(), p.id, n));
        G first = globPop();
        for (int i = 1; i < n; i++) {
            G g = globPop();
            p.runq[p.runqtail++ & (P.RING - 1)] = g;
        }
        inheritTime = false;
        return first;
    }
}
