package dev.podium.ui.shell;

import dev.podium.scenario.ScenarioException;
import dev.podium.scenario.ScenarioRun;
import dev.podium.scenario.TimedAction;
import dev.podium.timeline.PlayheadClock;
import dev.podium.timeline.Timeline;
import dev.podium.ui.common.SpeedLadder;
import dev.podium.ui.playback.Playback;
import dev.podium.ui.playback.SimulationPlayback;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
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
 * freezes. A seek beyond what is computed is remembered and reached over the next frames.
 *
 * <p>Acting on the past ({@link #forkWith}) builds the forked run and checks the action at once, then computes
 * it up to the action on the background executor while the old run stays on show and scrubbable, with
 * {@link #forkingProperty()} and {@link #computingProperty()} true. One task on the FX executor swaps the new run
 * in at the playhead. One fork at a time: another is refused while one computes. Loading another playback
 * discards a fork still computing (a generation counter tells them apart).
 *
 * <p><b>Threads:</b> FX thread only, and the FX executor must run its tasks there; only a fork's computation runs
 * on the background executor, on a run the model does not touch until it is handed back. Both executors are
 * injected, so with direct ones (the default) a fork is on show when {@link #forkWith} returns, and tests stay
 * synchronous. Times are simulated nanoseconds; wall deltas are wall nanoseconds.
 */
public final class PlayerModel {
    /** Default bound on events computed per frame. */
    public static final long DEFAULT_MAX_EVENTS_PER_FRAME = 20_000;
    /** Computes this much wall time of playback ahead of the playhead, at the current speed. */
    static final long LOOKAHEAD_WALL_NANOS = 100_000_000L;
    /** Bound on events a step forward may compute to find the next event. */
    static final long STEP_BUDGET_EVENTS = 1_000_000;

    private final long maxEventsPerFrame;
    private final ModelForks forks;
    private final PlayheadClock clock = new PlayheadClock();
    private long pendingSeekNanos = -1;
    private boolean lastAdvanceHitBound;
    /** The playhead is held at what is computed, short of where it should be. */
    private boolean behind;
    /** Counts loaded playbacks; a fork started under another generation is discarded. */
    private long generation;
    /** Live: the playhead follows "now" (after connecting and {@link #goLive()}; a seek, step or pause ends it). */
    private boolean followLive;

    private final PlayStops stops = new PlayStops();

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

    /** A model whose forks compute on the calling thread (direct executors): for tests. */
    public PlayerModel() {
        this(DEFAULT_MAX_EVENTS_PER_FRAME);
    }

    /** Like {@link #PlayerModel()} with {@code maxEventsPerFrame} events computed per frame at most. */
    public PlayerModel(long maxEventsPerFrame) {
        this(maxEventsPerFrame, Runnable::run, Runnable::run);
    }

    /**
     * A model whose forks compute on {@code background} (one worker thread in the app) and come back through
     * {@code fx} (which runs its tasks on the FX thread, e.g. {@code Platform::runLater}).
     */
    public PlayerModel(Executor background, Executor fx) {
        this(DEFAULT_MAX_EVENTS_PER_FRAME, background, fx);
    }

    public PlayerModel(long maxEventsPerFrame, Executor background, Executor fx) {
        this.maxEventsPerFrame = maxEventsPerFrame;
        this.forks = new ModelForks(background, fx, () -> generation, this::updateComputing);
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

    /** True while the playhead is held at what is computed, or a fork is computing. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** True while a fork computes in the background; another fork is refused meanwhile. */
    public ReadOnlyBooleanProperty forkingProperty() {
        return forks.forkingProperty();
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
     * Shows {@code next}: a simulation or recording from time zero, paused, at the speed that suits its length
     * ({@link SpeedLadder#suggestedIndex}); a live cluster playing at real time from now. The previous playback is closed, and a fork still computing is discarded.
     */
    public void load(Playback next) {
        Playback old = playback.get();
        generation++;
        stops.forgetHold();
        forks.drop();
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
            setSpeedIndex(SpeedLadder.suggestedIndex(next.durationNanos()));
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
        long before = clock.playheadNanos();
        long advanced = clock.advance(wallDeltaNanos);
        long target = pendingSeekNanos >= 0 ? pendingSeekNanos : followLive ? p.durationNanos() : advanced;
        long stop = clock.isPlaying() && pendingSeekNanos < 0 && !followLive ? stops.firstIn(before, target) : -1;
        if (stop < 0) {
            settle(target);
            return;
        }
        settle(stop);
        if (clock.playheadNanos() == stop) {
            pause();
            stops.stoppedAt(stop);
        }
    }

    /**
     * Plays on from the playhead and pauses at {@code tNanos} (a presenter's next cue), telling the stop
     * listeners. A pause, seek or step before that forgets it. Nothing if {@code tNanos} is not ahead.
     */
    public void playUntil(long tNanos) {
        if (playback.get() == null || tNanos <= clock.playheadNanos()) {
            return;
        }
        play();
        stops.hold(tNanos);
    }

    /** Playing across any of {@code times} (simulated nanoseconds) pauses there and tells the stop listeners. */
    public void setStopTimes(long[] times) {
        stops.setStopTimes(times);
    }

    /** Hears the time where playing stopped by itself ({@link #playUntil}, {@link #setStopTimes}). */
    public void addStopListener(LongConsumer listener) {
        stops.addListener(listener);
    }

    public void play() {
        if (playback.get() != null) {
            clock.play();
            sync();
        }
    }

    public void pause() {
        followLive = false;
        stops.forgetHold();
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
        stops.forgetHold();
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

    /** Like {@link #forkWith(TimedAction, ForkListener)}, with nobody to hear how it ends. */
    public boolean forkWith(TimedAction action) throws ScenarioException {
        return forkWith(action, new ForkListener() { });
    }

    /**
     * Acting on the past forks the future. Here, at once: builds a run with {@code action} added and checks the
     * action (a {@link ScenarioException} leaves the current run as it is). Then the new run is computed through
     * the action's instant on the background executor while the old run stays on show; one task on the FX
     * executor swaps it in at the playhead of that moment (playing on if it was) and tells {@code listener}. The
     * old future is discarded. Returns false, doing nothing, if the playback is not a simulation or another fork
     * is still computing.
     */
    public boolean forkWith(TimedAction action, ForkListener listener) throws ScenarioException {
        ScenarioRun r = run();
        return r != null && forks.start(r, action, this::swapIn, listener);
    }

    // ---- internals ----

    /** Swaps in a computed fork at the playhead of this moment, playing on if it was. */
    private void swapIn(ScenarioRun next) {
        boolean wasPlaying = clock.isPlaying();
        long at = pendingSeekNanos >= 0 ? pendingSeekNanos : clock.playheadNanos();
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

    private void updateComputing() {
        computing.set(behind || forks.busy());
    }

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
            behind = false;
        } else if (safe < target) {
            clock.seek(safe);
            pendingSeekNanos = clock.isPlaying() ? -1 : target;
            behind = true;
        } else {
            clock.seek(target);
            pendingSeekNanos = -1;
            behind = false;
        }
        updateComputing();
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
