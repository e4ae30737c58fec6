package dev.podium.world.gc;

import java.util.Arrays;
import java.util.Map;

/**
 * Latencies in log-linear buckets of integer nanoseconds, after the idea of HdrHistogram: values below 64 ns have a
 * bucket each; above, every power of two is split into 32 equal buckets, so a bucket's bounds are within 1/32
 * (about 3 %) of each other. A percentile is reported as the upper bound of the bucket it falls in. Integer
 * arithmetic only, so percentiles are the same on every JVM.
 *
 * <p>An instance is a mutable set of counts (not thread-safe); the bucket arithmetic is static.
 */
public final class LatencyHistogram {
    private static final int SUB_BUCKETS = 32;
    private static final int EXACT = 64;

    private long[] counts = new long[0];
    private long total;

    public LatencyHistogram() {
    }

    /** An independent copy of {@code other}. */
    public LatencyHistogram(LatencyHistogram other) {
        counts = other.counts.clone();
        total = other.total;
    }

    /** The bucket of a latency of {@code nanos} (negative counts as 0). */
    public static int bucketOf(long nanos) {
        long v = Math.max(0, nanos);
        if (v < EXACT) {
            return (int) v;
        }
        int log2 = 63 - Long.numberOfLeadingZeros(v); // at least 6
        int shift = log2 - 5;
        int sub = (int) (v >>> shift) - SUB_BUCKETS; // 0..31
        return EXACT + (log2 - 6) * SUB_BUCKETS + sub;
    }

    /** The largest latency in bucket {@code bucket}. */
    public static long upperBoundOf(int bucket) {
        if (bucket < EXACT) {
            return bucket;
        }
        int log2 = (bucket - EXACT) / SUB_BUCKETS + 6;
        int sub = (bucket - EXACT) % SUB_BUCKETS;
        int shift = log2 - 5;
        long lower = (long) (SUB_BUCKETS + sub) << shift;
        return lower + (1L << shift) - 1;
    }

    /** Adds one latency. */
    public void record(long nanos) {
        add(bucketOf(nanos), 1);
    }

    /** Adds {@code count} latencies in {@code bucket}. */
    public void add(int bucket, long count) {
        if (bucket >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(bucket + 1, counts.length * 2));
        }
        counts[bucket] += count;
        total += count;
    }

    /** Adds every bucket of a tally ({@code sign} +1), or takes them away again ({@code sign} -1). */
    public void add(Map<Integer, Integer> buckets, int sign) {
        for (Map.Entry<Integer, Integer> e : buckets.entrySet()) {
            add(e.getKey(), (long) sign * e.getValue());
        }
    }

    /** How many latencies are counted. */
    public long count() {
        return total;
    }

    /**
     * The latency at or below which {@code perMillion} parts per million of the counted latencies fall (the upper
     * bound of its bucket): 500,000 for the median, 990,000 for p99, 999,000 for p99.9. 0 when empty.
     */
    public long percentile(int perMillion) {
        return total == 0 ? 0 : upperBoundOf(rankedBin(counts, total, perMillion));
    }

    /**
     * The index of the bin of {@code counts} (of {@code total} values, more than 0) that holds the value ranked at
     * {@code perMillion} parts per million, or the last bin if the counts fall short of that rank.
     */
    static int rankedBin(long[] counts, long total, int perMillion) {
        // The rank, 1-based, of the value at the percentile: ceil(total * p).
        long rank = Math.max(1, (total * perMillion + 999_999) / 1_000_000);
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= rank) {
                return b;
            }
        }
        return counts.length - 1;
    }

    /** Forgets every count. */
    public void clear() {
        Arrays.fill(counts, 0);
        total = 0;
    }
}
