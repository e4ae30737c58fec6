package dev.podium.world.kube.traffic;

import java.util.Arrays;

/**
 * One Service's requests in the current window: counts and latencies, and quantiles by the nearest-rank method
 * (the smallest latency with at least q of the window's requests at or below it). Totals run since the start.
 */
final class LatencyWindow {
    private long[] latencies = new long[64];
    private int size;
    private long errors;
    private long totalRequests;
    private long totalErrors;

    void add(long latencyNanos, boolean error) {
        if (size == latencies.length) {
            latencies = Arrays.copyOf(latencies, size * 2);
        }
        latencies[size++] = latencyNanos;
        totalRequests++;
        if (error) {
            errors++;
            totalErrors++;
        }
    }

    long requests() {
        return size;
    }

    long errors() {
        return errors;
    }

    long totalRequests() {
        return totalRequests;
    }

    long totalErrors() {
        return totalErrors;
    }

    /** The nearest-rank q-quantile of this window's latencies (0 < q ≤ 1); 0 for an empty window. */
    long quantile(double q) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(latencies, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    /** Starts the next window (totals stay). */
    void reset() {
        size = 0;
        errors = 0;
        if (latencies.length > 4096) {
            latencies = new long[64];
        }
    }
}
