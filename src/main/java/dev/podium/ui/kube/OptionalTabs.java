package dev.podium.ui.kube;

import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.kube.flow.event.FlowStarted;
import dev.podium.world.kube.flow.event.LeaderElectionStarted;
import dev.podium.world.kube.traffic.event.TrafficStarted;

/**
 * Whether a run has anything for the two tabs not every lesson needs: traffic (a {@link TrafficStarted} anywhere in
 * the run) and the API clients (a {@link FlowStarted} or {@link LeaderElectionStarted}). Looks at every event
 * computed so far, not only those before the playhead, so a tab shows from the start of a lesson whose traffic
 * begins later; each event once, at most {@value #PER_CALL} per call, so a long recording costs no single frame
 * much. FX thread only.
 */
final class OptionalTabs {
    static final int PER_CALL = 50_000;

    private Timeline timeline;
    private int scanned;
    private boolean traffic;
    private boolean api;

    /** Starts over on {@code newTimeline} (null: nothing). */
    void bind(Timeline newTimeline) {
        timeline = newTimeline;
        scanned = 0;
        traffic = false;
        api = false;
    }

    /** Reads the events computed since the last call; true if an answer changed. */
    boolean update() {
        if (timeline == null || (traffic && api)) {
            return false;
        }
        boolean before = traffic;
        boolean apiBefore = api;
        int end = Math.min(timeline.size(), scanned + PER_CALL);
        for (; scanned < end; scanned++) {
            WorldEvent e = timeline.get(scanned);
            traffic |= e instanceof TrafficStarted;
            api |= e instanceof FlowStarted || e instanceof LeaderElectionStarted;
        }
        return traffic != before || api != apiBefore;
    }

    boolean traffic() {
        return traffic;
    }

    boolean api() {
        return api;
    }
}
