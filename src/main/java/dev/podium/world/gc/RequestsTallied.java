package dev.podium.world.gc;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The requests of one tally interval ({@link GcModel#TALLY_NANOS}), emitted at its end, pauses or not: one event
 * per interval instead of one per request, so a run at thousands of requests per second stays small.
 *
 * @param arrived requests that arrived in the interval
 * @param completed requests that completed in it
 * @param waiting requests queued for a thread at its end
 * @param busyThreads threads serving a request at its end
 * @param maxLatencyNanos the longest latency (arrival to completion) completed in it; 0 if none
 * @param latencyBuckets how many completed per latency bucket ({@link LatencyHistogram#bucketOf}), sorted
 */
public record RequestsTallied(long timeNanos, int arrived, int completed, int waiting, int busyThreads,
        long maxLatencyNanos, SortedMap<Integer, Integer> latencyBuckets) implements GcEvent {
    public RequestsTallied {
        latencyBuckets = Collections.unmodifiableSortedMap(new TreeMap<>(latencyBuckets));
    }
}
