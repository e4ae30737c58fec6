package dev.podium.ui.goruntime;

import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.GlobalQueueTaken;
import dev.podium.world.goruntime.event.GoroutinePreempted;
import dev.podium.world.goruntime.event.GoroutineQueued;
import dev.podium.world.goruntime.event.GoroutinesStolen;
import dev.podium.world.goruntime.event.PHandedOff;
import dev.podium.world.goruntime.event.RunQueueOverflowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Goroutines sliding between queues, as pure functions of simulated time: each move the timeline holds in the last
 * {@link #FLIGHT_NANOS} before the playhead (a steal, a preemption to the global queue, a batch taken from it, a
 * ring overflowing into it, a goroutine queued by the one running, a P handed to another M) is a chip on its way from
 * one place to another. Only the latest {@link #MAX_MOVES} are drawn, whatever the load. Toolkit-free.
 */
final class Moves {
    /** How long a move takes in simulated time (slow playback or stepping shows it). */
    static final long FLIGHT_NANOS = 1_000;
    /** At most this many moves at once. */
    static final int MAX_MOVES = 4;
    /** Events looked at per frame, newest first. */
    private static final int MAX_SCAN = 400;

    /** Where a move starts or ends, on a P's lane or on the shared rows. */
    enum Place { RUNNING, RUNNEXT, RING, GLOBAL, MS }

    /**
     * One move.
     *
     * @param startNanos when it happened
     * @param label what flies ("G7", "×3", "M2")
     */
    record Move(long startNanos, Place from, int fromP, Place to, int toP, String label) {
        /** Eased progress 0–1 at {@code now}. */
        double progress(long now) {
            double t = Math.min(1, Math.max(0, (double) (now - startNanos) / FLIGHT_NANOS));
            return t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
        }
    }

    private Moves() {
    }

    /** The moves in flight at {@code now}, oldest first; {@code folded} is the count of events at or before now. */
    static List<Move> inFlight(Timeline timeline, int folded, long now) {
        List<Move> out = new ArrayList<>();
        int stop = Math.max(0, folded - MAX_SCAN);
        for (int i = folded - 1; i >= stop && out.size() < MAX_MOVES; i--) {
            WorldEvent e = timeline.get(i);
            if (now - e.timeNanos() >= FLIGHT_NANOS) {
                break;
            }
            Move m = of(e);
            if (m != null) {
                out.add(0, m);
            }
        }
        return out;
    }

    /** The move an event makes, or null. */
    static Move of(WorldEvent e) {
        if (e instanceof GoroutinesStolen s) {
            return new Move(s.timeNanos(), Place.RING, s.fromP(), Place.RING, s.toP(), "×" + s.count());
        } else if (e instanceof GoroutinePreempted p) {
            return new Move(p.timeNanos(), Place.RUNNING, p.p(), Place.GLOBAL, -1, "G" + p.g());
        } else if (e instanceof GlobalQueueTaken t) {
            return new Move(t.timeNanos(), Place.GLOBAL, -1, Place.RING, t.p(), "×" + t.count());
        } else if (e instanceof RunQueueOverflowed o) {
            return new Move(o.timeNanos(), Place.RING, o.p(), Place.GLOBAL, -1, "×" + o.count());
        } else if (e instanceof PHandedOff h) {
            return new Move(h.timeNanos(), Place.MS, -1, Place.RUNNING, h.p(), "M" + h.toM());
        } else if (e instanceof GoroutineQueued q && q.p() >= 0 && q.g() != 1) {
            return switch (q.queue()) {
                case RUNNEXT -> new Move(q.timeNanos(), Place.RUNNING, q.p(), Place.RUNNEXT, q.p(), "G" + q.g());
                case LOCAL -> new Move(q.timeNanos(), Place.RUNNEXT, q.p(), Place.RING, q.p(), "G" + q.g());
                case GLOBAL -> new Move(q.timeNanos(), Place.RUNNING, q.p(), Place.GLOBAL, -1, "G" + q.g());
            };
        }
        return null;
    }
}
