package dev.podium.ui.goruntime;

import dev.podium.timeline.Timeline;
import dev.podium.timeline.WorldEvent;
import dev.podium.world.goruntime.event.MState;
import dev.podium.world.goruntime.event.MStateChanged;
import java.util.Arrays;

/**
 * When each P was busy (an M running a goroutine on it), read once from the timeline's {@code MStateChanged} events
 * as the playhead moves forward, for the per-P utilisation strips. {@link #busyFraction} integrates the busy time
 * over an interval by binary search, so a strip costs O(buckets · log changes) whatever the run's length.
 * Toolkit-free.
 */
final class Utilisation {
    private final Timeline timeline;
    private int read;
    /** Per P: change times and the busy flag from each time on. */
    private long[][] times = new long[0][];
    private boolean[][] busy = new boolean[0][];
    /** Per P: busy nanoseconds before each change. */
    private long[][] before = new long[0][];
    private int[] counts = new int[0];
    private int[] mOn = new int[0];

    Utilisation(Timeline timeline) {
        this.timeline = timeline;
    }

    /** Reads the events up to the first {@code count} (the ones the view has folded). */
    void readTo(int count) {
        int end = Math.min(count, timeline.size());
        for (; read < end; read++) {
            WorldEvent e = timeline.get(read);
            if (e instanceof MStateChanged m) {
                apply(m);
            }
        }
    }

    private void apply(MStateChanged m) {
        if (m.m() >= mOn.length) {
            int old = mOn.length;
            mOn = Arrays.copyOf(mOn, Math.max(m.m() + 1, old * 2));
            Arrays.fill(mOn, old, mOn.length, -1);
        }
        int before = mOn[m.m()];
        int now = m.state() == MState.RUNNING && m.p() >= 0 ? m.p() : -1;
        if (before == now) {
            return;
        }
        if (before >= 0) {
            add(before, m.timeNanos(), false);
        }
        if (now >= 0) {
            add(now, m.timeNanos(), true);
        }
        mOn[m.m()] = now;
    }

    private void add(int p, long t, boolean isBusy) {
        if (p >= counts.length) {
            int n = p + 1;
            times = Arrays.copyOf(times, n);
            busy = Arrays.copyOf(busy, n);
            before = Arrays.copyOf(before, n);
            counts = Arrays.copyOf(counts, n);
            for (int i = 0; i < n; i++) {
                if (times[i] == null) {
                    times[i] = new long[16];
                    busy[i] = new boolean[16];
                    before[i] = new long[16];
                }
            }
        }
        int c = counts[p];
        if (c > 0 && times[p][c - 1] == t) { // several changes at one instant: the last one holds
            busy[p][c - 1] = isBusy;
            return;
        }
        if (c == times[p].length) {
            times[p] = Arrays.copyOf(times[p], c * 2);
            busy[p] = Arrays.copyOf(busy[p], c * 2);
            before[p] = Arrays.copyOf(before[p], c * 2);
        }
        before[p][c] = c == 0 ? 0 : before[p][c - 1] + (busy[p][c - 1] ? t - times[p][c - 1] : 0);
        times[p][c] = t;
        busy[p][c] = isBusy;
        counts[p] = c + 1;
    }

    /** The share of [from, to) during which P p was busy, 0–1. */
    double busyFraction(int p, long from, long to) {
        if (to <= from || p >= counts.length || counts[p] == 0) {
            return 0;
        }
        return (double) (busyUntil(p, to) - busyUntil(p, from)) / (to - from);
    }

    /** Busy nanoseconds of P p before {@code t}. */
    private long busyUntil(int p, long t) {
        int i = Arrays.binarySearch(times[p], 0, counts[p], t);
        i = i >= 0 ? i : -i - 2; // the change at or before t
        if (i < 0) {
            return 0;
        }
        return before[p][i] + (busy[p][i] ? t - times[p][i] : 0);
    }
}
