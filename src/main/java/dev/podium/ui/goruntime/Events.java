package dev.podium.ui.goruntime;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.ChanBufferChanged;
import dev.podium.world.goruntime.event.ChanClosed;
import dev.podium.world.goruntime.event.ChanHandedOff;
import dev.podium.world.goruntime.event.ChanMade;
import dev.podium.world.goruntime.event.ChanParked;
import dev.podium.world.goruntime.event.ChanUnparked;
import dev.podium.world.goruntime.event.GoroutineCreated;
import dev.podium.world.goruntime.event.GoroutinePreempted;
import dev.podium.world.goruntime.event.GoroutineStateChanged;
import dev.podium.world.goruntime.event.MutexAcquired;
import dev.podium.world.goruntime.event.MutexReleased;
import dev.podium.world.goruntime.event.OutputWritten;
import dev.podium.world.goruntime.event.SelectChose;
import dev.podium.world.goruntime.event.SyncParked;
import dev.podium.world.goruntime.event.SyncWoken;
import dev.podium.world.goruntime.event.TimerSet;

/** What the view reads off single events. Toolkit-free. */
final class Events {
    private Events() {
    }

    /** The goroutine whose code made {@code e} happen, or 0 when none does (the scheduler's own events). */
    static long goroutineOf(WorldEvent e) {
        if (e instanceof GoroutineStateChanged x) {
            return x.g();
        } else if (e instanceof ChanParked x) {
            return x.g();
        } else if (e instanceof ChanUnparked x) {
            return x.g();
        } else if (e instanceof ChanHandedOff x) {
            return x.from();
        } else if (e instanceof ChanMade x) {
            return x.g();
        } else if (e instanceof ChanClosed x) {
            return x.g();
        } else if (e instanceof GoroutineCreated x) {
            return x.parent();
        } else if (e instanceof GoroutinePreempted x) {
            return x.g();
        } else if (e instanceof MutexAcquired x) {
            return x.g();
        } else if (e instanceof MutexReleased x) {
            return x.g();
        } else if (e instanceof OutputWritten x) {
            return x.g();
        } else if (e instanceof SelectChose x) {
            return x.g();
        } else if (e instanceof SyncParked x) {
            return x.g();
        } else if (e instanceof SyncWoken x) {
            return x.g();
        } else if (e instanceof TimerSet x) {
            return x.g();
        }
        return 0;
    }

    /** The channel {@code e} concerns, or 0 when none. */
    static long channelOf(WorldEvent e) {
        if (e instanceof ChanParked x) {
            return x.ch();
        } else if (e instanceof ChanUnparked x) {
            return x.ch();
        } else if (e instanceof ChanHandedOff x) {
            return x.ch();
        } else if (e instanceof ChanMade x) {
            return x.ch();
        } else if (e instanceof ChanClosed x) {
            return x.ch();
        } else if (e instanceof ChanBufferChanged x) {
            return x.ch();
        }
        return 0;
    }

    /**
     * The source line {@code e} happened at in the code of {@link #goroutineOf}'s goroutine, or 0 when it names none
     * (the state keeps a goroutine's line as of its last change of state, so a running goroutine's line is best
     * read off its latest event).
     */
    static int lineOf(WorldEvent e) {
        if (e instanceof GoroutineStateChanged x) {
            return x.line();
        } else if (e instanceof ChanMade x) {
            return x.line();
        } else if (e instanceof ChanClosed x) {
            return x.line();
        } else if (e instanceof GoroutineCreated x) {
            return x.line();
        } else if (e instanceof SelectChose x) {
            return x.line();
        }
        return 0;
    }
}
