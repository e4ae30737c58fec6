package dev.podium.world.gc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many requests completed per latency bin in each second of simulated time, so the latency histogram of the last
 * ten seconds costs ten additions per bin, not a pass over the run. Bins are coarser than
 * {@link LatencyHistogram}'s buckets: {@value #PER_OCTAVE} per power of two from 64 ns (about 4 % wide), up to
 * 2^{@value #TOP_OCTAVE} ns (about 137 s); latencies below or above land in the first or last bin.
 *
 * <p>Append-only by second: a copy shares the arrays of the seconds before the last one (they never change again) and
 * clones only the last, so a checkpoint costs a reference per second of the run. Not thread-safe.
 */
public final class RecentLatencies {
    /** Bins per power of two. */
    public static final int PER_OCTAVE = 16;
    private static final int FIRST_OCTAVE = 6;
    private static final int TOP_OCTAVE = 37;
    /** How many bins there are. */
    public static final int BINS = (TOP_OCTAVE - FIRST_OCTAVE) * PER_OCTAVE;
    private static final long SECOND = 1_000_000_000L;

    /** Per second from 0: the counts per bin, or null for a second with no completions. */
    private final List<int[]> seconds;

    RecentLatencies() {
        seconds = new ArrayList<>();
    }

    RecentLatencies(RecentLatencies other) {
        seconds = new ArrayList<>(other.seconds);
        int last = seconds.size() - 1;
        if (last >= 0 && seconds.get(last) != null) {
            seconds.set(last, seconds.get(last).clone());
        }
    }

    /** The bin of a {@link LatencyHistogram} bucket. */
    public static int binOfBucket(int bucket) {
        if (bucket < 64) {
            return 0;
        }
        return Math.min(BINS - 1, (bucket - 64) / (32 / PER_OCTAVE));
    }

    /** The lowest latency in bin {@code bin}, in nanoseconds. */
    public static long lowerBoundOf(int bin) {
        int octave = FIRST_OCTAVE + bin / PER_OCTAVE;
        int sub = bin % PER_OCTAVE;
        return (1L << octave) + ((long) sub << octave) / PER_OCTAVE;
    }

    /** The highest latency in bin {@code bin}, in nanoseconds. */
    public static long upperBoundOf(int bin) {
        return lowerBoundOf(bin + 1) - 1;
    }

    /** Counts the completions of one tally in the second it ended in (a tally ending at 3 s belongs to second 2). */
    void add(RequestsTallied t) {
        if (t.completed() == 0 || t.latencyBuckets().isEmpty()) {
            return;
        }
        int second = (int) (Math.max(0, t.timeNanos() - 1) / SECOND);
        while (seconds.size() <= second) {
            seconds.add(null);
        }
        int[] bins = seconds.get(second);
        if (bins == null) {
            bins = new int[BINS];
            seconds.set(second, bins);
        }
        for (var e : t.latencyBuckets().entrySet()) {
            bins[binOfBucket(e.getKey())] += e.getValue();
        }
    }

    /**
     * The counts per bin of the completions in the second that holds {@code nowNanos} and the
     * {@code seconds - 1} before it (so between {@code seconds - 1} and {@code seconds} of time), written into
     * {@code into} (of {@link #BINS}); returns their total. O(seconds × bins).
     */
    public long sum(long nowNanos, int secondsBack, long[] into) {
        Arrays.fill(into, 0);
        int last = (int) Math.min(seconds.size() - 1, Math.max(0, nowNanos - 1) / SECOND);
        long total = 0;
        for (int s = Math.max(0, last - secondsBack + 1); s <= last; s++) {
            int[] bins = seconds.get(s);
            if (bins == null) {
                continue;
            }
            for (int b = 0; b < BINS; b++) {
                into[b] += bins[b];
                total += bins[b];
            }
        }
        return total;
    }

    /** Where the span {@link #sum} covers begins: the start of the oldest second it adds. */
    public static long windowStartNanos(long nowNanos, int secondsBack) {
        long last = Math.max(0, nowNanos - 1) / SECOND;
        return Math.max(0, last - secondsBack + 1) * SECOND;
    }

    /**
     * The latency at or below which {@code perMillion} parts per million of {@code counts} fall (the upper bound of
     * its bin), or 0 when {@code total} is 0.
     */
    public static long percentile(long[] counts, long total, int perMillion) {
        return total <= 0 ? 0 : upperBoundOf(LatencyHistogram.rankedBin(counts, total, perMillion));
    }
}
