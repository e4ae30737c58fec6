package dev.podium.bench;

import dev.podium.live.informer.LiveSession;
import dev.podium.timeline.ProjectedState;
import dev.podium.timeline.RecordingCodec;
import dev.podium.timeline.RecordingHeader;
import dev.podium.timeline.Timeline;
import dev.podium.ui.live.LivePlayback;
import dev.podium.world.kube.event.NodeAdded;
import dev.podium.world.kube.event.PodCreated;
import dev.podium.world.kube.event.PodPhaseChanged;
import dev.podium.world.kube.event.PodScheduled;
import dev.podium.world.kube.state.KubeProjection;
import dev.podium.world.kube.state.KubeState;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A live session's memory over a long soak, with and without retention. One simulated hour (-Dminutes=60) of
 * -Drate=1000 pod changes a second on a cluster of 20 nodes and 5,000 pods goes through what a live session keeps:
 * the timeline (as {@link LivePlayback} makes it: {@link Timeline#spilling} with the live codec and
 * {@link LivePlayback#RETAINED_EVENTS}, or a plain unbounded {@code new Timeline()}) and the Kubernetes projection
 * folded at the live edge 60 times a simulated second ({@link ProjectedState} with {@link KubeProjection}, as the
 * cluster view does); every 10 simulated minutes the playhead scrubs back to a random earlier time and returns, as a
 * presenter would. The events are the ones the informers make for a pod flipping between Running and Pending
 * (each with its own pod-name string, as decoded from the watch). Simulated time only: no wall clock, no network.
 *
 * <p>Heap: every 5 simulated minutes a full GC, then the sum of the heap pools' usage after that collection
 * (MemoryPoolMXBean.getCollectionUsage); the ceiling is the largest sample. Run:
 * {@code java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.podium.bench.LiveSoakBench}.
 */
public final class LiveSoakBench {
    private static final int MINUTES = Integer.getInteger("minutes", 60);
    private static final int RATE = Integer.getInteger("rate", 1_000);
    private static final int PODS = 5_000;
    private static final int NODES = 20;
    private static final long SECOND = 1_000_000_000L;

    private LiveSoakBench() {
    }

    record Result(String mode, long ceilingBytes, long baselineBytes, int events, int inMemory, long spillBytes,
                  int checkpoints, long worstScrubMillis, double wallSeconds) {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("soak: %d simulated minutes at %,d pod changes/s, %,d pods; retained events %,d%n",
                MINUTES, RATE, PODS, LivePlayback.RETAINED_EVENTS);
        Result bounded = run(true);
        print(bounded);
        if ("retained".equals(System.getProperty("mode"))) {
            return;
        }
        Result unbounded = run(false);
        print(unbounded);
        System.out.printf("heap ceiling: retained %.0f MB vs unbounded %.0f MB = %.2fx (above the %.0f MB baseline: "
                        + "%.0f vs %.0f MB)%n", mb(bounded.ceilingBytes()), mb(unbounded.ceilingBytes()),
                (double) unbounded.ceilingBytes() / bounded.ceilingBytes(), mb(bounded.baselineBytes()),
                mb(bounded.ceilingBytes() - bounded.baselineBytes()),
                mb(unbounded.ceilingBytes() - unbounded.baselineBytes()));
    }

    private static Result run(boolean spill) throws Exception {
        long baseline = heapAfterFullGc();
        long wallStart = System.nanoTime();
        Path file = Files.createTempFile("podium-soak-", ".podium.jsonl");
        RecordingHeader header = new RecordingHeader(RecordingHeader.FORMAT, RecordingHeader.VERSION, "live", "soak",
                0, "2026-12-05T00:00:00Z", List.of(LiveSession.WORLD));
        Timeline timeline = spill
                ? Timeline.spilling(file, new RecordingCodec(LiveSession.eventTypes()), header,
                        LivePlayback.RETAINED_EVENTS)
                : new Timeline();
        ProjectedState<KubeState> projected = new ProjectedState<>(timeline, new KubeProjection());
        long t = 0;
        for (int n = 0; n < NODES; n++) {
            timeline.append(new NodeAdded(t, "node-" + n, 64_000, 256L << 30, 500, List.of(), false));
        }
        for (int p = 0; p < PODS; p++) {
            String pod = "default/web-" + p;
            timeline.append(new PodCreated(t, pod, "ReplicaSet/web-1", "", 100, 128L << 20, "nginx:1.27", 1));
            timeline.append(new PodScheduled(t, pod, "node-" + (p % NODES), NODES, NODES, 0));
            timeline.append(new PodPhaseChanged(t, pod, "Running", "Running", true, 1, 1, 0));
        }
        long ceiling = heapAfterFullGc();
        long worstScrub = 0;
        long end = (long) MINUTES * 60 * SECOND;
        long period = SECOND / RATE;
        long frame = SECOND / 60;
        long nextFrame = frame;
        long nextSample = 5 * 60 * SECOND;
        long nextScrub = 10 * 60 * SECOND;
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (long i = 0; ; i++) {
            t = (i + 1) * period;
            if (t > end) {
                break;
            }
            int pod = (int) (i % PODS);
            boolean pending = (i / PODS) % 2 == 0;
            // A new String per event, as Jackson decodes one from each watch event.
            timeline.append(new PodPhaseChanged(t, new String("default/web-" + pod), pending ? "Pending" : "Running",
                    pending ? "Pending" : "Running", !pending, pending ? 0 : 1, 1, 0));
            if (t >= nextFrame) {
                projected.afterEvents(timeline.size());
                nextFrame += frame;
            }
            if (t >= nextScrub) {
                long scrubStart = System.nanoTime();
                long reads = timeline.spillReads();
                long to = random.nextLong(t);
                projected.at(to);
                long back = System.nanoTime() - scrubStart;
                projected.afterEvents(timeline.size());
                long took = System.nanoTime() - scrubStart;
                worstScrub = Math.max(worstScrub, took);
                if (Boolean.getBoolean("verbose")) {
                    System.out.printf("  scrub at %d min to %.1f min: back %d ms, forth %d ms, %d blocks read%n",
                            t / (60 * SECOND), to / (60.0 * SECOND), back / 1_000_000, (took - back) / 1_000_000,
                            timeline.spillReads() - reads);
                }
                nextScrub += 10 * 60 * SECOND;
            }
            if (t >= nextSample) {
                ceiling = Math.max(ceiling, heapAfterFullGc());
                nextSample += 5 * 60 * SECOND;
            }
        }
        projected.afterEvents(timeline.size());
        ceiling = Math.max(ceiling, heapAfterFullGc());
        long spillBytes = Files.exists(file) ? Files.size(file) : 0;
        Result result = new Result(spill ? "retained" : "unbounded", ceiling, baseline, timeline.size(),
                timeline.size() - timeline.spilledCount(), spillBytes, projected.checkpointCount(),
                worstScrub / 1_000_000, (System.nanoTime() - wallStart) / 1e9);
        timeline.close();
        Files.deleteIfExists(file);
        return result;
    }

    private static void print(Result r) {
        System.out.printf("%-9s heap ceiling %,.0f MB (baseline %,.0f MB); %,d events, %,d in memory, spill file "
                        + "%,.0f MB, %d checkpoints; slowest scrub back and forth %d ms; %.0f s wall%n", r.mode(),
                mb(r.ceilingBytes()), mb(r.baselineBytes()), r.events(), r.inMemory(), mb(r.spillBytes()),
                r.checkpoints(), r.worstScrubMillis(), r.wallSeconds());
    }

    /** Heap in use after a full collection: the sum over heap pools of their usage after the last collection. */
    private static long heapAfterFullGc() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && after != null) {
                used += after.getUsed();
            }
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
