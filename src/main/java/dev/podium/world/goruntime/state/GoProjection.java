package dev.podium.world.goruntime.state;

import dev.podium.timeline.Projection;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.ChanBufferChanged;
import dev.podium.world.goruntime.event.ChanClosed;
import dev.podium.world.goruntime.event.ChanMade;
import dev.podium.world.goruntime.event.ChanParked;
import dev.podium.world.goruntime.event.ChanUnparked;
import dev.podium.world.goruntime.event.ContextCanceled;
import dev.podium.world.goruntime.event.ContextCreated;
import dev.podium.world.goruntime.event.GStatus;
import dev.podium.world.goruntime.event.GlobalQueueTaken;
import dev.podium.world.goruntime.event.GoEvent;
import dev.podium.world.goruntime.event.GoProgramLoaded;
import dev.podium.world.goruntime.event.GomaxprocsChanged;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.GoroutinePreempted;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.MState;
import dev.podium.world.goruntime.event.MStateChanged;
import dev.podium.world.goruntime.event.MutexAcquired;
import dev.podium.world.goruntime.event.MutexModeChanged;
import dev.podium.world.goruntime.event.MutexReleased;
import dev.podium.world.goruntime.event.OutputWritten;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.PStateChanged;
import dev.podium.world.goruntime.event.ProgramExited;
import dev.podium.world.goruntime.event.RWMutexReaders;
import dev.podium.world.goruntime.event.RunQueue;
import dev.podium.world.goruntime.event.RunQueueOverflowed;
import dev.podium.world.goruntime.event.RuntimeStarted;
import dev.podium.world.goruntime.event.SyncObjectMade;
import dev.podium.world.goruntime.event.SyncParked;
import dev.podium.world.goruntime.event.SyncWoken;
import dev.podium.world.goruntime.event.TimerFired;
import dev.podium.world.goruntime.event.TimerSet;
import dev.podium.world.goruntime.event.TimerStopped;
import dev.podium.world.goruntime.event.WaitGroupChanged;

/**
 * Folds {@link GoEvent}s into a {@link GoState}; ignores other worlds' events (and the Go events that only
 * narrate, such as hand-offs and select choices). Pure and cheap per event; {@link #copy} is O(chunks).
 */
public final class GoProjection implements Projection<GoState> {

    @Override
    public GoState initial() {
        return new GoState();
    }

    @Override
    public GoState copy(GoState state) {
        return state.copy();
    }

