package dev.podium.world.gc;

import java.util.TreeMap;

/**
 * What the requests did since the last {@link RequestsTallied}: arrivals, completions, the longest latency and a
 * log-linear histogram of latencies ({@link LatencyHistogram}'s buckets). Kernel thread only.
 */
final class RequestTally {
    private int arrived;
    private int completed;
    private long maxNanos;
    private final int[] counts = new int[LatencyHistogram.bucketOf(Long.MAX_VALUE) + 1];

    void arrived() {
        arrived++;
    }

    void completed(long latencyNanos) {
        completed++;
        maxNanos = Math.max(maxNanos, latencyNanos);
        counts[LatencyHistogram.bucketOf(latencyNanos)]++;
    }

    /** The tally as an event at {@code t}, with the queue and busy threads given; then starts a new interval. */
    RequestsTallied drain(long t, int queued, int busy) {
        TreeMap<Integer, Integer> buckets = new TreeMap<>();
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > 0) {
                buckets.put(b, counts[b]);
                counts[b] = 0;
            }
        }
        RequestsTallied event = new RequestsTallied(t, arrived, completed, queued, busy, maxNanos, buckets);
        arrived = 0;
        completed = 0;
        maxNanos = 0;
        return event;
    }
}
