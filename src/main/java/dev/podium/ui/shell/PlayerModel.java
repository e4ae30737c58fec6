package dev.podium.ui.shell;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import dev.podium.timeline.PlayheadClock;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.SpeedLadder;
import dev.podium.ui.playback.Playback;
import dev.podium.ui.playback.SimulationPlayback;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Playback without nodes: the current {@link Playback} (a simulation, a recording or a live
 * cluster), the {@link PlayheadClock}, and the per-frame step that fills the timeline just ahead of
 * the playhead with a bound on the work. Tested with plain JUnit; {@link Player} drives it from the
 * animation timer.
 *
 * <p>A live playback grows with wall time: the scrubber's end follows "now", the playhead at the end
 * follows the cluster ({@link #atLiveEdgeProperty()}), and the user may scrub back and return with
 * {@link #goLive()}.
 *
 * <p>If the run has not been computed up to where the playhead should be, the playhead is held at
 * what is computed and {@link #computingProperty()} is true: playback slows down, the UI never
 * freezes. A seek beyond what is computed is remembered and reached over the next frames. FX thread
 * only. Times are simulated nanoseconds; wall deltas are wall nanoseconds.
 */
public final class PlayerModel {
    /** Default bound on events computed per frame. */
    public static final long DEFAULT_MAX_EVENTS_PER_FRAME = 20_000;
    /** Computes this much wall time of playback ahead of the playhead, at the current speed. */
    static final long LOOKAHEAD_WALL_NANOS = 100_000_000L;
    /** Bound on events a step forward may compute to find the next event. */
    static final long STEP_BUDGET_EVENTS = 1_000_000;

    private final long maxEventsPerFrame;
    private final PlayheadClock clock = new PlayheadClock();
    private long pendingSeekNanos = -1;
    private boolean lastAdvanceHitBound;
    /** Live: the playhead follows "now" (after connecting and {@link #goLive()}; a seek, step or pause ends it). */
    private boolean followLive;

    /** Within this much of "now", a live playhead counts as following the cluster. */
    static final long LIVE_EDGE_NANOS = 1_500_000_000L;

    private final ReadOnlyObjectWrapper<Playback> playback = new ReadOnlyObjectWrapper<>(this, "playback");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live");
    private final ReadOnlyBooleanWrapper atLiveEdge = new ReadOnlyBooleanWrapper(this, "atLiveEdge");
    private final ReadOnlyLongWrapper playhead = new ReadOnlyLongWrapper(this, "playhead");
    private final ReadOnlyLongWrapper computed = new ReadOnlyLongWrapper(this, "computed");
    private final ReadOnlyLongWrapper duration = new ReadOnlyLongWrapper(this, "duration", 1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyIntegerWrapper speedIndex =
            new ReadOnlyIntegerWrapper(this, "speedIndex", SpeedLadder.realTimeIndex());

    public PlayerModel() {
        this(DEFAULT_MAX_EVENTS_PER_FRAME);
    }

    public PlayerModel(long maxEventsPerFrame) {
        this.maxEventsPerFrame = maxEventsPerFrame;
        clock.setSpeed(SpeedLadder.speedAt(speedIndex.get()));
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Playback> playbackProperty() {
        return playback.getReadOnlyProperty();
    }

    public Playback playback() {
        return playback.get();
    }

    /** The simulation being played, or null when the playback is a recording or live. */
    public ScenarioRun run() {
        Playback p = playback.get();
        return p == null ? null : p.simulation();
    }

    /** True while playing a live cluster that is still connected. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** True while live and the playhead follows the cluster (within {@link #LIVE_EDGE_NANOS} of now). */
    public ReadOnlyBooleanProperty atLiveEdgeProperty() {
        return atLiveEdge.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    public long playheadNanos() {
        return playhead.get();
    }

    public ReadOnlyLongProperty computedProperty() {
        return computed.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty speedIndexProperty() {
        return speedIndex.getReadOnlyProperty();
    }

    public double speed() {
        return SpeedLadder.speedAt(speedIndex.get());
    }

    // ---- commands ----

    /** Shows a new simulation run from time zero, paused. */
    public void load(ScenarioRun next) {
        load(new SimulationPlayback(next));
    }

    /**
     * Shows {@code next}: a simulation or recording from time zero, paused; a live cluster playing
     * at real time from now. The previous playback is closed.
     */
    public void load(Playback next) {
        Playback old = playback.get();
        clock.pause();
        clock.setLimit(next.limitNanos());
        clock.seek(0);
        pendingSeekNanos = -1;
        lastAdvanceHitBound = false;
        playback.set(next);
        if (old != null && old != next) {
            old.close();
        }
        followLive = false;
        if (next.followsWallClock()) {
            setSpeedIndex(SpeedLadder.realTimeIndex());
            clock.play();
            followLive = true;
            settle(next.durationNanos());
        } else {
            settle(0);
        }
    }

    /** Live: back to "now", playing at real time. Otherwise nothing. */
    public void goLive() {
        Playback p = playback.get();
        if (p == null || !p.followsWallClock()) {
            return;
        }
        setSpeedIndex(SpeedLadder.realTimeIndex());
        clock.setLimit(p.limitNanos());
        clock.play();
        followLive = true;
        pendingSeekNanos = -1;
        settle(p.durationNanos());
    }

    /**
     * One animation frame: moves the playhead by {@code wallDeltaNanos} times the speed if playing,
     * computes the run a little ahead of it (at most the per-frame bound), and holds the playhead at
     * what is computed if the run fell behind.
     */
    public void frame(long wallDeltaNanos) {
        Playback p = playback.get();
        if (p == null) {
            return;
        }
        if (p.followsWallClock()) {
            clock.setLimit(p.limitNanos());
            followLive &= !p.isComplete() && clock.isPlaying();
        }
        long advanced = clock.advance(wallDeltaNanos);
        long target = pendingSeekNanos >= 0 ? pendingSeekNanos : followLive ? p.durationNanos() : advanced;
        settle(target);
    }

    public void play() {
        if (playback.get() != null) {
            clock.play();
            sync();
        }
    }

    public void pause() {
        followLive = false;
        clock.pause();
        sync();
    }

    public void togglePlay() {
        if (clock.isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** Seeks to {@code tNanos} (clamped to the run); keeps playing if it was. */
    public void seek(long tNanos) {
        Playback p = playback.get();
        if (p == null) {
            return;
        }
        long t = Math.max(0, Math.min(p.durationNanos(), tNanos));
        followLive = false;
        pendingSeekNanos = -1;
        settle(t);
    }

    /** Playhead to zero, paused. */
    public void restart() {
        clock.pause();
        seek(0);
    }

    /** Pauses and moves to the next event time, computing the run further if needed. */
    public void stepForward() {
        Playback r = playback.get();
        if (r == null) {
            return;
        }
        clock.pause();
        long next = nextEventTimeAfter(r, clock.playheadNanos());
        seek(next >= 0 ? next : r.durationNanos());
    }

    /** Pauses and moves to the previous event time, or zero. */
    public void stepBack() {
        Playback r = playback.get();
        if (r == null) {
            return;
        }
        clock.pause();
        long previous = r.timeline().previousEventTimeBefore(clock.playheadNanos());
        seek(Math.max(0, previous));
    }

    public void speedUp() {
        setSpeedIndex(speedIndex.get() + 1);
    }

    public void speedDown() {
        setSpeedIndex(speedIndex.get() - 1);
    }

    public void setSpeedIndex(int index) {
        int i = SpeedLadder.clamp(index);
        speedIndex.set(i);
        clock.setSpeed(SpeedLadder.speedAt(i));
    }

    /**
     * Acting on the past forks the future: replaces the run with {@code run.fork(action)}, keeps the
     * playhead (and playing, if it was); the old future is discarded.
     */
    public void forkWith(TimedAction action) throws ScenarioException {
        ScenarioRun r = run();
        if (r == null) {
            return;
        }
        boolean wasPlaying = clock.isPlaying();
        long at = clock.playheadNanos();
        ScenarioRun next = r.fork(action);
        clock.pause();
        clock.setLimit(next.durationNanos());
        clock.seek(at);
        pendingSeekNanos = -1;
        lastAdvanceHitBound = false;
        playback.set(new SimulationPlayback(next));
        if (wasPlaying) {
            clock.play();
        }
        settle(at);
    }

    // ---- internals ----

    /** Computes toward {@code target}; moves the playhead there or holds it at what is computed. */
    private void settle(long target) {
        Playback r = playback.get();
        long lookahead = Math.max(1, (long) (speed() * LOOKAHEAD_WALL_NANOS));
        long fired = r.advanceTo(saturatedAdd(target, lookahead), maxEventsPerFrame);
        lastAdvanceHitBound = fired >= maxEventsPerFrame;
        long safe = safeComputedNanos(r);
        if (safe < target && r.followsWallClock()) {
            // The cluster has not told us about later times yet: wait at what we know, still playing.
            clock.seek(safe);
            pendingSeekNanos = -1;
            computing.set(false);
        } else if (safe < target) {
            clock.seek(safe);
            pendingSeekNanos = clock.isPlaying() ? -1 : target;
            computing.set(true);
        } else {
            clock.seek(target);
            pendingSeekNanos = -1;
            computing.set(false);
        }
        sync();
    }

    /** The time up to which every event has been computed. */
    private long safeComputedNanos(Playback r) {
        if (r.isComplete() && !lastAdvanceHitBound) {
            return r.durationNanos();
        }
        long c = r.computedNanos();
        return lastAdvanceHitBound ? Math.max(0, c - 1) : c;
    }

    private long nextEventTimeAfter(Playback r, long t) {
        Timeline timeline = r.timeline();
        long next = timeline.nextEventTimeAfter(t);
        long budget = STEP_BUDGET_EVENTS;
        while (next < 0 && !r.isComplete() && !r.followsWallClock() && budget > 0) {
            long fired = r.advanceTo(r.durationNanos(), Math.min(budget, 64));
            budget -= Math.max(1, fired);
            next = timeline.nextEventTimeAfter(t);
        }
        return next;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }

    private void sync() {
        Playback r = playback.get();
        playhead.set(clock.playheadNanos());
        playing.set(clock.isPlaying());
        if (r != null) {
            computed.set(r.computedNanos());
            duration.set(Math.max(1, r.durationNanos()));
        }
        boolean isLive = r != null && r.followsWallClock() && !r.isComplete();
        live.set(isLive);
        atLiveEdge.set(isLive && clock.isPlaying()
                && (followLive || clock.playheadNanos() >= r.durationNanos() - LIVE_EDGE_NANOS));
    }
}
