package dev.podium.bench;

import dev.podium.world.gc.log.GcLogReader;
import dev.podium.world.gc.log.GcLogSummary;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The GC log importer's throughput on a generated G1 {@code -Xlog:gc*} log of about 1 GB (realistic lines: the
 * block JDK 17 writes for each young pause, with a concurrent cycle now and then), side by side with {@code grep -c}
 * on the same file in the same run, the physical floor for reading it. The file is read once by {@code grep} first,
 * so both read it from the page cache; then importer and grep alternate, three rounds. Prints MB/s for each, their
 * ratio, the importer's rate per second of its thread's CPU time (what it would do alone on a core, when the
 * machine is shared), and its peak heap (run it with a small heap to see that memory is bounded). The file is written
 * under {@code target/} and deleted at the end.
 *
 * <p>Run: {@code mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -Xmx64m -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * dev.podium.bench.GcLogImportBench [megabytes, default 1024]}
 */
public final class GcLogImportBench {
    private static final long MB = 1L << 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GcLogImportBench() {
    }

    public static void main(String[] args) throws Exception {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path file = Path.of("target", "bench-g1-gcstar.log");
        try {
            long genStart = System.nanoTime();
            long[] written = generate(file, megabytes * MB);
            System.out.printf(Locale.ROOT, "generated %s: %,d bytes, %,d lines, %,d pauses in %.1f s%n", file,
                    written[0], written[1], written[2], (System.nanoTime() - genStart) / 1e9);
            grep(file); // into the page cache
            for (int round = 1; round <= 3; round++) {
                resetPeaks();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                GcLogSummary s = GcLogReader.read(file, e -> { });
                long importNanos = System.nanoTime() - start;
                long importCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
                long peak = peakHeap();
                long grepStart = System.nanoTime();
                long grepCount = grep(file);
                long grepNanos = System.nanoTime() - grepStart;
                double importRate = written[0] / (double) MB / (importNanos / 1e9);
                double grepRate = written[0] / (double) MB / (grepNanos / 1e9);
                System.out.printf(Locale.ROOT, "round %d: importer %.2f s = %.0f MB/s (%.0f MB per CPU second;"
                        + " %,d pauses, p99 %.3f ms, %,d unrecognised); grep -c %.2f s = %.0f MB/s (%,d lines with"
                        + " \"Pause\"); importer/grep %.2f; importer peak heap %.1f MB of -Xmx %.0f MB%n", round,
                        importNanos / 1e9, importRate, written[0] / (double) MB / (importCpuNanos / 1e9), s.pauses(),
                        s.pauseP99Nanos() / 1e6, s.unrecognisedLines(),
                        grepNanos / 1e9, grepRate, grepCount, importRate / grepRate, peak / (double) MB,
                        Runtime.getRuntime().maxMemory() / (double) MB);
                if (s.pauses() != written[2]) {
                    throw new IllegalStateException("importer counted " + s.pauses() + " pauses, wrote " + written[2]);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long grep(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("grep", "-c", "Pause", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        if (p.waitFor() != 0) {
            throw new IOException("grep failed: " + out);
        }
        return Long.parseLong(out);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Writes about {@code bytes} of G1 gc* log; returns {bytes, lines, pauses}. */
    private static long[] generate(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Random random = new Random(42);
        long written = 0;
        long lines = 0;
        long pauses = 0;
        long uptimeMillis = 5;
        int gc = 0;
        StringBuilder b = new StringBuilder(1 << 16);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            b.append("[0.005s][info][gc,init] Version: 17.0.15+6-Debian-1deb12u1 (release)\n");
            b.append("[0.005s][info][gc] Using G1\n");
            lines += 2;
            while (written < bytes) {
                uptimeMillis += 5 + random.nextInt(200);
                int heap = 1024;
                int before = 600 + random.nextInt(400);
                int after = 100 + random.nextInt(300);
                int eden = before - after;
                String id = "GC(" + gc + ")";
                String start = stamp(uptimeMillis);
                boolean concurrent = gc % 50 == 49;
                String kind = concurrent ? "Pause Young (Concurrent Start) (G1 Humongous Allocation)"
                        : "Pause Young (Normal) (G1 Evacuation Pause)";
                line(b, start, "gc,start", id, kind);
                line(b, start, "gc,task", id, "Using 2 workers of 2 for evacuation");
                long micros = 500 + random.nextInt(20_000);
                uptimeMillis += micros / 1000;
                String end = stamp(uptimeMillis);
                line(b, end, "gc,phases", id, "  Pre Evacuate Collection Set: 0.1ms");
                line(b, end, "gc,phases", id, "  Merge Heap Roots: 0.0ms");
                line(b, end, "gc,phases", id, "  Evacuate Collection Set: " + (micros / 1000) + "." + (micros / 100 % 10)
                        + "ms");
                line(b, end, "gc,phases", id, "  Post Evacuate Collection Set: 0.2ms");
                line(b, end, "gc,phases", id, "  Other: 0.1ms");
                line(b, end, "gc,heap", id, "Eden regions: " + eden + "->0(" + (eden + 8) + ")");
                line(b, end, "gc,heap", id, "Survivor regions: 6->7(8)");
                line(b, end, "gc,heap", id, "Old regions: " + (after - 20) + "->" + (after - 13));
                line(b, end, "gc,heap", id, "Archive regions: 2->2");
                line(b, end, "gc,heap", id, "Humongous regions: 4->4");
                line(b, end, "gc,metaspace", id, "Metaspace: 96K(320K)->96K(320K) NonClass: 92K(192K)->92K(192K)"
                        + " Class: 3K(128K)->3K(128K)");
                line(b, end, "gc", id, kind + " " + before + "M->" + after + "M(" + heap + "M) " + (micros / 1000) + "."
                        + pad3(micros % 1000) + "ms");
                line(b, end, "gc,cpu", id, "User=0.01s Sys=0.00s Real=0.01s");
                lines += 15;
                pauses++;
                gc++;
                if (concurrent) {
                    String cid = "GC(" + gc + ")";
                    line(b, end, "gc", cid, "Concurrent Mark Cycle");
                    line(b, end, "gc,marking", cid, "Concurrent Clear Claimed Marks");
                    line(b, end, "gc,marking", cid, "Concurrent Mark From Roots");
                    uptimeMillis += 30;
                    String later = stamp(uptimeMillis);
                    line(b, later, "gc,marking", cid, "Concurrent Mark From Roots 29.512ms");
                    line(b, later, "gc,start", cid, "Pause Remark");
                    line(b, later, "gc", cid, "Pause Remark " + after + "M->" + (after - 50) + "M(" + heap + "M) 0.912ms");
                    line(b, later, "gc,start", cid, "Pause Cleanup");
                    line(b, later, "gc", cid, "Pause Cleanup " + (after - 50) + "M->" + (after - 50) + "M(" + heap
                            + "M) 0.041ms");
                    line(b, later, "gc", cid, "Concurrent Mark Cycle 31.204ms");
                    lines += 9;
                    pauses += 2;
                    gc++;
                }
                if (b.length() > (1 << 16) - 4096) {
                    byte[] chunk = b.toString().getBytes(StandardCharsets.US_ASCII);
                    out.write(chunk);
                    written += chunk.length;
                    b.setLength(0);
                }
            }
            byte[] chunk = b.toString().getBytes(StandardCharsets.US_ASCII);
            out.write(chunk);
            written += chunk.length;
        }
        return new long[] {written, lines, pauses};
    }

    private static void line(StringBuilder b, String stamp, String tags, String id, String body) {
        b.append(stamp).append("[info][");
        b.append(tags);
        for (int i = tags.length(); i < 15; i++) {
            b.append(' ');
        }
        b.append("] ").append(id).append(' ').append(body).append('\n');
    }

    private static String stamp(long millis) {
        return "[" + millis / 1000 + "." + pad3(millis % 1000) + "s]";
    }

    private static String pad3(long v) {
        return v < 10 ? "00" + v : v < 100 ? "0" + v : Long.toString(v);
    }
}
