package dev.podium.ui.queue;

import dev.podium.timeline.WorldEvent;
import dev.podium.world.queue.CustomerArrived;
import dev.podium.world.queue.ServiceStarted;
import java.util.Arrays;

/**
 * The queue length (customers waiting, not in service) and the mean wait so far, as step series over
 * simulated time, built incrementally from a timeline's events in order.
 *
 * <p>Points at the same instant collapse into one (a customer who arrives and is served at once never
 * shows as a spike). {@link #maxPerColumn} downsamples a time span to one value per pixel column
 * (the largest length in the column) in O(columns · (log n + B log_B n)), so a plot costs the same
 * for a minute or a day of simulated time.
 *
 * <p>Toolkit-free; used on the FX thread. Times are simulated nanoseconds.
 */
public final class QueueLengthSeries {
    private long[] times = new long[256];
    private final RangeMax lengths = new RangeMax();
    private int length;

    private long[] waitTimes = new long[256];
    private long[] meanWaits = new long[256];
    private int waitCount;
    private long startedCount;
    private long totalWaitNanos;

    /** Folds one event; events must come in timeline order. Other events are ignored. */
    public void accept(WorldEvent event) {
        if (event instanceof CustomerArrived a) {
            setLength(a.timeNanos(), a.waiting());
        } else if (event instanceof ServiceStarted s) {
            setLength(s.timeNanos(), Math.max(0, length - 1));
            startedCount++;
            totalWaitNanos += s.waitNanos();
            addMeanWait(s.timeNanos(), totalWaitNanos / startedCount);
        }
    }

    /** Forgets everything (a new timeline). */
    public void clear() {
        lengths.clear();
        length = 0;
        waitCount = 0;
        startedCount = 0;
        totalWaitNanos = 0;
    }

    /** Number of stored points (after collapsing same-instant changes). */
    public int pointCount() {
        return lengths.size();
    }

    /** Customers waiting just after {@code tNanos}; 0 before the first arrival. */
    public int lengthAt(long tNanos) {
        int i = countAtOrBefore(times, lengths.size(), tNanos);
        return i == 0 ? 0 : lengths.get(i - 1);
    }

    /** Mean wait of the customers who started service up to {@code tNanos}; 0 before any. */
    public long meanWaitAt(long tNanos) {
        int i = countAtOrBefore(waitTimes, waitCount, tNanos);
        return i == 0 ? 0 : meanWaits[i - 1];
    }

    /**
     * The largest queue length in each of {@code columns} equal slices of [{@code fromNanos},
     * {@code toNanos}]: the length in force at a slice's start, or any length reached inside it.
     */
    public int[] maxPerColumn(long fromNanos, long toNanos, int columns) {
        int[] out = new int[Math.max(0, columns)];
        double span = (double) (toNanos - fromNanos) / Math.max(1, columns);
        int n = lengths.size();
        for (int c = 0; c < out.length; c++) {
            long start = fromNanos + (long) (c * span);
            long end = c == out.length - 1 ? toNanos + 1 : fromNanos + (long) ((c + 1) * span);
            int first = countAtOrBefore(times, n, start);
            int inForce = first == 0 ? 0 : lengths.get(first - 1);
            int last = countAtOrBefore(times, n, end - 1);
            out[c] = Math.max(inForce, lengths.max(first, last, 0));
        }
        return out;
    }

    private void setLength(long tNanos, int value) {
        int n = lengths.size();
        if (n > 0 && times[n - 1] == tNanos) {
            lengths.setLast(value);
        } else if (n == 0 || lengths.get(n - 1) != value) {
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n] = tNanos;
            lengths.add(value);
        }
        length = value;
    }

    private void addMeanWait(long tNanos, long meanNanos) {
        if (waitCount > 0 && waitTimes[waitCount - 1] == tNanos) {
            meanWaits[waitCount - 1] = meanNanos;
            return;
        }
        if (waitCount == waitTimes.length) {
            waitTimes = Arrays.copyOf(waitTimes, waitCount * 2);
            meanWaits = Arrays.copyOf(meanWaits, waitCount * 2);
        }
        waitTimes[waitCount] = tNanos;
        meanWaits[waitCount++] = meanNanos;
    }

    /** Number of entries of the sorted prefix {@code a[0..n)} that are at most {@code t}. */
    private static int countAtOrBefore(long[] a, int n, long t) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
