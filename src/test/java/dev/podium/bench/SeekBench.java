package dev.podium.bench;

import dev.podium.engine.Kernel;
import dev.podium.engine.RandomStream;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.Timeline;
import dev.podium.world.queue.QueueModel;
import dev.podium.world.queue.QueueParams;
import dev.podium.world.queue.QueueProjection;
import dev.podium.world.queue.QueueState;
import java.util.Arrays;
import java.util.Locale;

/**
 * Seeking in a long run: one simulated hour of an M/M/1 queue at about 1,000 events per second
 * (λ = 500/s, so arrivals plus service starts and ends), then random seeks backward and forward
 * through {@link ProjectedState}, as the scrubber does. Prints the seek latency distribution; "instant
 * to the eye" means well under one 60 Hz frame (16.7 ms).
 *
 * <p>Run: {@code mvn -q -B -Pbench test-compile exec:exec -Dbench.main=dev.podium.bench.SeekBench}
 */
public final class SeekBench {
    private static final long SECOND = 1_000_000_000L;

    private SeekBench() {
    }

    public static void main(String[] args) {
        Kernel kernel = new Kernel(42);
        Timeline timeline = new Timeline();
        QueueModel model = new QueueModel(kernel, timeline,
                QueueParams.mm1(QueueParams.interarrivalForRate(500), SECOND / 600));
        model.start();
        long buildStart = System.nanoTime();
        kernel.runUntil(3_600 * SECOND);
        long buildNanos = System.nanoTime() - buildStart;
        ProjectedState<QueueState> projected = new ProjectedState<>(timeline, new QueueProjection());
        long foldStart = System.nanoTime();
        projected.afterEvents(timeline.size()); // the first pass also cuts the checkpoints
        long foldNanos = System.nanoTime() - foldStart;

        RandomStream random = new RandomStream(7);
        int seeks = 2_000;
        long[] latencies = new long[seeks];
        long checksum = 0;
        for (int i = 0; i < seeks; i++) {
            long t = (long) (random.nextDouble() * 3_600 * SECOND);
            long start = System.nanoTime();
            QueueState s = projected.at(t);
            latencies[i] = System.nanoTime() - start;
            checksum += s.waitingCount();
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "events: %,d over 1 h of sim time (%.0f events/s); simulated in %.2f s%n",
                timeline.size(), timeline.size() / 3600.0, buildNanos / 1e9);
        System.out.printf(Locale.ROOT, "first fold with checkpoints: %.2f s, %d checkpoints%n", foldNanos / 1e9,
                projected.checkpointCount());
        System.out.printf(Locale.ROOT, "random seeks: %d, median %.3f ms, p99 %.3f ms, max %.3f ms (checksum %d)%n",
                seeks, latencies[seeks / 2] / 1e6, latencies[seeks * 99 / 100] / 1e6, latencies[seeks - 1] / 1e6,
                checksum);
    }
}