    @Override
    public void apply(GoState s, WorldEvent event) {
        if (!(event instanceof GoEvent)) {
            return;
        }
        if (event instanceof GoroutineStateChanged e) {
            stateChanged(s, e);
        } else if (event instanceof GoroutineQueued e) {
            int g = (int) e.g();
            leaveQueue(s, g);
            if (e.queue() == RunQueue.RUNNEXT) {
                s.ensureP(e.p());
                s.runnext[e.p()] = e.g();
                s.gLoc.setInt(g, ((e.p() + 1) << 2) | GoState.RUNNEXT);
            } else if (e.queue() == RunQueue.LOCAL) {
                s.ensureP(e.p());
                s.rings[e.p()].addLast(e.g());
                s.gLoc.setInt(g, ((e.p() + 1) << 2) | GoState.LOCAL);
            } else {
                s.global.addLast(e.g());
                s.gLoc.setInt(g, GoState.GLOBAL);
            }
        } else if (event instanceof ChanBufferChanged e) {
            ChanView c = s.chanForWrite(e.ch());
            c.buf[e.slot()] = e.value();
            c.qcount = e.qcount();
            c.sendx = e.sendx();
            c.recvx = e.recvx();
        } else if (event instanceof ChanParked e) {
            ChanView c = s.chanForWrite(e.ch());
            (e.send() ? c.sendq : c.recvq).addLast(e.g());
            s.gCarry.set((int) e.g(), e.send() ? e.value() : null);
            s.gChan.setLong((int) e.g(), e.ch());
        } else if (event instanceof ChanUnparked e) {
            ChanView c = s.chanForWrite(e.ch());
            (e.send() ? c.sendq : c.recvq).remove(e.g());
            s.gCarry.set((int) e.g(), null);
            s.gChan.setLong((int) e.g(), 0);
        } else if (event instanceof GoroutineCreated e) {
            int g = (int) e.g();
            s.maxGoid = Math.max(s.maxGoid, g);
            s.live++;
            s.gStatus.set(g, GStatus.RUNNABLE);
            s.gParent.setLong(g, e.parent());
            s.gFunction.set(g, e.function());
            s.gCreatedLine.setInt(g, e.line());
            s.gLine.setInt(g, e.line());
        } else if (event instanceof MStateChanged e) {
            s.ensureM(e.m());
            s.mState[e.m()] = e.state();
            s.mP[e.m()] = e.p();
            if (e.state() == MState.IDLE || e.state() == MState.SPINNING) {
                s.mG[e.m()] = 0;
            } else if (e.g() != 0) {
                s.mG[e.m()] = e.g();
            }
        } else if (event instanceof PStateChanged e) {
            s.ensureP(e.p());
            s.pState[e.p()] = e.state();
            s.pM[e.p()] = e.m();
        } else if (event instanceof GoroutinesStolen e) {
            s.steals++;
            s.ensureP(Math.max(e.fromP(), e.toP()));
            int loc = ((e.toP() + 1) << 2) | GoState.LOCAL;
            if (e.runnext()) {
                long g = s.runnext[e.fromP()];
                s.runnext[e.fromP()] = 0;
                s.rings[e.toP()].addLast(g);
                s.gLoc.setInt((int) g, loc);
            } else {
                for (int i = 0; i < e.count(); i++) {
                    long g = s.rings[e.fromP()].removeFirst();
                    s.rings[e.toP()].addLast(g);
                    s.gLoc.setInt((int) g, loc);
                }
            }
        } else if (event instanceof GlobalQueueTaken e) {
            s.ensureP(e.p());
            int loc = ((e.p() + 1) << 2) | GoState.LOCAL;
            for (int i = 0; i < e.count(); i++) {
                long g = s.global.removeFirst();
                s.rings[e.p()].addLast(g);
                s.gLoc.setInt((int) g, loc);
            }
        } else if (event instanceof RunQueueOverflowed e) {
            for (int i = 0; i < e.count(); i++) {
                long g = s.rings[e.p()].removeFirst();
                s.global.addLast(g);
                s.gLoc.setInt((int) g, GoState.GLOBAL);
            }
        } else {
            applyRare(s, event);
        }
    }

    private static void stateChanged(GoState s, GoroutineStateChanged e) {
        int g = (int) e.g();
        GStatus old = (GStatus) s.gStatus.get(g);
        s.gStatus.set(g, e.status());
        s.gReason.set(g, e.waitReason().isEmpty() ? null : e.waitReason());
        s.gLine.setInt(g, e.line());
        int oldP = s.gP.getInt(g) - 1;
        s.gP.setInt(g, e.p() + 1);
        if (e.status() == GStatus.RUNNING) {
            leaveQueue(s, g);
        }
        if (e.m() >= 0) {
            s.ensureM(e.m());
            s.mG[e.m()] = e.g();
        } else if (oldP >= 0) {
            for (int m = 0; m < s.mcount; m++) {
                if (s.mG[m] == e.g()) {
                    s.mG[m] = 0;
                }
            }
        }
        if (e.status() == GStatus.DEAD && old != GStatus.DEAD) {
            s.live--;
        }
    }

    private static void leaveQueue(GoState s, int g) {
        int loc = s.gLoc.getInt(g);
        if (loc == 0) {
            return;
        }
        int kind = loc & 3;
        int p = (loc >> 2) - 1;
        if (kind == GoState.RUNNEXT) {
            if (s.runnext[p] == g) {
                s.runnext[p] = 0;
            }
        } else if (kind == GoState.LOCAL) {
            s.rings[p].remove(g);
        } else {
            s.global.remove(g);
        }
        s.gLoc.setInt(g, 0);
    }

