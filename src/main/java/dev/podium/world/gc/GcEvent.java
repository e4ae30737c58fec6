package dev.podium.world.gc;

import dev.podium.timeline.WorldEvent;
import java.util.List;

/**
 * The events of the garbage-collection world. Times are simulated nanoseconds; sizes are bytes; regions are
 * numbered from 0 at the low end of the heap; GC ids count pauses and concurrent cycles from 0, as the JVM's
 * {@code GC(n)} log decoration does.
 */
public sealed interface GcEvent extends WorldEvent
        permits GcConfigured, RequestRateChanged, AllocationBurstStarted, AllocationBurstEnded, ExplicitGcIgnored,
                EdenRegionTaken, GcPauseStarted, GcPauseEnded, ConcurrentMarkStarted, ConcurrentMarkEnded,
                RequestsTallied, OutOfMemoryErrorThrown, LoggedPause, LoggedConcurrentPhase,
                HumongousAllocated, HumongousReclaimed, ZCycleStarted, ZCycleEnded,
                GoGcCycleStarted, GoGcCycleEnded, GcSettingChanged, ProcessEnded, ProcessStarted, RegionsEvacuated,
                IhopThresholdChanged, SchedTraced {

    /** Every GC event type, for recordings. */
    static List<Class<? extends WorldEvent>> types() {
        return List.of(GcConfigured.class, RequestRateChanged.class, AllocationBurstStarted.class,
                AllocationBurstEnded.class, ExplicitGcIgnored.class, EdenRegionTaken.class, GcPauseStarted.class,
                GcPauseEnded.class, ConcurrentMarkStarted.class, ConcurrentMarkEnded.class, RequestsTallied.class,
                OutOfMemoryErrorThrown.class, LoggedPause.class, LoggedConcurrentPhase.class,
                HumongousAllocated.class, HumongousReclaimed.class, ZCycleStarted.class, ZCycleEnded.class,
                GoGcCycleStarted.class, GoGcCycleEnded.class, GcSettingChanged.class, ProcessEnded.class,
                ProcessStarted.class, RegionsEvacuated.class, IhopThresholdChanged.class, SchedTraced.class);
    }
}
