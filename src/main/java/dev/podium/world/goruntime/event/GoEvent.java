package dev.podium.world.goruntime.event;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of the Go runtime world ("goruntime"), past-tense records: what the scheduler, channel, sync and
 * context views, recordings and the projection see of a running Go program. Goroutines are numbered by goid (main
 * is 1), Ps and Ms from 0, channels, sync objects, timers and contexts from 1 in order of creation. Values are
 * shown as {@code fmt.Sprint} prints them, shortened. Compact: a million goroutines make millions of events.
 */
public sealed interface GoEvent extends WorldEvent
        permits ChanBufferChanged, ChanClosed, ChanHandedOff, ChanMade, ChanParked, ChanUnparked, ContextCanceled,
                ContextCreated, GlobalQueueTaken, GoActionIgnored, GomaxprocsChanged, GoProgramLoaded, GoroutineCreated,
                GoroutinePreempted,
                GoroutineQueued,
                GoroutineStateChanged, GoroutinesStolen, MStateChanged, MutexAcquired, MutexModeChanged, MutexReleased,
                OutputWritten, PHandedOff, PStateChanged, ProgramExited, RWMutexReaders, RunQueueOverflowed,
                RuntimeStarted, SelectChose, SyncObjectMade, SyncParked, SyncWoken, TimerFired, TimerSet, TimerStopped,
                WaitGroupChanged {

    /** The world's name in scenarios and recordings. */
    String WORLD = "goruntime";

    /** Every Go runtime event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(ChanBufferChanged.class, ChanClosed.class, ChanHandedOff.class, ChanMade.class, ChanParked.class,
                ChanUnparked.class, ContextCanceled.class, ContextCreated.class, GlobalQueueTaken.class,
                GoActionIgnored.class, GomaxprocsChanged.class, GoProgramLoaded.class,
                GoroutineCreated.class, GoroutinePreempted.class, GoroutineQueued.class, GoroutineStateChanged.class,
                GoroutinesStolen.class, MStateChanged.class, MutexAcquired.class, MutexModeChanged.class,
                MutexReleased.class, OutputWritten.class, PHandedOff.class, PStateChanged.class, ProgramExited.class,
                RWMutexReaders.class, RunQueueOverflowed.class, RuntimeStarted.class, SelectChose.class,
                SyncObjectMade.class, SyncParked.class, SyncWoken.class, TimerFired.class, TimerSet.class,
                TimerStopped.class, WaitGroupChanged.class);
    }
}
