package dev.podium.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A projection's state at any time of a timeline, fast in both directions.
 *
 * <p>It keeps a checkpoint (a copy of the state) every {@code checkpointInterval} events as the
 * timeline grows, and one cursor state. Moving forward applies only the events in between; moving
 * backward restores the nearest checkpoint at or before the target and applies at most one interval
 * of events. With the default interval of 2,048 events, a seek anywhere in a one-hour run at 1,000
 * events per second (held in memory) costs one state copy and at most 2,047 applies.
 *
 * <p>Over the part of a {@linkplain Timeline#spilling spilling} timeline that is no longer in memory, checkpoints are
 * thinned so that at most {@value #MAX_SPILLED_CHECKPOINTS} of them remain there, evenly spaced (the spacing
 * doubles when there would be more): memory stays bounded in a session of any length, and a seek into the spilled past restores the
 * nearest remaining checkpoint and applies the events from there (read back from disk a block at a time).
 *
 * <p><b>Threads:</b> the timeline's thread only. The returned state is the live cursor: read it,
 * never change it, and don't keep it across calls.
 *
 * @param <S> the world's state type
 */
public final class ProjectedState<S> {
    public static final int DEFAULT_CHECKPOINT_INTERVAL = 2048;
    /** Checkpoints kept over a timeline's spilled part, at most. */
    public static final int MAX_SPILLED_CHECKPOINTS = 128;

    private final Timeline timeline;
    private final Projection<S> projection;
    private final int interval;
    /** checkpoints.get(k) is the state after the first counts[k] events; counts ascend. */
    private final List<S> checkpoints = new ArrayList<>();
    private int[] counts = new int[64];
    /** Checkpoints over the spilled part are kept only at multiples of this many events. */
    private int spilledStride;
    /**
     * State after the first frontierCount events, kept to cut the next checkpoint; null when the cursor cut the
     * newest checkpoint (it is then re-made from that checkpoint when needed).
     */
    private S frontier;
    private int frontierCount;

    private S cursor;
    private int cursorCount;

    public ProjectedState(Timeline timeline, Projection<S> projection) {
        this(timeline, projection, DEFAULT_CHECKPOINT_INTERVAL);
    }

    public ProjectedState(Timeline timeline, Projection<S> projection, int checkpointInterval) {
        if (checkpointInterval < 1) {
            throw new IllegalArgumentException("checkpoint interval must be positive: " + checkpointInterval);
        }
        this.timeline = timeline;
        this.projection = projection;
        this.interval = checkpointInterval;
        this.spilledStride = checkpointInterval;
        S initial = projection.initial();
        addCheckpoint(projection.copy(initial), 0);
        frontier = initial;
        frontierCount = 0;
        cursor = projection.copy(initial);
        cursorCount = 0;
    }

    /** The state after every event whose time is at most {@code tNanos}. */
    public S at(long tNanos) {
        return afterEvents(timeline.countAtOrBefore(tNanos));
    }

    /** The state after the first {@code count} events of the timeline. */
    public S afterEvents(int count) {
        if (count < 0 || count > timeline.size()) {
            throw new IndexOutOfBoundsException("count " + count + " of " + timeline.size() + " events");
        }
        if (count >= cursorCount && cursorCount >= frontierCount) {
            // Forward from at or past the newest checkpoint (playing at the live edge): the cursor cuts the next
            // checkpoints itself, so each event is applied once instead of once to the frontier and again here.
            while (cursorCount < count) {
                projection.apply(cursor, timeline.get(cursorCount++));
                if (cursorCount == frontierCount + interval) {
                    addCheckpoint(projection.copy(cursor), cursorCount);
                    frontierCount = cursorCount;
                    frontier = null;
                }
            }
            return cursor;
        }
        extendCheckpoints(count);
        int k = checkpointAtOrBefore(count);
        if (count < cursorCount || counts[k] > cursorCount) {
            cursor = projection.copy(checkpoints.get(k));
            cursorCount = counts[k];
        }
        while (cursorCount < count) {
            projection.apply(cursor, timeline.get(cursorCount++));
        }
        return cursor;
    }

    /** Number of events folded into the state last returned. */
    public int appliedCount() {
        return cursorCount;
    }

    /** Number of checkpoints held (including the initial state). */
    public int checkpointCount() {
        return checkpoints.size();
    }

    private void extendCheckpoints(int upTo) {
        if (frontier == null && frontierCount + interval <= upTo) {
            // The newest checkpoint is the one cut at frontierCount (thinning never drops the newest).
            frontier = projection.copy(checkpoints.get(checkpoints.size() - 1));
        }
        while (frontierCount + interval <= upTo) {
            int target = frontierCount + interval;
            while (frontierCount < target) {
                projection.apply(frontier, timeline.get(frontierCount++));
            }
            addCheckpoint(projection.copy(frontier), frontierCount);
        }
    }

    /** Index of the last checkpoint cut at or before {@code count} events. */
    private int checkpointAtOrBefore(int count) {
        int lo = 0;
        int hi = checkpoints.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (counts[mid] <= count) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private void addCheckpoint(S state, int count) {
        int n = checkpoints.size();
        if (n == counts.length) {
            counts = java.util.Arrays.copyOf(counts, n * 2);
        }
        counts[n] = count;
        checkpoints.add(state);
        thinSpilled();
    }

    /**
     * Keeps the checkpoints strictly inside the spilled part (never the initial state nor the newest) evenly spaced
     * and at most {@link #MAX_SPILLED_CHECKPOINTS}: only those cut at a multiple of {@code spilledStride} events
     * stay there, and the stride doubles whenever more than the maximum would. (Halving the list instead would thin
     * the oldest part again at every round and leave it with almost no checkpoints.)
     */
    private void thinSpilled() {
        int spilled = timeline.spilledCount();
        int last = checkpoints.size() - 1;
        int inSpilled = 0;
        for (int k = 1; k < last && counts[k] <= spilled; k++) {
            if (counts[k] % spilledStride == 0) {
                inSpilled++;
            }
        }
        while (inSpilled > MAX_SPILLED_CHECKPOINTS) {
            spilledStride *= 2;
            inSpilled = 0;
            for (int k = 1; k < last && counts[k] <= spilled; k++) {
                if (counts[k] % spilledStride == 0) {
                    inSpilled++;
                }
            }
        }
        boolean any = false;
        for (int k = 1; k < last && counts[k] <= spilled; k++) {
            any |= counts[k] % spilledStride != 0;
        }
        if (!any) {
            return;
        }
        List<S> keptStates = new ArrayList<>(checkpoints.size());
        int[] keptCounts = new int[counts.length];
        int n = 0;
        for (int k = 0; k <= last; k++) {
            boolean thinnable = k >= 1 && k < last && counts[k] <= spilled;
            if (!thinnable || counts[k] % spilledStride == 0) {
                keptStates.add(checkpoints.get(k));
                keptCounts[n++] = counts[k];
            }
        }
        checkpoints.clear();
        checkpoints.addAll(keptStates);
        counts = keptCounts;
    }
}
