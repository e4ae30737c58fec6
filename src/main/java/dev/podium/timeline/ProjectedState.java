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
 * events per second costs one state copy and at most 2,047 applies.
 *
 * <p><b>Threads:</b> the timeline's thread only. The returned state is the live cursor: read it,
 * never change it, and don't keep it across calls.
 *
 * @param <S> the world's state type
 */
public final class ProjectedState<S> {
    public static final int DEFAULT_CHECKPOINT_INTERVAL = 2048;

    private final Timeline timeline;
    private final Projection<S> projection;
    private final int interval;
    /** checkpoints.get(k) is the state after the first k * interval events. */
    private final List<S> checkpoints = new ArrayList<>();
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
        S initial = projection.initial();
        checkpoints.add(projection.copy(initial));
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
                    checkpoints.add(projection.copy(cursor));
                    frontierCount = cursorCount;
                    frontier = null;
                }
            }
            return cursor;
        }
        extendCheckpoints(count);
        if (count < cursorCount || count - cursorCount > interval) {
            int k = Math.min(count / interval, checkpoints.size() - 1);
            cursor = projection.copy(checkpoints.get(k));
            cursorCount = k * interval;
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
            frontier = projection.copy(checkpoints.get(checkpoints.size() - 1));
        }
        while (frontierCount + interval <= upTo) {
            int target = frontierCount + interval;
            while (frontierCount < target) {
                projection.apply(frontier, timeline.get(frontierCount++));
            }
            checkpoints.add(projection.copy(frontier));
        }
    }
}