    private static void applyRare(GoState s, WorldEvent event) {
        if (event instanceof ChanMade e) {
            s.chanCount = (int) Math.max(s.chanCount, e.ch());
            s.chans.set((int) e.ch(), new ChanView(e.ch(), e.elemType(), e.capacity(), s.token));
        } else if (event instanceof ChanClosed e) {
            s.chanForWrite(e.ch()).closed = true;
        } else if (event instanceof SyncObjectMade e) {
            s.syncCount = (int) Math.max(s.syncCount, e.id());
            s.syncs.set((int) e.id(), new SyncView(e.id(), e.kind(), s.token));
        } else if (event instanceof MutexAcquired e) {
            s.syncForWrite(e.id()).owner = e.g();
        } else if (event instanceof MutexReleased e) {
            s.syncForWrite(e.id()).owner = 0;
        } else if (event instanceof MutexModeChanged e) {
            s.syncForWrite(e.id()).starving = e.starving();
        } else if (event instanceof SyncParked e) {
            SyncView v = s.syncForWrite(e.id());
            if (e.front()) {
                v.waiters.addFirst(e.g());
            } else {
                v.waiters.addLast(e.g());
            }
        } else if (event instanceof SyncWoken e) {
            s.syncForWrite(e.id()).waiters.remove(e.g());
        } else if (event instanceof RWMutexReaders e) {
            SyncView v = s.syncForWrite(e.id());
            v.readers = e.readers();
            v.writerPending = e.writerPending();
        } else if (event instanceof WaitGroupChanged e) {
            s.syncForWrite(e.id()).counter = e.counter();
        } else if (event instanceof ContextCreated e) {
            s.contextCount = (int) Math.max(s.contextCount, e.ctx());
            s.contexts.set((int) e.ctx(), new ContextView(e.ctx(), e.parent(), e.kind(), e.deadlineNanos(),
                    e.doneChan(), null, "", -1));
        } else if (event instanceof ContextCanceled e) {
            ContextView c = (ContextView) s.contexts.get((int) e.ctx());
            s.contexts.set((int) e.ctx(), new ContextView(c.id(), c.parent(), c.kind(), c.deadlineNanos(),
                    c.doneChan(), e.err(), e.cause(), e.timeNanos()));
        } else if (event instanceof TimerSet e) {
            int t = (int) e.timer();
            if (s.timerActive.getInt(t) == 0) {
                s.activeTimers++;
            }
            s.timerActive.setInt(t, 1);
            s.timerPeriod.setLong(t, e.periodNanos());
        } else if (event instanceof TimerFired e) {
            int t = (int) e.timer();
            if (s.timerPeriod.getLong(t) == 0 && s.timerActive.getInt(t) == 1) {
                s.timerActive.setInt(t, 0);
                s.activeTimers--;
            }
        } else if (event instanceof TimerStopped e) {
            int t = (int) e.timer();
            if (s.timerActive.getInt(t) == 1) {
                s.timerActive.setInt(t, 0);
                s.activeTimers--;
            }
        } else if (event instanceof OutputWritten e) {
            s.outputText.set(s.outputCount, e.text());
            s.outputFd.setInt(s.outputCount, e.fd());
            s.outputCount++;
        } else if (event instanceof RuntimeStarted e) {
            s.gomaxprocs = e.gomaxprocs();
            s.fileName = e.fileName();
            s.ensureP(e.gomaxprocs() - 1);
        } else if (event instanceof GoProgramLoaded e) {
            s.fileName = e.fileName();
            s.source = e.source();
        } else if (event instanceof GomaxprocsChanged e) {
            s.gomaxprocs = e.gomaxprocs();
            s.ensureP(e.gomaxprocs() - 1);
        } else if (event instanceof PHandedOff) {
            s.handoffs++;
        } else if (event instanceof GoroutinePreempted) {
            s.preemptions++;
        } else if (event instanceof ProgramExited e) {
            s.exitStatus = e.status();
            s.exitReason = e.reason();
        }
    }
}
